/**
 * User-pool groups: the {@link dev.userpool.group.Group} aggregate (Cognito's {@code GroupType}), its
 * validated name, and the precedence rules that order a user's groups in the {@code cognito:groups} claim
 * and pick the {@code cognito:preferred_role}.
 */
package dev.userpool.group;

/**
 * The application service: {@link dev.userpool.service.UserPoolService} takes a Cognito request as it
 * arrives ({@link dev.userpool.service.Requests}), validates it as Cognito does, loads what it needs
 * through the ports, lets the domain decide, and saves the result, retrying on a version conflict.
 * Every outcome is a value: a result or a {@link dev.userpool.error.CognitoError}.
 */
package dev.userpool.service;

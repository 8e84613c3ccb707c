/**
 * A user pool's configuration as Cognito defines it: the {@link dev.userpool.pool.UserPoolId}, the
 * password policy, the feature plan ({@link dev.userpool.pool.Tier}), how users are named
 * (UsernameAttributes, AliasAttributes, case sensitivity) and the app clients whose settings matter to
 * sign-in ({@link dev.userpool.pool.AppClient}).
 */
package dev.userpool.pool;

/**
 * The user: the {@link dev.userpool.user.User} aggregate with its {@link dev.userpool.user.UserStatus},
 * Enabled flag, attributes, salted password and history; the lifecycle as a transition table that is
 * data ({@link dev.userpool.user.Lifecycle}); and the decisions of every operation as pure methods that
 * return a {@link dev.userpool.user.Transition} or a {@link dev.userpool.error.CognitoError}.
 */
package dev.userpool.user;

/**
 * Cognito for code that uses the AWS SDK for Java v2, in process: {@link
 * dev.userpool.testkit.sdk.InProcessCognitoClient} implements the SDK's {@code CognitoIdentityProviderClient}
 * on top of an {@link dev.userpool.testkit.inprocess.InProcessCognito}, so application code under test runs unchanged
 * against the library's Cognito semantics. Refusals are the SDK's own exception types with Cognito's exact
 * codes and messages ({@link dev.userpool.testkit.sdk.CognitoExceptions}); tokens are the in-process Cognito's:
 * RS256 JWTs with Cognito's claims, verifiable with {@link dev.userpool.testkit.inprocess.InProcessCognito#jwks()}.
 *
 * <p>{@link dev.userpool.testkit.sdk.CognitoScenarios} is a catalogue of Cognito's rules, run against a
 * {@link dev.userpool.testkit.sdk.ScenarioTarget}: the SDK interface plus two small hooks
 * ({@link dev.userpool.testkit.inprocess.TimeTravel}, {@link dev.userpool.testkit.inprocess.Mailbox}), that any
 * Cognito fake can run to check itself. {@link dev.userpool.testkit.sdk.SrpClient} computes what an SDK-side
 * client sends in the USER_SRP_AUTH flow.
 *
 * <p>This package uses {@code software.amazon.awssdk:cognitoidentityprovider}, which comes with testkit
 * (no HTTP client: the in-process client never opens a connection).
 */
package dev.userpool.testkit.sdk;

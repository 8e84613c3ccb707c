/**
 * Cognito for code that uses the AWS SDK for Java v2, in process: {@link
 * dev.userpool.testkit.sdk.LocalCognitoClient} implements the SDK's {@code CognitoIdentityProviderClient}
 * on top of a {@link dev.userpool.testkit.LocalCognito}, so application code under test runs unchanged
 * against the library's Cognito semantics. Refusals are the SDK's own exception types with Cognito's exact
 * codes and messages ({@link dev.userpool.testkit.sdk.CognitoExceptions}); tokens are the LocalCognito's:
 * RS256 JWTs with Cognito's claims, verifiable with {@link dev.userpool.testkit.LocalCognito#jwks()}.
 *
 * <p>{@link dev.userpool.testkit.sdk.CognitoScenarios} is a catalogue of Cognito's rules, written only
 * against the SDK interface plus two small hooks ({@link dev.userpool.testkit.sdk.TimeTravel},
 * {@link dev.userpool.testkit.sdk.Mailbox}), that any Cognito fake can run to check itself.
 *
 * <p>This package needs {@code software.amazon.awssdk:cognitoidentityprovider} on the class path: testkit
 * declares it optional, so add it to your own build (any recent 2.x works; no HTTP client is needed).
 */
package dev.userpool.testkit.sdk;

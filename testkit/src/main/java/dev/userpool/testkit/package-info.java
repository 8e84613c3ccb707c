/**
 * What a test author touches: fixtures and the JUnit 5 extension, over an in-process Cognito
 * ({@code dev.userpool.testkit.inprocess}).
 *
 * <ul>
 *   <li><b>Fixtures</b>: {@link dev.userpool.testkit.TestPool} makes a pool from a
 *       {@link dev.userpool.testkit.PoolSpec} and users in any of the eight statuses from a
 *       {@link dev.userpool.testkit.UserSpec} or the fluent {@link dev.userpool.testkit.UserFixture},
 *       through the service where Cognito can and straight to the store where it cannot.
 *   <li><b>JUnit 5</b>: {@link dev.userpool.testkit.CognitoTest} and {@link dev.userpool.testkit.WithUserPool}
 *       give each test a fresh in-process Cognito and pool by parameter injection, and report the seed of a failure.
 * </ul>
 *
 * <p>The other packages: {@code .inprocess} (the in-process Cognito, its clock, mailbox, randomness and
 * hasher), {@code .store} (the in-memory stores), {@code .token} (RS256 signing), {@code .sdk} (the AWS SDK
 * client over the in-process Cognito, and the scenario catalogue any fake can run) and {@code .endpoint} (the
 * local HTTP endpoint). jqwik support (arbitraries of the domain, operation sequences, and the store
 * contracts every adapter must pass) is the separate, opt-in artifact {@code userpool-testkit-jqwik}, package
 * {@code dev.userpool.testkit.jqwik}.
 *
 * <p>What a test author reads here speaks JDK types ({@code java.util.Optional}, lists) and throws the AWS
 * SDK's exceptions for Cognito's refusals; Vavr stays in the library's domain and the embedding API.
 *
 * <p>Nothing here prints or logs a password: types that hold one show {@code ***} or an index instead.
 */
package dev.userpool.testkit;

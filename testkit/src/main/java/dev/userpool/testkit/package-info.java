/**
 * Test support for code that calls Cognito, and adapters for the library's ports.
 *
 * <ul>
 *   <li><b>A local Cognito</b>: {@link dev.userpool.testkit.LocalCognito} wires the application service
 *       to a thread-safe in-memory store ({@link dev.userpool.testkit.InMemoryUserPools},
 *       {@link dev.userpool.testkit.InMemoryUsers}), a {@link dev.userpool.testkit.ControllableClock},
 *       an {@link dev.userpool.testkit.Inbox} of delivered codes and temporary passwords,
 *       {@link dev.userpool.testkit.SeededRandomness} and the {@link dev.userpool.testkit.InsecureFastHasher}.
 *   <li><b>Fixtures</b>: {@link dev.userpool.testkit.TestPool} makes a pool from a
 *       {@link dev.userpool.testkit.PoolSpec} and users in any of the eight statuses from a
 *       {@link dev.userpool.testkit.UserSpec} or the fluent {@link dev.userpool.testkit.UserFixture},
 *       through the service where Cognito can and straight to the store where it cannot.
 *   <li><b>JUnit 5</b>: {@link dev.userpool.testkit.CognitoTest} and {@link dev.userpool.testkit.WithUserPool}
 *       give each test a fresh local Cognito and pool by parameter injection, and report the seed of a failure.
 * </ul>
 *
 * <p>jqwik support (arbitraries of the domain, operation sequences, and the store contracts every adapter
 * must pass) is the separate, opt-in artifact {@code userpool-testkit-jqwik}, package
 * {@code dev.userpool.testkit.jqwik}.
 *
 * <p>Nothing here prints or logs a password: types that hold one show {@code ***} or an index instead.
 */
package dev.userpool.testkit;

/**
 * Test support for code that calls Cognito, and adapters for the library's ports: a thread-safe
 * in-memory store ({@link dev.userpool.testkit.InMemoryUserPools}), a controllable clock, a fast hasher
 * for tests only, seeded randomness, an inbox of delivered codes and temporary passwords, and
 * {@link dev.userpool.testkit.LocalCognito}, which wires them to the application service.
 */
package dev.userpool.testkit;

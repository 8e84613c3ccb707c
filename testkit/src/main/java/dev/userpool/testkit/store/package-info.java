/**
 * In-memory adapters of the library's storage ports: {@link dev.userpool.testkit.store.InMemoryUserPools}
 * (with {@link dev.userpool.testkit.store.InMemoryUsers} per pool), {@link dev.userpool.testkit.store.InMemoryGroups},
 * the token registry {@link dev.userpool.testkit.store.InMemoryTokenFamilies} and the signing keys
 * {@link dev.userpool.testkit.store.InMemorySigningKeys}. Thread-safe, with the
 * conditional writes the ports ask for; they depend on the library's ports only, nothing else in testkit.
 */
package dev.userpool.testkit.store;

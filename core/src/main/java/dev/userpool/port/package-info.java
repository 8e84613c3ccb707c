/**
 * Ports: what the library needs from the world, as small interfaces. Stores use optimistic
 * concurrency (a version checked on save) so the same rules hold when the store is shared by many
 * nodes. Adapters live elsewhere (the testkit has in-memory ones) and must pass the testkit's contracts.
 */
package dev.userpool.port;

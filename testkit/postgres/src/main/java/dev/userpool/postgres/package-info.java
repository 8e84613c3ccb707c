/**
 * The user-pool store on PostgreSQL: adapters of the storage ports ({@code UserPools}, {@code Users})
 * over JDBC, with conditional writes so several processes can share one database, and a schema that
 * Flyway migrates. Start at {@link dev.userpool.postgres.PostgresStores}.
 */
package dev.userpool.postgres;

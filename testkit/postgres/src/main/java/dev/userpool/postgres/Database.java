package dev.userpool.postgres;

import dev.userpool.port.StoreConflict;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Connections and transactions for the stores. A read runs on its own connection; a write runs in one
 * transaction that commits when it returns a saved value and rolls back when it returns a conflict or
 * fails, so a write is whole or absent. Failures the caller should retry after reloading (a deadlock, a
 * serialization failure, a row that vanished under a foreign key) are conflicts; any other failure is a
 * {@link DatabaseFailure}.
 */
final class Database {

  /** Work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection c) throws SQLException;
  }

  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final String SERIALIZATION_FAILURE = "40001";
  private static final String DEADLOCK_DETECTED = "40P01";

  private final DataSource dataSource;

  Database(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource is null");
  }

  /** Runs {@code work} outside a transaction (one statement, or reads). */
  <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.on(c);
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  /**
   * Runs {@code work} in a transaction: committed if it returns a right, rolled back otherwise. The pool
   * restores auto-commit when the connection returns.
   */
  <T> Either<StoreConflict, T> write(Work<Either<StoreConflict, T>> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Either<StoreConflict, T> result = work.on(c);
        if (result.isRight()) {
          c.commit();
        } else {
          c.rollback();
        }
        return result;
      } catch (SQLException e) {
        rollbackQuietly(c);
        if (isConflict(e)) {
          return Either.left(new StoreConflict.VersionMismatch());
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  private static boolean isConflict(SQLException e) {
    String state = e.getSQLState();
    return FOREIGN_KEY_VIOLATION.equals(state) || SERIALIZATION_FAILURE.equals(state) || DEADLOCK_DETECTED.equals(state);
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; the server rolls back a transaction whose connection is gone.
    }
  }
}

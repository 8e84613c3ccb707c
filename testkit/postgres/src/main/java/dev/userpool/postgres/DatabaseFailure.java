package dev.userpool.postgres;

import java.sql.SQLException;

/**
 * The database failed or could not be reached. The service turns it into {@code InternalErrorException};
 * what was being written was rolled back (or, if the connection broke while committing, is either wholly
 * there or wholly absent). The message carries the SQL state only, never values.
 */
public final class DatabaseFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DatabaseFailure(SQLException cause) {
    super("database failure, SQL state " + cause.getSQLState(), cause);
  }
}

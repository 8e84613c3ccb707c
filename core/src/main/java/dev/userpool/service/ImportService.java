package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.RateLimits;
import dev.userpool.schema.ImportHeader;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * User import: GetCSVHeader, the columns of the CSV file an import job reads ({@link ImportHeader}). Checks UserPoolId's
 * shape, then the pool.
 */
public final class ImportService {

  private final WriteEngine engine;
  private final Guard guard;

  /**
   * The operations over {@code service}'s pools.
   *
   * @throws NullPointerException if an argument is null
   */
  public ImportService(UserPoolService service, RateLimits rateLimits) {
    this.engine = Objects.requireNonNull(service, "service is null").engine();
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  /** GetCSVHeader: the import file's columns for the pool's schema. */
  public Either<CognitoError, Seq<String>> getCsvHeader(String userPoolId) {
    return guard.run(Operation.GET_CSV_HEADER, () -> UserPoolId.parse(userPoolId).toEither()
        .<CognitoError>mapLeft(v -> new CognitoError.RequestInvalid(List.ofAll(v)))
        .flatMap(engine::pool).map(pool -> ImportHeader.columns(pool.schema())));
  }

  @Override
  public String toString() {
    return "ImportService";
  }
}

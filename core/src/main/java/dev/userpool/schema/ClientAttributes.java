package dev.userpool.schema;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What an app client may read and write: mirrors {@code ReadAttributes} and {@code WriteAttributes} of
 * {@code UserPoolClientType}. A client that leaves them out reads the standard attributes (the verification flags
 * and {@code sub} among them) and writes the standard attributes but {@code sub} (AWS API reference,
 * CreateUserPoolClient); custom attributes are then neither read nor written (observed:
 * aws/aws-sdk-js#1084, a SignUp with a custom attribute refused until the client was granted it). Developer-only
 * attributes are never written by a client (API reference, SchemaAttributeType).
 */
public final class ClientAttributes {

  /** Whether the client is being created or updated, which the refusal's words name. */
  public enum Change {
    /** CreateUserPoolClient. */
    CREATE,
    /** UpdateUserPoolClient. */
    UPDATE
  }

  private ClientAttributes() {}

  /** The names a client with {@code readAttributes} (none: the default) reads. */
  public static Seq<String> readable(Schema schema, Option<Seq<String>> readAttributes) {
    return readAttributes.getOrElse(schema::standardNames);
  }

  /** The names a client with {@code writeAttributes} (none: the default) writes. */
  public static Seq<String> writable(Schema schema, Option<Seq<String>> writeAttributes) {
    return writeAttributes.getOrElse(() -> schema.standardNames().remove("sub"));
  }

  /**
   * The refusal of a client's settings, if any: each ReadAttributes name must be in the schema
   * ({@code Invalid read attributes specified while creating a client}, the library's wording after the write
   * attributes'); each WriteAttributes name must be in the schema, not {@code sub} and not developer-only
   * ({@code Invalid write attributes specified while updating a client}, observed: aws/aws-sdk-java#1395).
   */
  public static Option<CognitoError> check(Schema schema, Option<Seq<String>> readAttributes, Option<Seq<String>> writeAttributes,
      Change change) {
    Objects.requireNonNull(schema, "schema is null");
    Objects.requireNonNull(change, "change is null");
    if (readAttributes.exists(names -> names.exists(n -> schema.find(n).isEmpty()))) {
      return Option.some(InvalidParameter.of(change == Change.CREATE
          ? InvalidParameter.Reason.INVALID_READ_ATTRIBUTES_CREATE
          : InvalidParameter.Reason.INVALID_READ_ATTRIBUTES_UPDATE));
    }
    if (writeAttributes.exists(names -> names.exists(n -> "sub".equals(n) || !schema.find(n).exists(a -> !a.developerOnly())))) {
      return Option.some(InvalidParameter.of(change == Change.CREATE
          ? InvalidParameter.Reason.INVALID_WRITE_ATTRIBUTES_CREATE
          : InvalidParameter.Reason.INVALID_WRITE_ATTRIBUTES_UPDATE));
    }
    return Option.none();
  }

  /**
   * The refusal of a client's own write (SignUp, UpdateUserAttributes, a NEW_PASSWORD_REQUIRED answer) of an
   * attribute it may not write: {@code A client attempted to write unauthorized attribute} (observed).
   */
  public static Option<CognitoError> checkWrite(Schema schema, Option<Seq<String>> writeAttributes, Set<String> names) {
    Seq<String> writable = writable(schema, writeAttributes);
    return names.exists(n -> !writable.contains(n))
        ? Option.some(new NotAuthorized(NotAuthorized.Reason.ATTRIBUTE_NOT_WRITABLE))
        : Option.none();
  }
}

package dev.userpool.schema;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The header of a user import's CSV file (GetCSVHeader): every attribute of the pool's schema but {@code sub}, in schema
 * order (the standard attributes, then the custom ones), then {@code cognito:mfa_enabled} and {@code cognito:username}.
 * Source: a GetCSVHeader answer recorded in a public gist (mnanchev/b350b70303514958392ecbbefbaa4b38, 2021: the standard
 * attributes from {@code name} to {@code updated_at}, a custom attribute, then the two {@code cognito:} columns) and the
 * AWS developer guide, "Importing users from a CSV file".
 */
public final class ImportHeader {

  /** The column that turns SMS MFA on for an imported user. */
  public static final String MFA_ENABLED = "cognito:mfa_enabled";
  /** The column with the imported user's username. */
  public static final String USERNAME = "cognito:username";

  private ImportHeader() {}

  /**
   * The columns for {@code schema}.
   *
   * @throws NullPointerException if {@code schema} is null
   */
  public static Seq<String> columns(Schema schema) {
    Objects.requireNonNull(schema, "schema is null");
    return schema.attributes().map(SchemaAttribute::name).filter(name -> !name.equals("sub")).appendAll(List.of(MFA_ENABLED, USERNAME));
  }
}

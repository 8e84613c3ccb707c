package dev.userpool.schema;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One element of CreateUserPool's {@code Schema} or of AddCustomAttributes' {@code CustomAttributes}, as the
 * request gives it (its member shapes already checked): the bare name, the data type if given, the traits given
 * (a trait left out is not in the map) and the constraints given. {@link Schema} decides what it becomes.
 *
 * @param name the name as given, without a prefix
 * @param dataType {@code AttributeDataType}, if given
 * @param traits {@code DeveloperOnlyAttribute}, {@code Mutable} and {@code Required}, those given
 * @param length {@code StringAttributeConstraints}, if given
 * @param range {@code NumberAttributeConstraints}, if given
 */
public record SchemaDefinition(String name, Option<AttributeDataType> dataType, Map<SchemaAttribute.Trait, Boolean> traits,
    Option<Constraints.Length> length, Option<Constraints.Range> range) {

  /**
   * @throws NullPointerException if a component is null
   */
  public SchemaDefinition {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(dataType, "dataType is null");
    Objects.requireNonNull(traits, "traits is null");
    Objects.requireNonNull(length, "length is null");
    Objects.requireNonNull(range, "range is null");
  }

  /** Whether the trait was given as true. */
  boolean says(SchemaAttribute.Trait trait) {
    return traits.get(trait).contains(Boolean.TRUE);
  }
}

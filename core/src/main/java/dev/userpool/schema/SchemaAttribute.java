package dev.userpool.schema;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * Mirrors {@code SchemaAttributeType} as DescribeUserPool returns it: the full name ({@code email},
 * {@code custom:tier}, {@code dev:note}), the data type, the traits ({@code DeveloperOnlyAttribute},
 * {@code Mutable}, {@code Required}) and the constraints.
 *
 * @param name the name with its prefix
 * @param dataType the type of the values
 * @param traits the traits that are true
 * @param constraints the bounds of the values
 */
public record SchemaAttribute(String name, AttributeDataType dataType, Set<SchemaAttribute.Trait> traits, Constraints constraints) {

  /** The prefix of custom attributes. */
  public static final String CUSTOM_PREFIX = "custom:";
  /** The prefix of developer-only attributes. */
  public static final String DEVELOPER_PREFIX = "dev:";

  /** The boolean members of {@code SchemaAttributeType}. */
  public enum Trait {
    /** {@code DeveloperOnlyAttribute}: written only with administrator credentials, never by an app client. */
    DEVELOPER_ONLY,
    /** {@code Mutable}: may change after the user is created. */
    MUTABLE,
    /** {@code Required}: SignUp must give it. */
    REQUIRED
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public SchemaAttribute {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(dataType, "dataType is null");
    Objects.requireNonNull(traits, "traits is null");
    Objects.requireNonNull(constraints, "constraints is null");
  }

  static SchemaAttribute of(String name, AttributeDataType type, Constraints constraints, Trait... traits) {
    return new SchemaAttribute(name, type, HashSet.of(traits), constraints);
  }

  /** {@code DeveloperOnlyAttribute}. */
  public boolean developerOnly() {
    return traits.contains(Trait.DEVELOPER_ONLY);
  }

  /** {@code Mutable}. */
  public boolean mutable() {
    return traits.contains(Trait.MUTABLE);
  }

  /** {@code Required}. */
  public boolean required() {
    return traits.contains(Trait.REQUIRED);
  }

  /** Whether it is a custom ({@code custom:}) or developer-only ({@code dev:}) attribute rather than a standard one. */
  public boolean added() {
    return name.startsWith(CUSTOM_PREFIX) || name.startsWith(DEVELOPER_PREFIX);
  }

  /** This attribute with a trait set or cleared. */
  SchemaAttribute with(Trait trait, boolean on) {
    return new SchemaAttribute(name, dataType, on ? traits.add(trait) : traits.remove(trait), constraints);
  }

  /** This attribute with other constraints. */
  SchemaAttribute with(Constraints other) {
    return new SchemaAttribute(name, dataType, traits, other);
  }
}

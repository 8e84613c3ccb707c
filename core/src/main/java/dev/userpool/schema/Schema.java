package dev.userpool.schema;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.schema.SchemaAttribute.Trait;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A user pool's schema: mirrors {@code UserPoolType.SchemaAttributes}, in the order DescribeUserPool lists it
 * (the standard attributes, then the custom and developer-only ones in the order they were added).
 *
 * <p>{@link #standard()} is the list Cognito returns for a pool created without a {@code Schema} (the AWS developer
 * guide, "Working with user attributes", lists the standard attributes; the order, types and constraints are those
 * of real DescribeUserPool responses, for example in boto/boto3#2516). {@link #create} is CreateUserPool's decision
 * on a {@code Schema}, {@link #addCustomAttributes} AddCustomAttributes'.
 */
public final class Schema {

  /** At most this many custom and developer-only attributes in one pool (AWS developer guide, quotas). */
  public static final int MAX_CUSTOM_ATTRIBUTES = 50;
  /** The longest custom attribute name, without its prefix ({@code CustomAttributeNameType}). */
  public static final int MAX_CUSTOM_NAME_LENGTH = 20;
  /** The longest value of any attribute ({@code AttributeValueType}); also the largest {@code MaxLength}. */
  public static final int MAX_VALUE_LENGTH = 2048;

  private static final Schema STANDARD = new Schema(List.of(
      SchemaAttribute.of("sub", AttributeDataType.STRING, Constraints.Length.of(1, MAX_VALUE_LENGTH), Trait.REQUIRED),
      text("name"), text("given_name"), text("family_name"), text("middle_name"), text("nickname"), text("preferred_username"),
      text("profile"), text("picture"), text("website"), text("email"), flag("email_verified"), text("gender"),
      SchemaAttribute.of("birthdate", AttributeDataType.STRING, Constraints.Length.of(10, 10), Trait.MUTABLE),
      text("zoneinfo"), text("locale"), text("phone_number"), flag("phone_number_verified"), text("address"),
      SchemaAttribute.of("updated_at", AttributeDataType.NUMBER, new Constraints.Range(Option.some("0"), Option.none()),
          Trait.MUTABLE)));

  /** The standard attributes a {@code Schema} element may change (the two verification flags are not among them). */
  private static final Set<String> CONFIGURABLE = HashSet.ofAll(STANDARD.attributes.map(SchemaAttribute::name))
      .removeAll(List.of("sub", "email_verified", "phone_number_verified"));

  private final Seq<SchemaAttribute> attributes;

  private Schema(Seq<SchemaAttribute> attributes) {
    this.attributes = attributes;
  }

  private static SchemaAttribute text(String name) {
    return SchemaAttribute.of(name, AttributeDataType.STRING, Constraints.Length.of(0, MAX_VALUE_LENGTH), Trait.MUTABLE);
  }

  private static SchemaAttribute flag(String name) {
    return SchemaAttribute.of(name, AttributeDataType.BOOLEAN, new Constraints.None(), Trait.MUTABLE);
  }

  // -- static API

  /** The schema of a pool created without a {@code Schema}: the standard attributes only. */
  public static Schema standard() {
    return STANDARD;
  }

  /**
   * A schema as a store holds it: the attributes, in order.
   *
   * @throws NullPointerException if {@code attributes} is null
   */
  public static Schema of(Seq<SchemaAttribute> attributes) {
    return new Schema(List.ofAll(Objects.requireNonNull(attributes, "attributes is null")));
  }

  /**
   * CreateUserPool's decision on its {@code Schema}: each element that names a standard attribute (other than
   * {@code sub} and the two verification flags) sets its {@code Required}, {@code Mutable} and, for a String,
   * {@code StringAttributeConstraints}, and may not change its data type or make it developer-only
   * ({@code You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute <name>});
   * {@code sub} is Cognito's own and stays as it is; any other element adds a custom attribute, as
   * {@link #addCustomAttributes} does, refused as it is.
   */
  public static Either<CognitoError, Schema> create(Seq<SchemaDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions is null");
    Schema schema = STANDARD;
    Seq<SchemaDefinition> custom = List.empty();
    for (SchemaDefinition d : definitions) {
      if (d.name().equals("sub") && !d.says(Trait.DEVELOPER_ONLY)) {
        continue;
      }
      if (CONFIGURABLE.contains(d.name())) {
        Either<CognitoError, Schema> changed = schema.configure(d);
        if (changed.isLeft()) {
          return changed;
        }
        schema = changed.get();
      } else {
        custom = custom.append(d);
      }
    }
    return custom.isEmpty() ? Either.right(schema) : schema.addCustomAttributes(custom);
  }

  // -- decisions

  /**
   * AddCustomAttributes' decision. Checks, for each element in order: a data type is given
   * ({@code Invalid AttributeDataType input, consider using the provided AttributeDataType enum.}); it is not
   * Required ({@code Required custom attributes are not supported currently.}); its constraints are numbers in
   * range; its name is new ({@code Existing schema attributes cannot be modified or deleted.}); then that the pool
   * has at most {@value #MAX_CUSTOM_ATTRIBUTES} custom attributes. An element is {@code custom:name}, or
   * {@code dev:name} with DeveloperOnlyAttribute; Mutable defaults to true (the library's decision).
   */
  public Either<CognitoError, Schema> addCustomAttributes(Seq<SchemaDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions is null");
    Seq<SchemaAttribute> all = attributes;
    for (SchemaDefinition d : definitions) {
      Either<CognitoError, SchemaAttribute> added = custom(d);
      if (added.isLeft()) {
        return Either.left(added.getLeft());
      }
      if (all.exists(a -> a.name().equals(added.get().name()))) {
        return Either.left(InvalidParameter.of(InvalidParameter.Reason.SCHEMA_ATTRIBUTE_EXISTS));
      }
      all = all.append(added.get());
    }
    if (all.count(SchemaAttribute::added) > MAX_CUSTOM_ATTRIBUTES) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.TOO_MANY_CUSTOM_ATTRIBUTES));
    }
    return Either.right(new Schema(all));
  }

  private static Either<CognitoError, SchemaAttribute> custom(SchemaDefinition d) {
    if (d.dataType().isEmpty()) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_ATTRIBUTE_DATA_TYPE));
    }
    if (d.says(Trait.REQUIRED)) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.REQUIRED_CUSTOM_ATTRIBUTE));
    }
    boolean developerOnly = d.says(Trait.DEVELOPER_ONLY);
    String name = (developerOnly ? SchemaAttribute.DEVELOPER_PREFIX : SchemaAttribute.CUSTOM_PREFIX) + d.name();
    AttributeDataType type = d.dataType().get();
    Constraints constraints = new Constraints.None();
    if (type == AttributeDataType.STRING) {
      constraints = d.length().getOrElse(new Constraints.Length(Option.none(), Option.none()));
    } else if (type == AttributeDataType.NUMBER) {
      constraints = d.range().getOrElse(new Constraints.Range(Option.none(), Option.none()));
    }
    if (!constraints.wellFormed()) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.INVALID_ATTRIBUTE_CONSTRAINTS, name));
    }
    SchemaAttribute attribute = new SchemaAttribute(name, type, HashSet.empty(), constraints)
        .with(Trait.DEVELOPER_ONLY, developerOnly)
        .with(Trait.MUTABLE, d.traits().get(Trait.MUTABLE).getOrElse(true));
    return Either.right(attribute);
  }

  private Either<CognitoError, Schema> configure(SchemaDefinition d) {
    SchemaAttribute current = find(d.name()).get();
    if (d.says(Trait.DEVELOPER_ONLY) || d.dataType().exists(t -> t != current.dataType())) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.STANDARD_ATTRIBUTE_TYPE, d.name()));
    }
    SchemaAttribute changed = current
        .with(Trait.REQUIRED, d.traits().get(Trait.REQUIRED).getOrElse(current.required()))
        .with(Trait.MUTABLE, d.traits().get(Trait.MUTABLE).getOrElse(current.mutable()));
    if (current.dataType() == AttributeDataType.STRING && d.length().isDefined()) {
      Constraints.Length given = d.length().get();
      Constraints.Length was = (Constraints.Length) current.constraints();
      changed = changed.with(new Constraints.Length(given.minLength().orElse(was.minLength()), given.maxLength().orElse(was.maxLength())));
      if (!changed.constraints().wellFormed()) {
        return Either.left(new InvalidParameter(InvalidParameter.Reason.INVALID_ATTRIBUTE_CONSTRAINTS, d.name()));
      }
    }
    SchemaAttribute replacement = changed;
    return Either.right(new Schema(attributes.map(a -> a.name().equals(d.name()) ? replacement : a)));
  }

  // -- queries

  /** Every attribute, in DescribeUserPool's order. */
  public Seq<SchemaAttribute> attributes() {
    return attributes;
  }

  /** The attribute with this full name ({@code email}, {@code custom:tier}), if the schema has it. */
  public Option<SchemaAttribute> find(String name) {
    return attributes.find(a -> a.name().equals(name));
  }

  /** The standard attributes' names, the verification flags and {@code sub} included. */
  public Seq<String> standardNames() {
    return attributes.filter(a -> !a.added()).map(SchemaAttribute::name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schema other && attributes.equals(other.attributes);
  }

  @Override
  public int hashCode() {
    return attributes.hashCode();
  }

  @Override
  public String toString() {
    return "Schema" + attributes.map(SchemaAttribute::name).mkString("[", ", ", "]");
  }
}

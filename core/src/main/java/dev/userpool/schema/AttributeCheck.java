package dev.userpool.schema;

import dev.userpool.error.AttributesRefused;
import dev.userpool.error.AttributesRefused.Line;
import dev.userpool.error.AttributesRefused.Problem;
import dev.userpool.error.CognitoError;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The check of an attribute write against the pool's schema, as Cognito makes it: every attribute the write gives
 * must be in the schema ({@code Attribute does not exist in the schema.}); after creation an immutable one cannot
 * be written ({@code Attribute cannot be updated.}, even when the user has no value yet: observed on a live pool and
 * recorded in a public repository); a value must fit its type and constraints; and SignUp must give every required
 * attribute ({@code The attribute is required}), AdminCreateUser need not (AWS developer guide, "Working with user
 * attributes"). Every refused attribute is reported, the given ones in name order, then the missing ones in schema
 * order; an empty value is no value and is not checked against a type or constraint (the library's decision).
 */
public final class AttributeCheck {

  /** Who writes, which decides what is checked and how the refusal is worded. */
  public enum Writer {
    /** SignUp: required attributes must be given. */
    SIGN_UP(AttributesRefused.Wording.CREATION),
    /** AdminCreateUser: required attributes may be left out. */
    ADMIN_CREATE_USER(AttributesRefused.Wording.CREATION),
    /** AdminUpdateUserAttributes: immutable attributes are refused. */
    ADMIN_UPDATE(AttributesRefused.Wording.UPDATE),
    /** UpdateUserAttributes and the attributes of a NEW_PASSWORD_REQUIRED answer: immutable attributes are refused. */
    USER_UPDATE(AttributesRefused.Wording.UPDATE);

    private final AttributesRefused.Wording wording;

    Writer(AttributesRefused.Wording wording) {
      this.wording = wording;
    }

    private boolean creates() {
      return this == SIGN_UP || this == ADMIN_CREATE_USER;
    }
  }

  private AttributeCheck() {}

  /**
   * The refusal of {@code attributes} written by {@code writer}, if any.
   *
   * @param schema the pool's schema
   * @param writer who writes
   * @param attributes the attributes the write gives, by name
   * @param givenElsewhere attributes the write sets other than through its attributes (SignUp's username in a pool
   *     whose usernames are emails or phone numbers), which count as given
   * @throws NullPointerException if an argument is null
   */
  public static Option<CognitoError> check(Schema schema, Writer writer, SortedMap<String, String> attributes, Set<String> givenElsewhere) {
    Objects.requireNonNull(schema, "schema is null");
    Objects.requireNonNull(writer, "writer is null");
    Objects.requireNonNull(attributes, "attributes is null");
    Objects.requireNonNull(givenElsewhere, "givenElsewhere is null");
    Seq<Line> lines = List.empty();
    for (Tuple2<String, String> a : attributes) {
      Option<Line> refused = schema.find(a._1).fold(() -> Option.some(Line.of(a._1, Problem.NOT_IN_SCHEMA)),
          attribute -> refuse(attribute, writer, a._2));
      lines = lines.appendAll(refused);
    }
    if (writer == Writer.SIGN_UP) {
      lines = lines.appendAll(missingRequired(schema, attributes).filter(name -> !givenElsewhere.contains(name))
          .map(name -> Line.of(name, Problem.REQUIRED)));
    }
    return lines.isEmpty() ? Option.none() : Option.some(new AttributesRefused(writer.wording, lines));
  }

  /**
   * The required attributes (but {@code sub}) that {@code attributes} lacks, in schema order: what SignUp must give, and
   * what a NEW_PASSWORD_REQUIRED challenge lists as {@code requiredAttributes} and its answer must give.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Seq<String> missingRequired(Schema schema, SortedMap<String, String> attributes) {
    Objects.requireNonNull(attributes, "attributes is null");
    return schema.attributes().filter(a -> a.required() && !a.name().equals("sub") && !attributes.containsKey(a.name()))
        .map(SchemaAttribute::name);
  }

  private static Option<Line> refuse(SchemaAttribute attribute, Writer writer, String value) {
    if (!writer.creates() && !attribute.mutable()) {
      return Option.some(Line.of(attribute.name(), Problem.IMMUTABLE));
    }
    if (value.isEmpty()) {
      return Option.none();
    }
    if (attribute.dataType() == AttributeDataType.BOOLEAN) {
      return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)
          ? Option.none()
          : Option.some(Line.of(attribute.name(), Problem.NOT_A_BOOLEAN));
    }
    return attribute.constraints().refuse(value).map(p -> new Line(attribute.name(), p._1, p._2));
  }
}

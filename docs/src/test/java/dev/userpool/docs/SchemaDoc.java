package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.AttributesRefused;
import dev.userpool.error.CognitoError;
import dev.userpool.schema.AttributeCheck;
import dev.userpool.schema.ClientAttributes;
import dev.userpool.schema.Constraints;
import dev.userpool.schema.Schema;
import dev.userpool.schema.SchemaAttribute;
import dev.userpool.schema.SchemaDefinition;
import dev.userpool.schema.AttributeDataType;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/** Renders {@code schema.md} from {@link Schema}, {@link AttributeCheck} and {@link ClientAttributes}, running each. */
final class SchemaDoc {

  static final String FILE = "schema.md";

  private SchemaDoc() {}

  /** A pool with a mutable String custom attribute of 1 to 5 characters and an immutable Number one of 1 to 10. */
  static Schema sample() {
    return Schema.create(io.vavr.collection.List.of(
        new SchemaDefinition("email", Option.none(), HashMap.of(SchemaAttribute.Trait.REQUIRED, true), Option.none(), Option.none()),
        new SchemaDefinition("team", Option.some(AttributeDataType.STRING), HashMap.empty(),
            Option.some(new Constraints.Length(Option.some("1"), Option.some("5"))), Option.none()),
        new SchemaDefinition("level", Option.some(AttributeDataType.NUMBER), HashMap.of(SchemaAttribute.Trait.MUTABLE, false),
            Option.none(), Option.some(new Constraints.Range(Option.some("1"), Option.some("10"))))))
        .get();
  }

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("Schemas and attributes", "Schema, AttributeCheck and ClientAttributes, run on samples");
    md.p("A pool's schema is the list DescribeUserPool returns as " + code("SchemaAttributes") + ": the standard attributes, then "
        + "the custom (" + code(SchemaAttribute.CUSTOM_PREFIX) + ") and developer-only (" + code(SchemaAttribute.DEVELOPER_PREFIX)
        + ") ones in the order they were added. CreateUserPool's " + code("Schema") + " decides it ("
        + CodeRef.to(Schema.class, "create").markdownLink(2) + "), AddCustomAttributes adds to it ("
        + CodeRef.to(Schema.class, "addCustomAttributes").markdownLink(2) + "), and every operation that writes attributes is "
        + "checked against it (" + CodeRef.to(AttributeCheck.class, "check").markdownLink(2) + ").");

    md.h2("The standard attributes of a new pool");
    List<List<String>> rows = new ArrayList<>();
    for (SchemaAttribute a : Schema.standard().attributes()) {
      rows.add(List.of(code(a.name()), a.dataType().wireName(), yes(a.mutable()), yes(a.required()), constraints(a.constraints())));
    }
    md.table(List.of("name", "AttributeDataType", "Mutable", "Required", "constraints"), rows);

    md.h2("Defining attributes");
    md.bullets(List.of(
        "A " + code("Schema") + " element naming a standard attribute (but " + code("sub") + ", " + code("email_verified") + " and "
            + code("phone_number_verified") + ") sets its Required, Mutable and, for a String, its StringAttributeConstraints; "
            + code("sub") + " stays as it is. Another data type or DeveloperOnlyAttribute is refused: "
            + error(CognitoError.InvalidParameter.Reason.STANDARD_ATTRIBUTE_TYPE, "family_name") + ".",
        "Any other element is a custom attribute " + code("custom:<name>") + ", or " + code("dev:<name>") + " with "
            + "DeveloperOnlyAttribute; the name has 1 to " + Schema.MAX_CUSTOM_NAME_LENGTH + " characters (a longer one is a member "
            + "violation, " + code("schema.N.member.name") + "). Mutable defaults to true.",
        "A custom attribute needs an AttributeDataType: " + error(CognitoError.InvalidParameter.Reason.INVALID_ATTRIBUTE_DATA_TYPE, "")
            + "; it cannot be Required: " + error(CognitoError.InvalidParameter.Reason.REQUIRED_CUSTOM_ATTRIBUTE, "") + ".",
        "String lengths are whole numbers from 0 to " + Schema.MAX_VALUE_LENGTH + ", Number bounds any numbers, a minimum not above "
            + "its maximum: " + error(CognitoError.InvalidParameter.Reason.INVALID_ATTRIBUTE_CONSTRAINTS, "custom:team") + ".",
        "A name the schema has already: " + error(CognitoError.InvalidParameter.Reason.SCHEMA_ATTRIBUTE_EXISTS, "") + " Nothing is "
            + "ever changed or removed.",
        "At most " + Schema.MAX_CUSTOM_ATTRIBUTES + " custom and developer-only attributes: "
            + error(CognitoError.InvalidParameter.Reason.TOO_MANY_CUSTOM_ATTRIBUTES, "") + "; AddCustomAttributes takes 1 to 25 at "
            + "a time, CreateUserPool's Schema up to 50 elements."));

    md.h2("Writing attributes");
    md.p("Every attribute a write gives must be in the schema; after creation an immutable one cannot be written, even when the "
        + "user has no value for it; a value must fit its type and constraints (an empty value is not checked); SignUp must give "
        + "every required attribute, AdminCreateUser need not. Every refused attribute is reported, those given in name order, "
        + "then the missing ones in schema order. A NEW_PASSWORD_REQUIRED challenge lists the required attributes the user "
        + "lacks as " + code("requiredAttributes") + ", and an answer without them is "
        + error(CognitoError.InvalidParameter.Reason.REQUIRED_ATTRIBUTE_MISSING, "email") + ". Shown here on a pool whose schema adds "
        + code("custom:team") + " (String, 1 to "
        + "5 characters) and " + code("custom:level") + " (Number, 1 to 10, immutable) and requires " + code("email") + ":");
    Schema sample = sample();
    TreeMap<String, String> given = TreeMap.of("custom:nope", "x", "custom:team", "toolong", "custom:level", "11", "birthdate", "1990");
    List<List<String>> writes = new ArrayList<>();
    for (AttributeCheck.Writer writer : AttributeCheck.Writer.values()) {
      String message = AttributeCheck.check(sample, writer, given, HashSet.empty()).get().message();
      writes.add(List.of(code(writer.name()), code(message.replace("\n", "\\n"))));
    }
    md.table(List.of("writer", "the message for " + code(given.toJavaMap().toString())), writes);
    md.p("Problems and their words:");
    List<List<String>> problems = new ArrayList<>();
    for (AttributesRefused.Problem p : AttributesRefused.Problem.values()) {
      problems.add(List.of(code(p.name()), code(p.render("N"))));
    }
    md.table(List.of("problem", "words"), problems);

    md.h2("What an app client reads and writes");
    md.p("An app client's ReadAttributes and WriteAttributes (" + CodeRef.to(ClientAttributes.class).markdownLink(2) + ") limit what "
        + "its users' own calls write (SignUp, UpdateUserAttributes, a NEW_PASSWORD_REQUIRED answer: "
        + code("NotAuthorizedException: A client attempted to write unauthorized attribute") + ", checked after the schema) and "
        + "what GetUser and the ID token show. Administrators' operations are not limited. Left out, they are:");
    md.bullets(List.of(
        "read: " + String.join(", ", ClientAttributes.readable(Schema.standard(), Option.none()).map(Markdown::code)),
        "write: " + String.join(", ", ClientAttributes.writable(Schema.standard(), Option.none()).map(Markdown::code))
            + " (a client never sets " + code("email_verified") + " or " + code("phone_number_verified") + ")"));
    md.p("A name the schema does not have in ReadAttributes, or in WriteAttributes " + code("sub") + ", a developer-only or unknown "
        + "attribute, refuses the client: "
        + error(CognitoError.InvalidParameter.Reason.INVALID_WRITE_ATTRIBUTES_UPDATE, "") + " (and its read and creating "
        + "variants, see errors.md).");
    return md.toString();
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
  }

  private static String constraints(Constraints c) {
    if (c instanceof Constraints.Length l) {
      return "length " + l.minLength().getOrElse("0") + ".." + l.maxLength().getOrElse("");
    }
    if (c instanceof Constraints.Range r) {
      return "value " + r.minValue().getOrElse("") + ".." + r.maxValue().getOrElse("");
    }
    return "";
  }

  private static String error(CognitoError.InvalidParameter.Reason reason, String subject) {
    return code("InvalidParameterException: " + reason.render(subject));
  }
}

package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.docs.Decisions.Entry;
import dev.userpool.docs.Decisions.Kind;
import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.AttributesRefused;
import dev.userpool.error.CognitoError;
import dev.userpool.schema.AttributeCheck;
import dev.userpool.schema.ClientAttributes;
import dev.userpool.schema.Schema;
import dev.userpool.service.TokenOperations;
import dev.userpool.token.TokenClaims;
import io.vavr.collection.HashSet;
import io.vavr.collection.TreeMap;
import java.util.List;
import java.util.Optional;

/** The entries of {@link Decisions} about schemas and attributes (issue 22, item 3). */
final class SchemaDecisions {

  private static final String API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/";
  private static final String ATTRIBUTES = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html";

  static final List<Entry> ENTRIES = List.of(
      entry("schema-standard-attributes", Kind.CONFIRMED, "The standard attributes of a new pool",
          "A pool created without a Schema has the twenty standard attributes DescribeUserPool lists, in its order, with their types, "
              + "mutability and constraints (schema.md): `sub` required and immutable, 1..2048; the other strings 0..2048, "
              + "`birthdate` 10..10; `email_verified` and `phone_number_verified` Boolean; `updated_at` Number from 0.",
          "The developer guide lists the standard attributes; a real DescribeUserPool response shows the order and constraints.",
          List.of(to(Schema.class, "standard")), List.of(Source.of(ATTRIBUTES), Source.of("boto/boto3#2516"))),
      entry("schema-custom-attributes", Kind.CONFIRMED, "Custom and developer-only attributes",
          "A Schema or CustomAttributes element that is not a standard attribute is `custom:<name>`, or `dev:<name>` with "
              + "DeveloperOnlyAttribute; the name has 1..20 characters; at most 50 per pool; Required is refused with `Required "
              + "custom attributes are not supported currently.`; a name the pool has is refused with `Existing schema attributes "
              + "cannot be modified or deleted.`; a missing AttributeDataType with `Invalid AttributeDataType input, consider using "
              + "the provided AttributeDataType enum.`; another type or DeveloperOnlyAttribute for a standard attribute with `You "
              + "can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute <name>`.",
          "The API reference (SchemaAttributeType, CustomAttributeNameType, AddCustomAttributes) and the quotas; the messages are "
              + "quoted from real responses in the reports cited.",
          List.of(to(Schema.class, "addCustomAttributes"), to(Schema.class, "create"),
              to(CognitoError.InvalidParameter.Reason.class, "REQUIRED_CUSTOM_ATTRIBUTE"),
              to(CognitoError.InvalidParameter.Reason.class, "SCHEMA_ATTRIBUTE_EXISTS"),
              to(CognitoError.InvalidParameter.Reason.class, "INVALID_ATTRIBUTE_DATA_TYPE"),
              to(CognitoError.InvalidParameter.Reason.class, "STANDARD_ATTRIBUTE_TYPE")),
          List.of(Source.of(API + "API_SchemaAttributeType.html"), Source.of(API + "API_AddCustomAttributes.html"),
              Source.of("boto/boto3#2317"), Source.of("aws-amplify/amplify-js#6459"), Source.of("aws-amplify/amplify-android#2570"),
              Source.of("aws-amplify/docs#4624"), Source.of("hashicorp/terraform-provider-aws#23181"))),
      entry("schema-write-wording", Kind.OBSERVED, "How a write the schema refuses is worded",
          "One line per refused attribute, each ending in a line break. SignUp and AdminCreateUser: `Attributes did not conform to "
              + "the schema: <name>: <problem>\\n...`; AdminUpdateUserAttributes and UpdateUserAttributes: `user.<name>: "
              + "<problem>\\n...` with no heading. Problems: `Attribute does not exist in the schema.`, `The attribute is required`, "
              + "`Attribute cannot be updated.`, `String must be no shorter than N characters`.",
          "Real responses: three unknown attributes on SignUp, each line ending in `\\n` (amplify-flutter#509); `user.email: "
              + "Attribute cannot be updated.` from UpdateUserAttributes (amplify-swift#3981, amplify-js#3526); a required attribute "
              + "(amplify-js#935); a short birthdate (aws-sdk-java#1396).",
          List.of(to(AttributesRefused.class), to(AttributesRefused.Wording.class), to(AttributesRefused.Problem.class)),
          List.of(Source.of("aws-amplify/amplify-flutter#509"), Source.of("aws-amplify/amplify-swift#3981"),
              Source.of("aws-amplify/amplify-js#3526"), Source.of("aws-amplify/amplify-js#935"), Source.of("aws/aws-sdk-java#1396")))
          .checkedBy(SchemaDecisions::wording),
      entry("schema-immutable", Kind.CONFIRMED, "Immutable attributes are set at creation only",
          "SignUp and AdminCreateUser may set an immutable attribute; every later write of it (AdminUpdateUserAttributes, "
              + "UpdateUserAttributes, a NEW_PASSWORD_REQUIRED answer) is refused, whether or not the user has a value; AdminCreateUser "
              + "may leave required attributes out, SignUp may not.",
          "The API reference of AddCustomAttributes: an immutable attribute 'can only be set up on sign-up or administrator "
              + "creation of users'; the developer guide on required attributes.",
          List.of(to(AttributeCheck.class, "check"), to(AttributeCheck.Writer.class)),
          List.of(Source.of(API + "API_AddCustomAttributes.html"), Source.of(ATTRIBUTES))),
      entry("challenge-required-attributes", Kind.OBSERVED, "Required attributes at the new-password challenge",
          "NEW_PASSWORD_REQUIRED's ChallengeParameters list the required attributes the user lacks as `requiredAttributes` "
              + "(`[\"userAttributes.<name>\"]`); an answer that leaves one of them missing is `InvalidParameterException: Invalid "
              + "attributes given, <name> is missing`, naming the first in schema order. It is checked once the user is found, "
              + "before the session (the library's decision).",
          "The message is quoted from real responses; the parameter's form is what amazon-cognito-identity-js reads.",
          List.of(to(AttributeCheck.class, "missingRequired"),
              to(CognitoError.InvalidParameter.Reason.class, "REQUIRED_ATTRIBUTE_MISSING")),
          List.of(Source.of("aws/aws-sdk-js#1290"), Source.of("amazon-archives/aws-cognito-angular-quickstart#116"))),
      entry("schema-decided", Kind.DECIDED, "Schema rules no sample exists for",
          "The words of TOO_LONG, NOT_A_NUMBER, TOO_SMALL, TOO_LARGE and NOT_A_BOOLEAN (after TOO_SHORT's), of "
              + "TOO_MANY_CUSTOM_ATTRIBUTES, INVALID_ATTRIBUTE_CONSTRAINTS, INVALID_READ_ATTRIBUTES_CREATE, "
              + "INVALID_READ_ATTRIBUTES_UPDATE and INVALID_WRITE_ATTRIBUTES_CREATE (after the update one's); refused attributes "
              + "reported given ones first, in name order, then missing ones in schema order; an empty value and a DateTime value "
              + "are not checked against a type; Mutable defaults to true for a custom attribute; a Schema element for `sub` is "
              + "ignored; a NEW_PASSWORD_REQUIRED answer's attributes are checked as UpdateUserAttributes'.",
          "No real sample or statement was found; each follows the neighbouring observed behaviour.",
          List.of(to(AttributesRefused.Problem.class, "TOO_LONG"), to(AttributesRefused.Problem.class, "NOT_A_NUMBER"),
              to(CognitoError.InvalidParameter.Reason.class, "TOO_MANY_CUSTOM_ATTRIBUTES"),
              to(CognitoError.InvalidParameter.Reason.class, "INVALID_ATTRIBUTE_CONSTRAINTS"),
              to(CognitoError.InvalidParameter.Reason.class, "INVALID_READ_ATTRIBUTES_CREATE"),
              to(CognitoError.InvalidParameter.Reason.class, "INVALID_WRITE_ATTRIBUTES_CREATE")),
          List.of()),
      entry("client-attributes", Kind.CONFIRMED, "What an app client reads and writes",
          "ReadAttributes and WriteAttributes left out mean the standard attributes (writes: all but `sub`); custom attributes are "
              + "then neither read nor written by the client's users. A user's own write of an attribute the client may not write "
              + "is `NotAuthorizedException: A client attempted to write unauthorized attribute`; developer-only attributes are "
              + "never written by a client; GetUser and the ID token show only what the client reads (and `sub`). A name the "
              + "schema does not have in WriteAttributes is `Invalid write attributes specified while updating a client`.",
          "The API reference of CreateUserPoolClient states the defaults and SchemaAttributeType the developer-only rule; real "
              + "responses show the write refusal for a custom attribute (aws-sdk-js#1084) and the client refusal "
              + "(aws-sdk-java#1395).",
          List.of(to(ClientAttributes.class, "readable"), to(ClientAttributes.class, "writable"), to(ClientAttributes.class, "check"),
              to(TokenOperations.class, "getUserProfile"), to(TokenClaims.class, "decide")),
          List.of(Source.of(API + "API_CreateUserPoolClient.html"), Source.of("aws/aws-sdk-js#1084"), Source.of("aws/aws-sdk-java#1395"))),
      entry("schema-before-client", Kind.DECIDED, "The schema is checked before the client's WriteAttributes",
          "SignUp, UpdateUserAttributes and a NEW_PASSWORD_REQUIRED answer check the schema first (InvalidParameterException for "
              + "an unknown attribute), then the client's WriteAttributes (NotAuthorizedException).",
          "Real responses disagree: unknown names got the schema's error on SignUp in amplify-flutter#509 and aws-sdk-android#1629, "
              + "NotAuthorizedException in aws-sdk-js#1084 and amplify-js#5345; the more recent reports are followed.",
          List.of(to(AttributeCheck.class, "check"), to(ClientAttributes.class, "checkWrite")),
          List.of(Source.of("aws-amplify/amplify-flutter#509"), Source.of("aws-amplify/aws-sdk-android#1629"),
              Source.of("aws/aws-sdk-js#1084"), Source.of("aws-amplify/amplify-js#5345"))));

  private SchemaDecisions() {}

  private static Entry entry(String id, Kind kind, String title, String rule, String reason, List<CodeRef> code, List<Source> sources) {
    return new Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }

  static void wording() {
    TreeMap<String, String> given = TreeMap.of("custom:a", "x", "custom:b", "y");
    String created = AttributeCheck.check(Schema.standard(), AttributeCheck.Writer.ADMIN_CREATE_USER, given, HashSet.empty()).get()
        .message();
    String updated = AttributeCheck.check(Schema.standard(), AttributeCheck.Writer.USER_UPDATE, given, HashSet.empty()).get().message();
    if (!created.equals("Attributes did not conform to the schema: custom:a: Attribute does not exist in the schema.\n"
        + "custom:b: Attribute does not exist in the schema.\n")
        || !updated.equals("user.custom:a: Attribute does not exist in the schema.\nuser.custom:b: Attribute does not exist in the "
            + "schema.\n")) {
      throw new AssertionError("the schema's refusals are not worded as schema-write-wording says: " + created + " / " + updated);
    }
  }
}

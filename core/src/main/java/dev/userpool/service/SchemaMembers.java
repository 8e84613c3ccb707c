package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.pool.UserPoolId;
import dev.userpool.schema.AttributeDataType;
import dev.userpool.schema.Constraints;
import dev.userpool.schema.Schema;
import dev.userpool.schema.SchemaAttribute.Trait;
import dev.userpool.schema.SchemaDefinition;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The schema members of requests: CreateUserPool's {@code Schema} and AddCustomAttributes' {@code CustomAttributes}
 * ({@code SchemaAttributeType}: a name of 1 to {@value Schema#MAX_CUSTOM_NAME_LENGTH} characters, an
 * {@code AttributeDataType} from its enum), and the app clients' {@code ReadAttributes} and {@code WriteAttributes}.
 */
final class SchemaMembers {

  /** The most elements of CreateUserPool's {@code Schema} ({@code SchemaAttributesListType}). */
  static final int MAX_SCHEMA = 50;
  /** The most elements of AddCustomAttributes' {@code CustomAttributes} ({@code CustomAttributesListType}). */
  static final int MAX_CUSTOM_ATTRIBUTES = 25;

  private static final Map<String, AttributeDataType> DATA_TYPES = LinkedHashMap
      .ofEntries(List.of(AttributeDataType.values()).map(t -> Tuple.of(t.wireName(), t)));

  private SchemaMembers() {}

  /** AddCustomAttributes' command: the pool id and 1 to {@value #MAX_CUSTOM_ATTRIBUTES} definitions. */
  static Either<CognitoError, Commands.AddCustomAttributes> parse(Requests.AddCustomAttributes r) {
    Validation<Seq<ParameterViolation>, Seq<SchemaDefinition>> definitions = r.customAttributes() == null
        ? Validation.invalid(List.of(new ParameterViolation.Missing("customAttributes")))
        : r.customAttributes().isEmpty()
            ? Validation.invalid(List.of(new ParameterViolation.LengthBelow("customAttributes", Option.none(), 1)))
            : definitions("customAttributes", r.customAttributes(), MAX_CUSTOM_ATTRIBUTES);
    return Members.flat(Validation.combine(UserPoolId.parse(r.userPoolId()), definitions).ap(Commands.AddCustomAttributes::new))
        .toEither().mapLeft(CognitoError.RequestInvalid::new);
  }

  /** A list of definitions named {@code member} (absent: none), at most {@code max}, each element's members checked. */
  static Validation<Seq<ParameterViolation>, Seq<SchemaDefinition>> definitions(String member,
      java.util.List<Requests.SchemaAttributeType> elements, int max) {
    if (elements == null) {
      return Validation.valid(List.empty());
    }
    if (elements.size() > max) {
      return Validation.invalid(List.of(new ParameterViolation.LengthAbove(member, Option.none(), max)));
    }
    Seq<Validation<Seq<ParameterViolation>, SchemaDefinition>> each = List.ofAll(elements).zipWithIndex()
        .map(e -> definition(member + "." + (e._2 + 1) + ".member", e._1));
    Seq<ParameterViolation> problems = each.flatMap(v -> v.isInvalid() ? v.getError() : List.empty());
    return problems.isEmpty() ? Validation.valid(each.map(Validation::get)) : Validation.invalid(problems);
  }

  private static Validation<Seq<ParameterViolation>, SchemaDefinition> definition(String prefix, Requests.SchemaAttributeType e) {
    if (e == null) {
      return Validation.invalid(List.of(new ParameterViolation.Missing(prefix)));
    }
    StringMember name = StringMember.plain(prefix + ".name").length(1, Schema.MAX_CUSTOM_NAME_LENGTH)
        .pattern("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    return Members.flat(Validation.combine(
        Members.string(name, e.name()),
        Members.optionalEnum(prefix + ".attributeDataType", e.attributeDataType(), DATA_TYPES))
        .ap((n, type) -> new SchemaDefinition(n, type, traits(e),
            Option.of(e.stringAttributeConstraints())
                .map(c -> new Constraints.Length(Option.of(c.minLength()), Option.of(c.maxLength()))),
            Option.of(e.numberAttributeConstraints())
                .map(c -> new Constraints.Range(Option.of(c.minValue()), Option.of(c.maxValue()))))));
  }

  private static Map<Trait, Boolean> traits(Requests.SchemaAttributeType e) {
    return LinkedHashMap.ofEntries(List.of(Tuple.of(Trait.DEVELOPER_ONLY, e.developerOnlyAttribute()), Tuple.of(Trait.MUTABLE, e.mutable()),
        Tuple.of(Trait.REQUIRED, e.required())).filter(t -> t._2 != null));
  }

  /** ReadAttributes or WriteAttributes: absent stays absent (the default), a list keeps its order without repeats. */
  static Option<Seq<String>> names(java.util.List<String> names) {
    return Option.of(names).map(n -> List.ofAll(n).distinct());
  }
}

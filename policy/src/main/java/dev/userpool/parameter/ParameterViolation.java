package dev.userpool.parameter;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One failed constraint on a request member, worded as AWS's request validation words it.
 *
 * <p>Mirrors the entries of an {@code InvalidParameterException} message. A sensitive member (a
 * password, a username, a session) never shows its value: its {@code shownValue} is empty and the
 * message reads {@code Value at 'password' ...}; other members quote the value:
 * {@code Value 'x' at 'userPoolId' ...}.
 */
public sealed interface ParameterViolation
    permits ParameterViolation.Missing,
    ParameterViolation.LengthBelow,
    ParameterViolation.LengthAbove,
    ParameterViolation.PatternMismatch,
    ParameterViolation.ValueBelow,
    ParameterViolation.ValueAbove,
    ParameterViolation.NotInEnum,
    ParameterViolation.ListNotInEnum,
    ParameterViolation.MapEntries {

  /** The member's path as AWS names it, for example {@code password} or {@code policies.passwordPolicy.minimumLength}. */
  String member();

  /** The constraint as AWS words it, for example {@code Member must not be null}. */
  String constraint();

  /** The value as the message shows it; empty for sensitive members. */
  Option<String> shownValue();

  /** One entry of the message: {@code Value 'x' at 'member' failed to satisfy constraint: <constraint>}. */
  default String message() {
    String value = shownValue().map(v -> "Value '" + v + "' at '").getOrElse("Value at '");
    return value + member() + "' failed to satisfy constraint: " + constraint();
  }

  /**
   * The whole message of an {@code InvalidParameterException} for these violations, in order:
   * {@code 1 validation error detected: <first>} or {@code 2 validation errors detected: <first>; <second>}.
   *
   * @throws IllegalArgumentException if {@code violations} is empty
   * @throws NullPointerException if {@code violations} is null
   */
  static String describe(Seq<? extends ParameterViolation> violations) {
    Objects.requireNonNull(violations, "violations is null");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("no violations to describe");
    }
    int n = violations.size();
    String head = n == 1 ? "1 validation error detected: " : n + " validation errors detected: ";
    return violations.map(ParameterViolation::message).mkString(head, "; ", "");
  }

  /** A required member that is absent: {@code Value null at 'm' failed to satisfy constraint: Member must not be null}. */
  record Missing(String member) implements ParameterViolation {
    /** Checks that no reference member is null. */
    public Missing {
      Objects.requireNonNull(member, "member is null");
    }

    @Override
    public String constraint() {
      return "Member must not be null";
    }

    @Override
    public Option<String> shownValue() {
      return Option.none();
    }

    @Override
    public String message() {
      return "Value null at '" + member + "' failed to satisfy constraint: " + constraint();
    }
  }

  /** A string shorter than the member allows. */
  record LengthBelow(String member, Option<String> shownValue, int minimum) implements ParameterViolation {
    /** Checks that no reference member is null. */
    public LengthBelow {
      Objects.requireNonNull(member, "member is null");
      Objects.requireNonNull(shownValue, "shownValue is null");
    }

    @Override
    public String constraint() {
      return "Member must have length greater than or equal to " + minimum;
    }
  }

  /** A string longer than the member allows. */
  record LengthAbove(String member, Option<String> shownValue, int maximum) implements ParameterViolation {
    /** Checks that no reference member is null. */
    public LengthAbove {
      Objects.requireNonNull(member, "member is null");
      Objects.requireNonNull(shownValue, "shownValue is null");
    }

    @Override
    public String constraint() {
      return "Member must have length less than or equal to " + maximum;
    }
  }

  /** A string that does not match the member's regular expression. */
  record PatternMismatch(String member, Option<String> shownValue, String pattern) implements ParameterViolation {
    /** Checks that no reference member is null. */
    public PatternMismatch {
      Objects.requireNonNull(member, "member is null");
      Objects.requireNonNull(shownValue, "shownValue is null");
      Objects.requireNonNull(pattern, "pattern is null");
    }

    @Override
    public String constraint() {
      return "Member must satisfy regular expression pattern: " + pattern;
    }
  }

  /** A number smaller than the member allows. Numbers are never sensitive. */
  record ValueBelow(String member, long value, long minimum) implements ParameterViolation {
    /** Checks that no reference member is null. */
    public ValueBelow {
      Objects.requireNonNull(member, "member is null");
    }

    @Override
    public String constraint() {
      return "Member must have value greater than or equal to " + minimum;
    }

    @Override
    public Option<String> shownValue() {
      return Option.some(Long.toString(value));
    }
  }

  /** A number larger than the member allows. Numbers are never sensitive. */
  record ValueAbove(String member, long value, long maximum) implements ParameterViolation {
    /** Checks that no reference member is null. */
    public ValueAbove {
      Objects.requireNonNull(member, "member is null");
    }

    @Override
    public String constraint() {
      return "Member must have value less than or equal to " + maximum;
    }

    @Override
    public Option<String> shownValue() {
      return Option.some(Long.toString(value));
    }
  }

  /** A value outside the member's enumeration, for example a tier that is not LITE, ESSENTIALS or PLUS. */
  record NotInEnum(String member, String value, Seq<String> allowed) implements ParameterViolation {
    /** Checks that no reference member is null. */
    public NotInEnum {
      Objects.requireNonNull(member, "member is null");
      Objects.requireNonNull(value, "value is null");
      Objects.requireNonNull(allowed, "allowed is null");
    }

    @Override
    public String constraint() {
      return allowed.mkString("Member must satisfy enum value set: [", ", ", "]");
    }

    @Override
    public Option<String> shownValue() {
      return Option.some(value);
    }
  }

  /**
   * A list member with an element outside the elements' enumeration. AWS names the list, shows the whole list and
   * nests the elements' constraint: {@code Value '[code, token]' at 'allowedOAuthFlows' failed to satisfy constraint:
   * Member must satisfy constraint: [Member must satisfy enum value set: [...]]} (observed:
   * awsdocs/aws-cloudformation-user-guide#563).
   */
  record ListNotInEnum(String member, Seq<String> values, Seq<String> allowed) implements ParameterViolation {
    /** Checks that no reference member is null. */
    public ListNotInEnum {
      Objects.requireNonNull(member, "member is null");
      Objects.requireNonNull(values, "values is null");
      Objects.requireNonNull(allowed, "allowed is null");
    }

    @Override
    public String constraint() {
      return allowed.mkString("Member must satisfy constraint: [Member must satisfy enum value set: [", ", ", "]]");
    }

    @Override
    public Option<String> shownValue() {
      return Option.some(values.map(String::valueOf).mkString("[", ", ", "]"));
    }
  }

  /**
   * A map member with a key or a value that breaks the keys' or values' constraints. AWS shows the whole map and lists
   * every constraint of the keys' (or values') shape, the longest length first: {@code Value '{k=v}' at 'tags' failed to
   * satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 256, Member must
   * have length greater than or equal to 0]} (observed: SWO-GS/auto-tag#77; {@code Map keys} in boto/boto3#2601).
   *
   * @param member the map member
   * @param shownValue the map as the message shows it, {@code {key=value, ...}}
   * @param keys whether a key (rather than a value) broke its constraints
   * @param minimum the keys' or values' shortest length
   * @param maximum their longest length
   */
  record MapEntries(String member, Option<String> shownValue, boolean keys, int minimum, int maximum) implements ParameterViolation {
    /** Checks that no reference member is null. */
    public MapEntries {
      Objects.requireNonNull(member, "member is null");
      Objects.requireNonNull(shownValue, "shownValue is null");
    }

    @Override
    public String constraint() {
      return (keys ? "Map keys" : "Map value") + " must satisfy constraint: [Member must have length less than or equal to " + maximum
          + ", Member must have length greater than or equal to " + minimum + "]";
    }
  }
}

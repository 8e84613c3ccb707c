package dev.userpool.parameter;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The constraints AWS's API model puts on one string member of a request: a length range and a
 * regular expression, and whether the member is sensitive (its value never appears in a message).
 *
 * <p>Length is counted in Unicode code points (a decision: AWS does not say). Patterns use Java's
 * regular-expression semantics and must match the whole value. Checks report the length violation
 * before the pattern violation, as a real Cognito response does
 * (amazon-archives/amazon-cognito-identity-js#388).
 *
 * <p>Instances are immutable; the builder-style methods return copies.
 */
public final class StringMember {

  /** Whether a member's value may be quoted in an error message. */
  public enum Sensitivity {
    /** The value is quoted: {@code Value 'x' at 'userPoolId'}. */
    PLAIN,
    /** The value is never shown: {@code Value at 'password'}. */
    SENSITIVE
  }

  private final String name;
  private final Sensitivity sensitivity;
  private final int minLength;
  private final int maxLength;
  private final Option<String> pattern;
  private final Predicate<String> matcher;

  private StringMember(
      String name, Sensitivity sensitivity, int minLength, int maxLength, Option<String> pattern, Predicate<String> matcher) {
    this.name = Objects.requireNonNull(name, "name is null");
    this.sensitivity = Objects.requireNonNull(sensitivity, "sensitivity is null");
    if (minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException("bad length range " + minLength + ".." + maxLength);
    }
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.pattern = pattern;
    this.matcher = matcher;
  }

  // -- static API

  /** A member whose value may be quoted in messages, with no constraint yet. */
  public static StringMember plain(String name) {
    return new StringMember(name, Sensitivity.PLAIN, 0, Integer.MAX_VALUE, Option.none(), s -> true);
  }

  /** A member whose value is never shown in messages, with no constraint yet. */
  public static StringMember sensitive(String name) {
    return new StringMember(name, Sensitivity.SENSITIVE, 0, Integer.MAX_VALUE, Option.none(), s -> true);
  }

  // -- copies

  /** This member with a length range, in code points, both ends included. */
  public StringMember length(int min, int max) {
    return new StringMember(name, sensitivity, min, max, pattern, matcher);
  }

  /** This member with a pattern that the whole value must match. */
  public StringMember pattern(String regex) {
    Pattern compiled = Pattern.compile(regex);
    return new StringMember(name, sensitivity, minLength, maxLength, Option.some(regex),
        s -> compiled.matcher(s).matches());
  }

  /**
   * This member with a pattern whose Java regex backtracks badly on long input, and a linear-time
   * matcher that must accept exactly the strings the regex matches (each such pair is property-tested).
   */
  public StringMember pattern(String regex, Predicate<String> linearMatcher) {
    Pattern.compile(regex); // fail fast on a typo in the text shown to callers
    return new StringMember(name, sensitivity, minLength, maxLength, Option.some(regex),
        Objects.requireNonNull(linearMatcher, "linearMatcher is null"));
  }

  /** The same constraints under another member name, for example {@code proposedPassword}. */
  public StringMember named(String otherName) {
    return new StringMember(otherName, sensitivity, minLength, maxLength, pattern, matcher);
  }

  // -- checks

  /**
   * Every violation of a required member: {@link ParameterViolation.Missing} when null, otherwise the
   * length violation, then the pattern violation. Empty when the value is acceptable.
   */
  public Seq<ParameterViolation> check(String value) {
    return value == null ? List.of(new ParameterViolation.Missing(name)) : checkPresent(value);
  }

  /**
   * The value {@code make} builds from a required member that meets every constraint, or every violation
   * as {@link #check(String)} finds them: how a typed value (a username, an id, a code) parses its member.
   *
   * @throws NullPointerException if {@code make} is null
   */
  public <T> Validation<Seq<ParameterViolation>, T> parse(String value, Function<? super String, ? extends T> make) {
    Objects.requireNonNull(make, "make is null");
    Seq<ParameterViolation> problems = check(value);
    return problems.isEmpty() ? Validation.valid(make.apply(value)) : Validation.invalid(problems);
  }

  /** Every violation of an optional member: none when null, otherwise as {@link #check(String)}. */
  public Seq<ParameterViolation> checkIfPresent(String value) {
    return value == null ? List.empty() : checkPresent(value);
  }

  /** Whether a non-null value satisfies every constraint. */
  public boolean accepts(String value) {
    return value != null && checkPresent(value).isEmpty();
  }

  private Seq<ParameterViolation> checkPresent(String value) {
    Option<String> shown = sensitivity == Sensitivity.SENSITIVE ? Option.none() : Option.some(value);
    List<ParameterViolation> found = List.empty();
    if (pattern.isDefined() && !matcher.test(value)) {
      found = found.prepend(new ParameterViolation.PatternMismatch(name, shown, pattern.get()));
    }
    int length = value.codePointCount(0, value.length());
    if (length > maxLength) {
      found = found.prepend(new ParameterViolation.LengthAbove(name, shown, maxLength));
    } else if (length < minLength) {
      found = found.prepend(new ParameterViolation.LengthBelow(name, shown, minLength));
    }
    return found;
  }

  // -- accessors

  /** The member's name as AWS's messages spell it. */
  public String name() {
    return name;
  }

  /** Whether the value may be quoted. */
  public Sensitivity sensitivity() {
    return sensitivity;
  }

  /** The minimum length in code points. */
  public int minLength() {
    return minLength;
  }

  /** The maximum length in code points. */
  public int maxLength() {
    return maxLength;
  }

  /** The pattern as AWS's messages spell it, if the member has one. */
  public Option<String> pattern() {
    return pattern;
  }

  @Override
  public String toString() {
    return "StringMember[" + name + ", " + sensitivity + ", " + minLength + ".." + maxLength
        + pattern.map(p -> ", " + p).getOrElse("") + "]";
  }
}

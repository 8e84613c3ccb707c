package dev.userpool.error;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Attributes a write gives that the pool's schema refuses: {@code InvalidParameterException} with one line per
 * attribute, each ending in a line break. SignUp and AdminCreateUser word it
 * {@code Attributes did not conform to the schema: <name>: <problem>\n...} (observed: aws-amplify/amplify-flutter#509,
 * three lines for three attributes, each ending in {@code \n}); the update operations word each line
 * {@code user.<name>: <problem>\n} without a heading (observed: aws-amplify/amplify-swift#3981 and a real
 * UpdateUserAttributes response quoted in a published write-up, {@code user.update_email: Attribute does not exist
 * in the schema.\n}).
 *
 * @param wording which operations' wording
 * @param lines the refused attributes, in the order they are reported
 */
public record AttributesRefused(Wording wording, Seq<AttributesRefused.Line> lines) implements CognitoError {

  /** The two wordings. */
  public enum Wording {
    /** SignUp and AdminCreateUser (and the new-password challenge's attributes, the library's decision). */
    CREATION("Attributes did not conform to the schema: ", ""),
    /** AdminUpdateUserAttributes and UpdateUserAttributes. */
    UPDATE("", "user.");

    private final String heading;
    private final String prefix;

    Wording(String heading, String prefix) {
      this.heading = heading;
      this.prefix = prefix;
    }
  }

  /** What is wrong with one attribute, with Cognito's words ({@code %s} is the bound). */
  public enum Problem {
    /** A name the schema does not have (observed). */
    NOT_IN_SCHEMA("Attribute does not exist in the schema."),
    /** A required attribute SignUp left out (observed: aws-amplify/amplify-js#935). */
    REQUIRED("The attribute is required"),
    /** An immutable attribute written after the user was created (observed: aws-amplify/amplify-swift#3981). */
    IMMUTABLE("Attribute cannot be updated."),
    /** A String value shorter than MinLength (observed: aws/aws-sdk-java#1396). */
    TOO_SHORT("String must be no shorter than %s characters"),
    /** A String value longer than MaxLength (the library's wording, after TOO_SHORT). */
    TOO_LONG("String must be no longer than %s characters"),
    /** A Number value that is not a number (the library's wording). */
    NOT_A_NUMBER("Number must be a number"),
    /** A Number value below MinValue (the library's wording). */
    TOO_SMALL("Number must be no less than %s"),
    /** A Number value above MaxValue (the library's wording). */
    TOO_LARGE("Number must be no greater than %s"),
    /** A Boolean value other than {@code true} or {@code false} (the library's wording). */
    NOT_A_BOOLEAN("Boolean must be true or false");

    private final String template;

    Problem(String template) {
      this.template = template;
    }

    /** The words with {@code bound} in place of {@code %s}. */
    public String render(String bound) {
      return template.replace("%s", bound);
    }
  }

  /**
   * One refused attribute.
   *
   * @param name the attribute's name
   * @param problem what is wrong
   * @param bound the constraint's bound, for the problems that name one ({@code ""} otherwise)
   */
  public record Line(String name, Problem problem, String bound) {
    /**
     * @throws NullPointerException if a component is null
     */
    public Line {
      Objects.requireNonNull(name, "name is null");
      Objects.requireNonNull(problem, "problem is null");
      Objects.requireNonNull(bound, "bound is null");
    }

    /** A line whose problem names no bound. */
    public static Line of(String name, Problem problem) {
      return new Line(name, problem, "");
    }
  }

  /**
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there are no lines
   */
  public AttributesRefused {
    Objects.requireNonNull(wording, "wording is null");
    Objects.requireNonNull(lines, "lines is null");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a schema refusal needs at least one attribute");
    }
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.INVALID_PARAMETER;
  }

  @Override
  public String message() {
    return lines.map(l -> wording.prefix + l.name() + ": " + l.problem().render(l.bound()) + "\n").mkString(wording.heading, "", "");
  }
}

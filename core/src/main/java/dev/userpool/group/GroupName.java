package dev.userpool.group;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A group's name. Mirrors {@code GroupNameType}: 1..128 code points of letters, marks, symbols, numbers
 * and punctuation ({@value #PATTERN}); unique in its pool, case-sensitive, and not secret.
 */
public record GroupName(String value) implements Comparable<GroupName> {

  /** The pattern as validation messages spell it. */
  public static final String PATTERN = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";

  /** The {@code groupName} request member. */
  public static final StringMember MEMBER = StringMember.plain("groupName").length(1, 128).pattern(PATTERN);

  /**
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid group name
   */
  public GroupName {
    Objects.requireNonNull(value, "value is null");
    if (!MEMBER.accepts(value)) {
      throw new IllegalArgumentException("not a valid group name: " + value);
    }
  }

  /** The group name from a request member, or why it is invalid. */
  public static Validation<Seq<ParameterViolation>, GroupName> parse(String raw) {
    return MEMBER.parse(raw, GroupName::new);
  }

  /** Binary (UTF-16) order, the order ListGroups pages in. */
  @Override
  public int compareTo(GroupName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package dev.userpool.user;

import dev.userpool.pool.CaseSensitivity;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a ListUsers filter matches, in the form a store can index: one searchable attribute, an exact
 * ({@code =}) or prefix ({@code ^=}) match, and the value already folded for the pool's case sensitivity.
 * A user's <em>search form</em> of an attribute is its value, folded where Cognito matches regardless of
 * case (username, email, preferred_username in a case-insensitive pool); statuses and subs never fold.
 * A store that indexes users keeps, per attribute, the search forms with the usernames; every store must
 * answer as {@link #accepts} over its users in username order would.
 */
public record UserSearch(Attribute attribute, boolean prefix, String value, CaseSensitivity caseSensitivity) {

  /** The attributes ListUsers' filter accepts (Cognito's API reference, ListUsers, {@code Filter}). */
  public enum Attribute {
    /** The username. */
    USERNAME("username", true),
    /** The email attribute. */
    EMAIL("email", true),
    /** The phone_number attribute. */
    PHONE_NUMBER("phone_number", false),
    /** The name attribute. */
    NAME("name", false),
    /** The given_name attribute. */
    GIVEN_NAME("given_name", false),
    /** The family_name attribute. */
    FAMILY_NAME("family_name", false),
    /** The preferred_username attribute. */
    PREFERRED_USERNAME("preferred_username", true),
    /** The user's status ({@code CONFIRMED}, ...). */
    USER_STATUS("cognito:user_status", false),
    /** Whether the user is enabled: {@code Enabled} or {@code Disabled}. */
    STATUS("status", false),
    /** The sub. */
    SUB("sub", false);

    private final String filterName;
    private final boolean folds;

    Attribute(String filterName, boolean folds) {
      this.filterName = filterName;
      this.folds = folds;
    }

    /** The name a filter uses. */
    public String filterName() {
      return filterName;
    }

    /** The attribute a filter names, if it is searchable. */
    public static Option<Attribute> named(String name) {
      for (Attribute a : values()) {
        if (a.filterName.equals(name)) {
          return Option.some(a);
        }
      }
      return Option.none();
    }

    /** The user's search form of this attribute, if the user has it. */
    public Option<String> searchForm(User user, CaseSensitivity caseSensitivity) {
      Option<String> value = switch (this) {
        case USERNAME -> Option.some(user.username().value());
        case SUB -> Option.some(user.sub().value());
        case USER_STATUS -> Option.some(user.status().name());
        case STATUS -> Option.some(user.enabled() ? "Enabled" : "Disabled");
        default -> user.attributes().get(filterName);
      };
      return folds ? value.map(caseSensitivity::fold) : value;
    }
  }

  /** The search for {@code value} as a filter writes it, folded as the attribute's search forms are. */
  public static UserSearch of(Attribute attribute, boolean prefix, String value, CaseSensitivity caseSensitivity) {
    Objects.requireNonNull(attribute, "attribute is null");
    Objects.requireNonNull(value, "value is null");
    Objects.requireNonNull(caseSensitivity, "caseSensitivity is null");
    return new UserSearch(attribute, prefix, attribute.folds ? caseSensitivity.fold(value) : value, caseSensitivity);
  }

  /** Whether {@code user} matches. */
  public boolean accepts(User user) {
    return attribute.searchForm(user, caseSensitivity).exists(this::matches);
  }

  /** Whether a search form matches: equal to the value, or starting with it. */
  public boolean matches(String searchForm) {
    return prefix ? searchForm.startsWith(value) : searchForm.equals(value);
  }

  /**
   * The least string greater than every string that starts with {@code prefix}, if there is one (none when
   * the prefix is empty or all {@code \uFFFF}): the prefix's strings are those in {@code [prefix, bound)}.
   */
  public static Option<String> upperBound(String prefix) {
    int end = prefix.length();
    while (end > 0 && prefix.charAt(end - 1) == Character.MAX_VALUE) {
      end--;
    }
    return end == 0 ? Option.none() : Option.some(prefix.substring(0, end - 1) + (char) (prefix.charAt(end - 1) + 1));
  }
}

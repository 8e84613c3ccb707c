package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.user.UserSearch;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ListUsers filter: {@code attribute = "value"} (exact) or {@code attribute ^= "value"} (prefix), on
 * the attributes Cognito allows: username, email, phone_number, name, given_name, family_name,
 * preferred_username, cognito:user_status (also status: Enabled or Disabled) and sub
 * ({@link UserSearch.Attribute}).
 */
public record UserFilter(Option<String> attribute, boolean prefix, String value) {

  private static final Pattern SYNTAX = Pattern.compile("\\s*([\\w:]+)\\s*(\\^?=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

  static Either<CognitoError, UserFilter> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Either.right(new UserFilter(Option.none(), false, ""));
    }
    Matcher m = SYNTAX.matcher(raw);
    if (!m.matches() || UserSearch.Attribute.named(m.group(1)).isEmpty()) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_FILTER));
    }
    String value = m.group(3).replaceAll("\\\\(.)", "$1");
    return Either.right(new UserFilter(Option.some(m.group(1)), m.group(2).equals("^="), value));
  }

  /** The search a store answers, none when the filter is empty (every user); names fold as {@link UserSearch} says. */
  Option<UserSearch> search(CaseSensitivity caseSensitivity) {
    return attribute.flatMap(UserSearch.Attribute::named).map(a -> UserSearch.of(a, prefix, value, caseSensitivity));
  }
}

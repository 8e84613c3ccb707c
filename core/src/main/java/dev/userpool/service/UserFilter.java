package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.pool.UserPool;
import dev.userpool.user.User;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ListUsers filter: {@code attribute = "value"} (exact) or {@code attribute ^= "value"} (prefix), on
 * the attributes Cognito allows: username, email, phone_number, name, given_name, family_name,
 * preferred_username, cognito:user_status (also status: Enabled or Disabled) and sub.
 */
public record UserFilter(Option<String> attribute, boolean prefix, String value) {

  static final Set<String> SEARCHABLE = HashSet.of("username", "email", "phone_number", "name", "given_name", "family_name",
      "preferred_username", "cognito:user_status", "status", "sub");

  private static final Set<String> FOLDING = HashSet.of("username", "email", "preferred_username");

  private static final Pattern SYNTAX = Pattern.compile("\\s*([\\w:]+)\\s*(\\^?=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

  static Either<CognitoError, UserFilter> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Either.right(new UserFilter(Option.none(), false, ""));
    }
    Matcher m = SYNTAX.matcher(raw);
    if (!m.matches() || !SEARCHABLE.contains(m.group(1))) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_FILTER));
    }
    String value = m.group(3).replaceAll("\\\\(.)", "$1");
    return Either.right(new UserFilter(Option.some(m.group(1)), m.group(2).equals("^="), value));
  }

  boolean accepts(User user, UserPool pool) {
    if (attribute.isEmpty()) {
      return true;
    }
    Option<String> actual = switch (attribute.get()) {
      case "username" -> Option.some(user.username().value());
      case "sub" -> Option.some(user.sub().value());
      case "cognito:user_status" -> Option.some(user.status().name());
      case "status" -> Option.some(user.enabled() ? "Enabled" : "Disabled");
      default -> user.attributes().get(attribute.get());
    };
    // Only the names Cognito matches regardless of case fold, on both sides; statuses and subs never do.
    boolean folds = FOLDING.contains(attribute.get());
    String expected = folds ? pool.caseSensitivity().fold(value) : value;
    return actual.map(a -> folds ? pool.caseSensitivity().fold(a) : a)
        .exists(a -> prefix ? a.startsWith(expected) : a.equals(expected));
  }
}

package dev.userpool.service;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError;
import dev.userpool.user.Username;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Predicate;

/**
 * Pagination tokens: the last name of the page (a username for ListUsers, a pool or client id for the
 * list operations on pools and clients), base64url-encoded.
 */
final class PageToken {

  private PageToken() {}

  static String encode(Username last) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(last.value().getBytes(StandardCharsets.UTF_8));
  }

  static Either<CognitoError, Option<Username>> decode(String token) {
    if (token == null) {
      return Either.right(Option.none());
    }
    try {
      String name = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      return Username.MEMBER.accepts(name)
          ? Either.right(Option.some(new Username(name)))
          : Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_PAGINATION_TOKEN));
    } catch (IllegalArgumentException e) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_PAGINATION_TOKEN));
    }
  }

  static String encode(String last) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(last.getBytes(StandardCharsets.UTF_8));
  }

  /** The last name a token carries, if it is one that {@code accepts}. */
  static Either<CognitoError, Option<String>> decode(String token, Predicate<String> accepts) {
    if (token == null) {
      return Either.right(Option.none());
    }
    try {
      String name = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      return accepts.test(name)
          ? Either.right(Option.some(name))
          : Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_PAGINATION_TOKEN));
    } catch (IllegalArgumentException e) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_PAGINATION_TOKEN));
    }
  }
}

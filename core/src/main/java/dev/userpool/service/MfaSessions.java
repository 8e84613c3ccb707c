package dev.userpool.service;

import dev.userpool.password.Randomness;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Session;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The sessions of MFA challenges. AssociateSoftwareToken and VerifySoftwareToken may come with only a session (during
 * MFA_SETUP), so the session names its pool and user, as Cognito's opaque sessions do, beside random bytes; whether it
 * is the user's open challenge is the user's to say (its session is kept on the user and compared in constant time).
 */
final class MfaSessions {

  private static final String PREFIX = "AYAB";
  private static final String SEPARATOR = "|";

  private MfaSessions() {}

  /** A new session for an MFA challenge of {@code user} in {@code pool}. */
  static Session issue(UserPool pool, User user, Randomness randomness) {
    String inner = String.join(SEPARATOR, "mfa", pool.id().value(), user.sub().value(), encode(randomness.bytes(32)));
    return Session.parse(PREFIX + encode(inner.getBytes(StandardCharsets.UTF_8))).get();
  }

  /** The pool and sub a session names, or none when it is not an MFA session of this library. */
  static Option<Tuple2<UserPoolId, Sub>> owner(Session session) {
    String text = session.reveal();
    if (!text.startsWith(PREFIX) || !text.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+") || text.length() % 4 == 1) {
      return Option.none();
    }
    String[] parts = new String(Base64.getUrlDecoder().decode(text.substring(PREFIX.length())), StandardCharsets.UTF_8)
        .split("\\|", -1);
    if (parts.length != 4 || !parts[0].equals("mfa") || !Sub.isSub(parts[2]) || UserPoolId.parse(parts[1]).isInvalid()) {
      return Option.none();
    }
    return Option.some(Tuple.of(new UserPoolId(parts[1]), new Sub(parts[2])));
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

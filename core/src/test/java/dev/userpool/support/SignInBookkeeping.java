package dev.userpool.support;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.User;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;

/**
 * The one thing a refused operation may change: the lockout's bookkeeping after a refused sign-in (the failed
 * attempts counted, the SRP exchange used up, the version). Invariants that say "a failure changes nothing"
 * compare users with it stripped.
 */
public final class SignInBookkeeping {

  private SignInBookkeeping() {}

  /** Whether {@code error} is a refusal the lockout records: a wrong password, or an attempt during a lockout. */
  public static boolean recorded(CognitoError error) {
    return error instanceof NotAuthorized n && (n.reason() == NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD
        || n.reason() == NotAuthorized.Reason.PASSWORD_ATTEMPTS_EXCEEDED);
  }

  /** The user without the bookkeeping (and at version 1). */
  public static User stripped(User u) {
    return User.builder().username(u.username()).sub(u.sub()).status(u.status()).enabled(u.enabled())
        .attributes(u.attributes()).password(u.password()).passwordHistory(u.passwordHistory())
        .pendingCode(u.pendingCode()).challenge(u.challenge()).failedSignIns(Option.none()).srpExchange(Option.none())
        .creationDate(u.creationDate()).lastModifiedDate(u.lastModifiedDate()).version(1).build();
  }

  /** A store snapshot with every user stripped. */
  public static Map<UserPoolId, Map<String, User>> stripped(Map<UserPoolId, Map<String, User>> snapshot) {
    Map<UserPoolId, Map<String, User>> copy = new HashMap<>();
    snapshot.forEach((pool, users) -> {
      Map<String, User> inner = new HashMap<>();
      users.forEach((name, user) -> inner.put(name, stripped(user)));
      copy.put(pool, inner);
    });
    return copy;
  }
}

package dev.userpool.user;

import static dev.userpool.user.UserStatus.ARCHIVED;
import static dev.userpool.user.UserStatus.COMPROMISED;
import static dev.userpool.user.UserStatus.CONFIRMED;
import static dev.userpool.user.UserStatus.EXTERNAL_PROVIDER;
import static dev.userpool.user.UserStatus.FORCE_CHANGE_PASSWORD;
import static dev.userpool.user.UserStatus.RESET_REQUIRED;
import static dev.userpool.user.UserStatus.UNCONFIRMED;
import static dev.userpool.user.UserStatus.UNKNOWN;

import dev.userpool.error.CognitoError;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;

/**
 * The user state machine as data: for every {@link Action} and every {@link UserStatus}, the
 * {@link Rule}. The decisions read it, and {@code docs/generated/state-machine.md} prints it, so the
 * two cannot disagree. Creation is separate: SignUp makes an UNCONFIRMED user, AdminCreateUser a
 * FORCE_CHANGE_PASSWORD one.
 *
 * <p>Disabled users follow the same table; whether an action checks the Enabled flag first is part of
 * the action's check order, documented on each decision of {@link User}.
 */
public final class Lifecycle {

  private static final Rule KEEPS = new Rule.Keeps();
  private static final Map<Tuple2<Action, UserStatus>, Rule> TABLE = build();

  private Lifecycle() {}

  /** The status a user created by SignUp has. */
  public static UserStatus afterSignUp() {
    return UNCONFIRMED;
  }

  /** The status a user created by AdminCreateUser has. */
  public static UserStatus afterAdminCreateUser() {
    return FORCE_CHANGE_PASSWORD;
  }

  /** The rule for {@code action} on a user in {@code from}. */
  public static Rule rule(Action action, UserStatus from) {
    return TABLE.get(Tuple.of(action, from)).getOrElseThrow(() -> new IllegalStateException("no rule for " + action + " from " + from));
  }

  /** The status {@code user} has after {@code action}, or the table's refusal. */
  public static Either<CognitoError, UserStatus> next(Action action, User user) {
    return rule(action, user.status()).fold(
        moves -> Either.right(moves.to()),
        () -> Either.right(user.status()),
        () -> Either.right(user.status()),
        () -> Either.right(user.status()),
        refuses -> Either.left(refuses.refusal().error(user)));
  }

  private static Map<Tuple2<Action, UserStatus>, Rule> build() {
    Map<Tuple2<Action, UserStatus>, Rule> t = HashMap.empty();
    for (UserStatus s : UserStatus.values()) {
      t = t.put(Tuple.of(Action.ADMIN_SET_USER_PASSWORD_PERMANENT, s), movesTo(CONFIRMED))
          .put(Tuple.of(Action.ADMIN_SET_USER_PASSWORD_TEMPORARY, s), movesTo(FORCE_CHANGE_PASSWORD))
          .put(Tuple.of(Action.ADMIN_DISABLE_USER, s), KEEPS)
          .put(Tuple.of(Action.ADMIN_ENABLE_USER, s), KEEPS)
          .put(Tuple.of(Action.CONFIRM_SIGN_UP, s), s == UNCONFIRMED ? movesTo(CONFIRMED) : refuses(Refusal.CANNOT_CONFIRM))
          .put(Tuple.of(Action.ANSWER_NEW_PASSWORD_CHALLENGE, s),
              s == FORCE_CHANGE_PASSWORD ? movesTo(CONFIRMED) : refuses(Refusal.SESSION_INVALID))
          .put(Tuple.of(Action.ADMIN_CREATE_USER_RESEND, s),
              s == FORCE_CHANGE_PASSWORD ? movesTo(FORCE_CHANGE_PASSWORD) : refuses(Refusal.RESEND_NOT_POSSIBLE));
    }
    // Sign-in refusals are checked before the password: a wrong password still gets them (the research
    // note behind SEMANTICS §5 found UNCONFIRMED reported regardless of the password).
    t = t.put(Tuple.of(Action.SIGN_IN, UNCONFIRMED), refuses(Refusal.USER_NOT_CONFIRMED))
        .put(Tuple.of(Action.SIGN_IN, CONFIRMED), new Rule.Authenticates())
        .put(Tuple.of(Action.SIGN_IN, ARCHIVED), refuses(Refusal.NOT_AUTHORIZED_TO_GET_AUTH_DETAILS))
        .put(Tuple.of(Action.SIGN_IN, COMPROMISED), refuses(Refusal.PASSWORD_RESET_REQUIRED))
        .put(Tuple.of(Action.SIGN_IN, UNKNOWN), refuses(Refusal.NOT_AUTHORIZED_TO_GET_AUTH_DETAILS))
        .put(Tuple.of(Action.SIGN_IN, RESET_REQUIRED), refuses(Refusal.PASSWORD_RESET_REQUIRED))
        .put(Tuple.of(Action.SIGN_IN, FORCE_CHANGE_PASSWORD), new Rule.ChallengesNewPassword())
        .put(Tuple.of(Action.SIGN_IN, EXTERNAL_PROVIDER), refuses(Refusal.NOT_AUTHORIZED_TO_GET_AUTH_DETAILS));
    t = t.put(Tuple.of(Action.CHANGE_PASSWORD, UNCONFIRMED), refuses(Refusal.USER_NOT_CONFIRMED))
        .put(Tuple.of(Action.CHANGE_PASSWORD, CONFIRMED), movesTo(CONFIRMED))
        .put(Tuple.of(Action.CHANGE_PASSWORD, ARCHIVED), refuses(Refusal.NOT_AUTHORIZED_TO_GET_AUTH_DETAILS))
        .put(Tuple.of(Action.CHANGE_PASSWORD, COMPROMISED), refuses(Refusal.PASSWORD_RESET_REQUIRED))
        .put(Tuple.of(Action.CHANGE_PASSWORD, UNKNOWN), refuses(Refusal.NOT_AUTHORIZED_TO_GET_AUTH_DETAILS))
        .put(Tuple.of(Action.CHANGE_PASSWORD, RESET_REQUIRED), refuses(Refusal.PASSWORD_RESET_REQUIRED))
        .put(Tuple.of(Action.CHANGE_PASSWORD, FORCE_CHANGE_PASSWORD), movesTo(CONFIRMED))
        .put(Tuple.of(Action.CHANGE_PASSWORD, EXTERNAL_PROVIDER), refuses(Refusal.NOT_AUTHORIZED_TO_GET_AUTH_DETAILS));
    for (UserStatus s : List.of(UNCONFIRMED, CONFIRMED, ARCHIVED, COMPROMISED, UNKNOWN, RESET_REQUIRED)) {
      t = t.put(Tuple.of(Action.ADMIN_RESET_USER_PASSWORD, s), movesTo(RESET_REQUIRED))
          .put(Tuple.of(Action.FORGOT_PASSWORD, s), KEEPS)
          .put(Tuple.of(Action.CONFIRM_FORGOT_PASSWORD, s), s == UNCONFIRMED ? refuses(Refusal.USER_NOT_CONFIRMED) : movesTo(CONFIRMED));
    }
    for (UserStatus s : List.of(FORCE_CHANGE_PASSWORD, EXTERNAL_PROVIDER)) {
      t = t.put(Tuple.of(Action.ADMIN_RESET_USER_PASSWORD, s), refuses(Refusal.PASSWORD_CANNOT_BE_RESET))
          .put(Tuple.of(Action.FORGOT_PASSWORD, s), refuses(Refusal.PASSWORD_CANNOT_BE_RESET))
          .put(Tuple.of(Action.CONFIRM_FORGOT_PASSWORD, s), refuses(Refusal.PASSWORD_CANNOT_BE_RESET));
    }
    return t;
  }

  private static Rule movesTo(UserStatus to) {
    return new Rule.MovesTo(to);
  }

  private static Rule refuses(Refusal refusal) {
    return new Rule.Refuses(refusal);
  }
}

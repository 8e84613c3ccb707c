package dev.userpool.user;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/** One cell of the transition table: what an action does to a user in a given status. */
public sealed interface Rule permits Rule.MovesTo, Rule.Keeps, Rule.Authenticates, Rule.ChallengesNewPassword, Rule.Refuses {

  /** One function per kind of rule, so callers need no instanceof chain (the one chain is here). */
  default <R> R fold(Function<MovesTo, R> onMovesTo, Supplier<R> onKeeps, Supplier<R> onAuthenticates,
      Supplier<R> onChallengesNewPassword, Function<Refuses, R> onRefuses) {
    if (this instanceof MovesTo m) {
      return onMovesTo.apply(m);
    }
    if (this instanceof Refuses r) {
      return onRefuses.apply(r);
    }
    if (this instanceof ChallengesNewPassword) {
      return onChallengesNewPassword.get();
    }
    return this instanceof Authenticates ? onAuthenticates.get() : onKeeps.get();
  }

  /** The refusal, if this rule refuses. */
  default Option<Refusal> refused() {
    return fold(m -> Option.none(), Option::none, Option::none, Option::none, r -> Option.some(r.refusal()));
  }

  /** Whether this rule answers with the NEW_PASSWORD_REQUIRED challenge. */
  default boolean challengesNewPassword() {
    return fold(m -> false, () -> false, () -> false, () -> true, r -> false);
  }

  /** The action succeeds and the user's status becomes {@code to}. */
  record MovesTo(UserStatus to) implements Rule {
    public MovesTo {
      Objects.requireNonNull(to, "to is null");
    }
  }

  /** The action succeeds and the status stays. */
  record Keeps() implements Rule {}

  /** Sign-in with the right password returns tokens. */
  record Authenticates() implements Rule {}

  /** Sign-in with the right, unexpired temporary password returns the NEW_PASSWORD_REQUIRED challenge and no tokens. */
  record ChallengesNewPassword() implements Rule {}

  /** The action is refused in this status, whatever else the request says. */
  record Refuses(Refusal refusal) implements Rule {
    public Refuses {
      Objects.requireNonNull(refusal, "refusal is null");
    }
  }
}

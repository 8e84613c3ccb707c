package dev.userpool.user;

import java.util.Objects;

/** One cell of the transition table: what an action does to a user in a given status. */
public sealed interface Rule permits Rule.MovesTo, Rule.Keeps, Rule.Authenticates, Rule.ChallengesNewPassword, Rule.Refuses {

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

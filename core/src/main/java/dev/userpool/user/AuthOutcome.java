package dev.userpool.user;

import java.util.Objects;

/** What a successful password step yields: tokens, or the NEW_PASSWORD_REQUIRED challenge and no tokens. */
public sealed interface AuthOutcome permits AuthOutcome.Authenticated, AuthOutcome.NewPasswordRequired {

  /** The user is signed in; an adapter issues tokens. */
  record Authenticated() implements AuthOutcome {}

  /** The user must choose a password; the session answers the challenge once. */
  record NewPasswordRequired(Session session) implements AuthOutcome {
    public NewPasswordRequired {
      Objects.requireNonNull(session, "session is null");
    }
  }
}

package dev.userpool.user;

import java.util.Objects;
import java.util.function.Function;

/** What a successful password step yields: tokens, or the NEW_PASSWORD_REQUIRED challenge and no tokens. */
public sealed interface AuthOutcome permits AuthOutcome.Authenticated, AuthOutcome.NewPasswordRequired {

  /** One function per outcome, so callers need no instanceof chain. */
  <R> R fold(Function<Authenticated, R> onAuthenticated, Function<NewPasswordRequired, R> onNewPasswordRequired);

  /** The user is signed in; an adapter issues tokens. */
  record Authenticated() implements AuthOutcome {
    @Override
    public <R> R fold(Function<Authenticated, R> onAuthenticated, Function<NewPasswordRequired, R> onNewPasswordRequired) {
      return onAuthenticated.apply(this);
    }
  }

  /** The user must choose a password; the session answers the challenge once. */
  record NewPasswordRequired(Session session) implements AuthOutcome {
    public NewPasswordRequired {
      Objects.requireNonNull(session, "session is null");
    }

    @Override
    public <R> R fold(Function<Authenticated, R> onAuthenticated, Function<NewPasswordRequired, R> onNewPasswordRequired) {
      return onNewPasswordRequired.apply(this);
    }
  }
}

package dev.userpool.service;

import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.Session;
import dev.userpool.user.User;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/** What the service returns on success; adapters shape it into Cognito's responses. */
public final class Results {

  private Results() {}

  /** DescribeUserPool: the pool and its number of users. */
  public record PoolDescription(UserPool pool, long estimatedNumberOfUsers) {}

  /** SignUp: the new user (never confirmed yet) and where the code went, if anywhere. */
  public record SignedUp(User user, Option<CodeDelivery> codeDelivery) {}

  /** ForgotPassword: where the code went; simulated when the client hides unknown users. */
  public record CodeSent(CodeDelivery codeDelivery) {}

  /** ListUsers: a page of users and the token of the next page. */
  public record UserPage(Seq<User> users, Option<String> paginationToken) {}

  /** The outcome of a sign-in or a challenge answer. */
  public sealed interface SignIn permits Authenticated, NewPasswordRequired {
    /** The pool. */
    UserPool pool();

    /** The user, as saved. */
    User user();

    /** One function per outcome, so callers need no instanceof chain. */
    default <R> R fold(Function<Authenticated, R> onAuthenticated, Function<NewPasswordRequired, R> onNewPasswordRequired) {
      return this instanceof Authenticated a ? onAuthenticated.apply(a) : onNewPasswordRequired.apply((NewPasswordRequired) this);
    }
  }

  /** Signed in: the adapter issues tokens for this user and client. */
  public record Authenticated(UserPool pool, AppClient client, User user) implements SignIn {
    public Authenticated {
      Objects.requireNonNull(pool, "pool is null");
      Objects.requireNonNull(client, "client is null");
      Objects.requireNonNull(user, "user is null");
    }
  }

  /** NEW_PASSWORD_REQUIRED: no tokens, a session that answers once. */
  public record NewPasswordRequired(UserPool pool, User user, Session session) implements SignIn {
    public NewPasswordRequired {
      Objects.requireNonNull(pool, "pool is null");
      Objects.requireNonNull(user, "user is null");
      Objects.requireNonNull(session, "session is null");
    }
  }
}

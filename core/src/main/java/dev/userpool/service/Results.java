package dev.userpool.service;

import dev.userpool.mfa.MfaStep;
import dev.userpool.mfa.TotpSecret;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.user.Attributes;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.Session;
import dev.userpool.user.SrpInitiation;
import dev.userpool.user.User;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What the service returns on success; adapters shape it into Cognito's responses. */
public final class Results {

  private Results() {}

  /** DescribeUserPool: the pool and its number of users. */
  public record PoolDescription(UserPool pool, long estimatedNumberOfUsers) {}

  /** GetUser: the user, and the attributes the app client reads. */
  public record Profile(User user, Attributes attributes) {}

  /** SignUp: the new user (never confirmed yet) and where the code went, if anywhere. */
  public record SignedUp(User user, Option<CodeDelivery> codeDelivery) {}

  /** ForgotPassword: where the code went; simulated when the client hides unknown users. */
  public record CodeSent(CodeDelivery codeDelivery) {}

  /** ListUsers: a page of users and the token of the next page. */
  public record UserPage(Seq<User> users, Option<String> paginationToken) {}

  /** ListUserPools: a page of pools, by id, and the token of the next page. */
  public record PoolPage(Seq<UserPool> userPools, Option<String> nextToken) {}

  /** ListUserPoolClients: a page of app clients, by id, and the token of the next page. */
  public record ClientPage(Seq<AppClient> userPoolClients, Option<String> nextToken) {}

  /** AdminUpdateUserAttributes and UpdateUserAttributes: the user as saved and where a verification code went. */
  public record AttributesUpdated(User user, Option<CodeDelivery> codeDelivery) {}

  /** The outcome of a sign-in or a challenge answer. */
  public sealed interface SignIn permits Authenticated, NewPasswordRequired, PasswordVerifier, MfaRequired, Challenged {
    /** The pool. */
    UserPool pool();

    /** The user, as saved. */
    User user();

    /** One function per outcome, so callers need no instanceof chain. */
    default <R> R fold(Function<Authenticated, R> onAuthenticated, Function<NewPasswordRequired, R> onNewPasswordRequired,
        Function<PasswordVerifier, R> onPasswordVerifier, Function<MfaRequired, R> onMfaRequired, Function<Challenged, R> onChallenged) {
      if (this instanceof Challenged c) {
        return onChallenged.apply(c);
      }
      if (this instanceof MfaRequired m) {
        return onMfaRequired.apply(m);
      }
      if (this instanceof PasswordVerifier v) {
        return onPasswordVerifier.apply(v);
      }
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

  /**
   * PASSWORD_VERIFIER, USER_SRP_AUTH's first answer: no tokens; the challenge parameters {@code SALT},
   * {@code SRP_B}, {@code SECRET_BLOCK}, {@code USER_ID_FOR_SRP} and {@code USERNAME}, and a session.
   */
  public record PasswordVerifier(UserPool pool, User user, SrpInitiation initiation) implements SignIn {
    public PasswordVerifier {
      Objects.requireNonNull(pool, "pool is null");
      Objects.requireNonNull(user, "user is null");
      Objects.requireNonNull(initiation, "initiation is null");
    }

    /** The challenge parameters, in the order Cognito lists them. */
    public Map<String, String> challengeParameters() {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("SALT", initiation.verifier().saltHex());
      parameters.put("SECRET_BLOCK", initiation.challenge().secretBlock());
      parameters.put("SRP_B", initiation.challenge().srpB());
      parameters.put("USERNAME", initiation.userIdForSrp());
      parameters.put("USER_ID_FOR_SRP", initiation.userIdForSrp());
      return Collections.unmodifiableMap(parameters);
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

  /**
   * An MFA challenge after the first factor (SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP, SELECT_MFA_TYPE, MFA_SETUP) or a
   * USER_AUTH challenge (SELECT_CHALLENGE with its AvailableChallenges, EMAIL_OTP, SMS_OTP): no tokens; the challenge
   * parameters and a session that answers once.
   */
  public record MfaRequired(UserPool pool, User user, MfaStep step, Session session, Map<String, String> challengeParameters,
      Seq<String> availableChallenges) implements SignIn {
    public MfaRequired {
      Objects.requireNonNull(pool, "pool is null");
      Objects.requireNonNull(user, "user is null");
      Objects.requireNonNull(step, "step is null");
      Objects.requireNonNull(session, "session is null");
      Objects.requireNonNull(availableChallenges, "availableChallenges is null");
      challengeParameters = Collections.unmodifiableMap(new LinkedHashMap<>(challengeParameters));
    }

    /** A challenge without AvailableChallenges (every one but SELECT_CHALLENGE). */
    public MfaRequired(UserPool pool, User user, MfaStep step, Session session, Map<String, String> challengeParameters) {
      this(pool, user, step, session, challengeParameters, List.empty());
    }

    /** This challenge with {@code AvailableChallenges} (SELECT_CHALLENGE). */
    public MfaRequired withAvailableChallenges(Seq<String> available) {
      return new MfaRequired(pool, user, step, session, challengeParameters, available);
    }
  }

  /**
   * A named challenge with its parameters and a session that answers once: CUSTOM_AUTH's {@code CUSTOM_CHALLENGE}, whose
   * parameters are CreateAuthChallenge's public ones; no user for the decoy round of a name no user has.
   */
  public record Challenged(UserPool pool, Option<User> known, String challengeName, Session session,
      Map<String, String> challengeParameters)
      implements
        SignIn {
    public Challenged {
      Objects.requireNonNull(pool, "pool is null");
      Objects.requireNonNull(known, "known is null");
      Objects.requireNonNull(challengeName, "challengeName is null");
      Objects.requireNonNull(session, "session is null");
      challengeParameters = Collections.unmodifiableMap(new LinkedHashMap<>(challengeParameters));
    }

    /**
     * The user challenged.
     *
     * @throws java.util.NoSuchElementException for the decoy round of a name no user has (a caller's bug: check {@link #known})
     */
    @Override
    public User user() {
      return known.get();
    }
  }

  /** AssociateSoftwareToken: the secret for the authenticator app, and the next session when the call came with one. */
  public record SoftwareTokenAssociated(TotpSecret secretCode, Option<Session> session) {}

  /** VerifySoftwareToken: Status SUCCESS, and the next session when the call came with one. */
  public record SoftwareTokenVerified(Option<Session> session) {}
}

package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.UserAuthRefused;
import dev.userpool.error.WebAuthnRefused;
import dev.userpool.password.Randomness;
import dev.userpool.pool.UserPool;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.trigger.Json;
import dev.userpool.user.Session;
import dev.userpool.user.User;
import dev.userpool.webauthn.Assertion;
import dev.userpool.webauthn.CeremonyOptions;
import dev.userpool.webauthn.RelyingParty;
import dev.userpool.webauthn.WebAuthnChallenge;
import dev.userpool.webauthn.WebAuthnCredential;
import dev.userpool.webauthn.WebAuthnVerifier;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The WEB_AUTHN first factor of USER_AUTH over the passkey store: whether a user has a passkey (so WEB_AUTHN is among
 * their AvailableChallenges), the CREDENTIAL_REQUEST_OPTIONS of a new sign-in ceremony opened under the challenge's
 * session, and the check of the CREDENTIAL that answers it ({@link Assertion#check}; the counter moves from the value
 * read, the ceremony closes). Without a store ({@link #NONE}) no user has a passkey.
 */
final class PasskeySignIn {

  /** No passkeys: WEB_AUTHN is never available. */
  static final PasskeySignIn NONE = new PasskeySignIn(Option.none(), Option.none());

  private final Option<WebAuthnCredentials> credentials;
  private final Option<WebAuthnVerifier> verifier;

  private PasskeySignIn(Option<WebAuthnCredentials> credentials, Option<WebAuthnVerifier> verifier) {
    this.credentials = credentials;
    this.verifier = verifier;
  }

  /** Sign-in with the passkeys of {@code credentials}, verified by {@code verifier}. */
  static PasskeySignIn over(WebAuthnCredentials credentials, WebAuthnVerifier verifier) {
    return new PasskeySignIn(Option.some(credentials), Option.some(verifier));
  }

  /** Whether {@code user} can sign in with a passkey: the pool has a relying party and the user a passkey. */
  boolean registered(UserPool pool, User user) {
    return credentials.isDefined() && RelyingParty.of(pool).isRight()
        && !credentials.get().list(pool.id(), user.sub().value()).isEmpty();
  }

  /** CREDENTIAL_REQUEST_OPTIONS (JSON text) with a new challenge, open under {@code session} until {@code expires}. */
  Either<CognitoError, String> begin(UserPool pool, String clientId, User user, Session session, Instant expires,
      Randomness randomness) {
    if (credentials.isEmpty()) {
      return Either.left(new UserAuthRefused(UserAuthRefused.Reason.NOT_AVAILABLE));
    }
    return RelyingParty.of(pool).map(rp -> {
      String sub = user.sub().value();
      String challenge = CeremonyOptions.challenge(randomness.bytes(32));
      credentials.get().open(pool.id(), new WebAuthnChallenge(WebAuthnChallenge.Purpose.SIGN_IN, sub, challenge, clientId, expires,
          Option.some(session.reveal())));
      return CeremonyOptions.request(rp, challenge, credentials.get().list(pool.id(), sub)).render();
    });
  }

  /**
   * The check of CREDENTIAL (an AuthenticationResponseJSON as text) against the ceremony {@code session} opened: the
   * ceremony (none, or another session's: {@code Invalid session for the user.}; past its time: {@code ... expired.});
   * CREDENTIAL present and JSON; {@link Assertion#check}; the counter moves from the value read (of two sign-ins with one
   * signature, one wins); the ceremony closes ({@code ... session can only be used once.}).
   */
  Either<CognitoError, User> answer(UserPool pool, User user, Session session, String credential, Instant now) {
    if (credentials.isEmpty()) {
      return Either.left(new UserAuthRefused(UserAuthRefused.Reason.NOT_AVAILABLE));
    }
    WebAuthnCredentials store = credentials.get();
    String sub = user.sub().value();
    Option<WebAuthnChallenge> open = store.challenge(pool.id(), sub, WebAuthnChallenge.Purpose.SIGN_IN)
        .filter(c -> c.session().exists(s -> Session.parse(s).map(session::matches).getOrElse(false)));
    if (open.isEmpty()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
    }
    if (!open.get().openAt(now)) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_EXPIRED));
    }
    if (credential == null) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, "CREDENTIAL"));
    }
    Option<Json> parsed = Json.parse(credential).toOption();
    if (parsed.isEmpty()) {
      return Either.left(new WebAuthnRefused(WebAuthnRefused.Reason.ASSERTION_MALFORMED));
    }
    return RelyingParty.of(pool).flatMap(rp -> {
      Seq<WebAuthnCredential> owned = store.list(pool.id(), sub);
      return Assertion.check(rp, open.get().challenge(), parsed.get(), owned, verifier.get()).<CognitoError>mapLeft(e -> e)
          .flatMap(updated -> {
            WebAuthnCredential before = owned.find(c -> c.credentialId().equals(updated.credentialId())).get();
            if (!store.advance(pool.id(), before, updated.signCount())) {
              return Either.left(new WebAuthnRefused(WebAuthnRefused.Reason.ASSERTION_COUNTER));
            }
            return store.close(pool.id(), open.get())
                ? Either.right(user)
                : Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_USED));
          });
    });
  }
}

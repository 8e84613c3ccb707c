package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.Operation;
import dev.userpool.error.WebAuthnRefused;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Randomness;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.port.RateLimits;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.trigger.Json;
import dev.userpool.user.User;
import dev.userpool.webauthn.CeremonyOptions;
import dev.userpool.webauthn.Registration;
import dev.userpool.webauthn.RelyingParty;
import dev.userpool.webauthn.WebAuthnChallenge;
import dev.userpool.webauthn.WebAuthnCredential;
import dev.userpool.webauthn.WebAuthnVerifier;
import io.vavr.Tuple3;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.util.Objects;

/**
 * Passkeys' operations: StartWebAuthnRegistration, CompleteWebAuthnRegistration, ListWebAuthnCredentials and
 * DeleteWebAuthnCredential, each by access token (the WEB_AUTHN sign-in is USER_AUTH's, over the same store:
 * {@code PasskeySignIn}). The rules are {@code dev.userpool.webauthn}'s; this service checks the
 * members' shapes, finds the token's pool, user and client, and reads and writes the {@link WebAuthnCredentials} port.
 */
public final class WebAuthnService {

  /** ListWebAuthnCredentials' MaxResults: 0 to 20 (the model's WebAuthnCredentialsQueryLimitType); absent is 20. */
  public static final int MAX_RESULTS = 20;

  private static final StringMember CREDENTIAL_ID = StringMember.plain("credentialId").length(1, 1023);

  private final TokenService tokens;
  private final WebAuthnCredentials credentials;
  private final WebAuthnVerifier verifier;
  private final Randomness randomness;
  private final Clock clock;
  private final Guard guard;

  /**
   * The operations over {@code tokens}' pools and users.
   *
   * @throws NullPointerException if an argument is null
   */
  public WebAuthnService(TokenService tokens, WebAuthnCredentials credentials, WebAuthnVerifier verifier, Randomness randomness,
      Clock clock, RateLimits rateLimits) {
    this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    this.credentials = Objects.requireNonNull(credentials, "credentials is null");
    this.verifier = Objects.requireNonNull(verifier, "verifier is null");
    this.randomness = Objects.requireNonNull(randomness, "randomness is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  /** The credential store this service reads and writes. */
  public WebAuthnCredentials credentials() {
    return credentials;
  }

  // -- registration

  /**
   * StartWebAuthnRegistration: the CredentialCreationOptions ({@link CeremonyOptions#creation}) for the access token's
   * user, with a new challenge that replaces the user's open one. Checks, in order: AccessToken's shape; the token; the
   * pool's relying party ({@link RelyingParty#of}); the user's passkeys below {@link Registration#MAX_CREDENTIALS}.
   */
  public Either<CognitoError, Json.Obj> startRegistration(String accessToken) {
    return guard.run(Operation.START_WEB_AUTHN_REGISTRATION, () -> owner(accessToken).flatMap(owner -> RelyingParty.of(owner._1)
        .flatMap(rp -> {
          UserPool pool = owner._1;
          String sub = owner._2.sub().value();
          Seq<WebAuthnCredential> owned = credentials.list(pool.id(), sub);
          if (owned.size() >= Registration.MAX_CREDENTIALS) {
            return Either.left(new WebAuthnRefused(WebAuthnRefused.Reason.LIMIT_REACHED));
          }
          String challenge = CeremonyOptions.challenge(randomness.bytes(32));
          credentials.open(pool.id(), new WebAuthnChallenge(WebAuthnChallenge.Purpose.REGISTRATION, sub, challenge,
              owner._3.value(), clock.instant().plus(WebAuthnChallenge.LIFETIME), Option.none()));
          return Either.right(CeremonyOptions.creation(rp, pool.name(), sub, owner._2.username().value(), challenge, owned));
        })));
  }

  /**
   * CompleteWebAuthnRegistration: verifies the RegistrationResponseJSON ({@link Registration#check}) against the user's
   * open registration and stores the passkey; the registration closes. Checks first: AccessToken's shape, Credential
   * present, the token, the relying party (a pool whose configuration went missing since: {@code WebAuthnNotEnabled}).
   */
  public Either<CognitoError, WebAuthnCredential> completeRegistration(String accessToken, Json credential) {
    return guard.run(Operation.COMPLETE_WEB_AUTHN_REGISTRATION, () -> owner(accessToken).flatMap(owner -> {
      if (credential == null) {
        return Either.left(new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, "Credential"));
      }
      UserPool pool = owner._1;
      String sub = owner._2.sub().value();
      return RelyingParty.of(pool).mapLeft(WebAuthnService::notEnabled).flatMap(rp -> {
        Option<WebAuthnChallenge> open = credentials.challenge(pool.id(), sub, WebAuthnChallenge.Purpose.REGISTRATION);
        return Registration.check(rp, open, owner._3.value(), credential, credentials.list(pool.id(), sub),
            id -> credentials.find(pool.id(), id).isDefined(), verifier, clock.instant()).<CognitoError>mapLeft(e -> e)
            .flatMap(made -> {
              if (!credentials.close(pool.id(), open.get())) {
                return Either.left(new WebAuthnRefused(WebAuthnRefused.Reason.CHALLENGE_NOT_FOUND));
              }
              return credentials.add(pool.id(), made)
                  ? Either.right(made)
                  : Either.left(new WebAuthnRefused(WebAuthnRefused.Reason.ALREADY_REGISTERED));
            });
      });
    }));
  }

  private static CognitoError notEnabled(CognitoError e) {
    return e instanceof WebAuthnRefused r && r.reason() == WebAuthnRefused.Reason.CONFIGURATION_MISSING
        ? new WebAuthnRefused(WebAuthnRefused.Reason.NOT_ENABLED)
        : e;
  }

  // -- the list

  /** A page of ListWebAuthnCredentials. */
  public record Page(Seq<WebAuthnCredential> credentials, Option<String> nextToken) {}

  /**
   * ListWebAuthnCredentials: the access token's user's passkeys, oldest first, MaxResults (0..20, absent: 20) at a time;
   * NextToken names the last one given (its CreatedAt and id), so a page after a deletion goes on where it was.
   */
  public Either<CognitoError, Page> list(String accessToken, Integer maxResults, String nextToken) {
    return guard.run(Operation.LIST_WEB_AUTHN_CREDENTIALS, () -> valid(Members.flat(Validation.combine(
        Members.string(Members.ACCESS_TOKEN, accessToken), Members.range("maxResults", maxResults, 0, MAX_RESULTS),
        Members.optionalString(Members.NEXT_TOKEN, nextToken)).ap((t, n, next) -> n.getOrElse(MAX_RESULTS))))
        .flatMap(limit -> PageToken.decode(nextToken, WebAuthnService::isCursor).flatMap(after -> owner(accessToken)
            .map(owner -> page(credentials.list(owner._1.id(), owner._2.sub().value()), limit, after)))));
  }

  private static Page page(Seq<WebAuthnCredential> all, int limit, Option<String> after) {
    Seq<WebAuthnCredential> rest = after.isEmpty() ? all : all.dropWhile(c -> cursor(c).compareTo(after.get()) <= 0);
    Seq<WebAuthnCredential> page = rest.take(limit);
    boolean more = rest.size() > page.size() && !page.isEmpty();
    return new Page(page, more ? Option.some(PageToken.encode(cursor(page.last()))) : Option.none());
  }

  /** A credential's place in the order: CreatedAt (epoch milliseconds, fixed width) and id. */
  private static String cursor(WebAuthnCredential c) {
    return String.format("%020d|%s", c.createdAt().toEpochMilli(), c.credentialId());
  }

  private static boolean isCursor(String text) {
    return text.matches("[0-9]{20}\\|[A-Za-z0-9_-]+");
  }

  /** DeleteWebAuthnCredential: removes the access token's user's passkey with this CredentialId. */
  public Either<CognitoError, WebAuthnCredential> delete(String accessToken, String credentialId) {
    return guard.run(Operation.DELETE_WEB_AUTHN_CREDENTIAL, () -> valid(Members.flat(Validation.combine(
        Members.string(Members.ACCESS_TOKEN, accessToken), Members.string(CREDENTIAL_ID, credentialId)).ap((t, id) -> id)))
        .flatMap(id -> owner(accessToken).flatMap(owner -> {
          String sub = owner._2.sub().value();
          Option<WebAuthnCredential> found = credentials.list(owner._1.id(), sub).find(c -> c.credentialId().equals(id));
          return found.isDefined() && credentials.delete(owner._1.id(), sub, id)
              ? Either.right(found.get())
              : Either.left(new WebAuthnRefused(WebAuthnRefused.Reason.CREDENTIAL_NOT_FOUND));
        })));
  }

  // --

  private Either<CognitoError, Tuple3<UserPool, User, ClientId>> owner(String accessToken) {
    return valid(Members.string(Members.ACCESS_TOKEN, accessToken)).flatMap(tokens::authorizeClient);
  }

  private static <T> Either<CognitoError, T> valid(Validation<? extends Seq<ParameterViolation>, T> v) {
    return v.toEither().mapLeft(violations -> new CognitoError.RequestInvalid(List.ofAll(violations)));
  }

  @Override
  public String toString() {
    return "WebAuthnService";
  }
}

package dev.userpool.testkit.inprocess;

import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.AuthorizationCodes;
import dev.userpool.port.ConfirmationCodes;
import dev.userpool.port.Groups;
import dev.userpool.port.HostedSessions;
import dev.userpool.port.TokenFamilies;
import dev.userpool.port.UserPools;
import dev.userpool.testkit.token.KeyProtection;
import dev.userpool.testkit.token.RsaTokenSigner;
import dev.userpool.token.Issuer;
import dev.userpool.trigger.Triggers;
import dev.userpool.user.ConfirmationCode;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import dev.userpool.port.WebAuthnCredentials;

/**
 * Holds {@link InProcessCognito}'s builder: its stores, clock, randomness, hasher, signer and triggers, each defaulted. {@link
 * InProcessCognito} implements this holder and inherits the builder as a member type, so it is still named {@code
 * InProcessCognito.Builder}; nothing else may implement it.
 */
public sealed interface InProcessCognitoBuilder permits InProcessCognito {

  /** Builds an {@link InProcessCognito}. */
  public static final class Builder {
    long seed;
    PasswordHasher hasher;
    Randomness randomness;
    ConfirmationCodes codes;
    ControllableClock clock;
    String region = "us-east-1";
    Function<UserPoolId, Issuer> issuer = Issuer::aws;
    UserPools store;
    Groups groups;
    TokenFamilies tokenFamilies;
    AuthorizationCodes authorizationCodes;
    HostedSessions hostedSessions;
    WebAuthnCredentials webAuthnCredentials;
    Function<Clock, RsaTokenSigner> signer;
    Mailroom mailroom;
    ClockOffset clockOffset;
    int eventsKept = InProcessCognito.EVENTS_KEPT;
    Triggers triggers = Triggers.NONE;

    Builder() {}

    /** Where functions without a {@link InProcessCognito#functions() handler here} run, for example the Lambda Invoke API. */
    public Builder triggers(Triggers triggers) {
      this.triggers = Objects.requireNonNull(triggers, "triggers is null");
      return this;
    }

    /**
     * How the token signer is made, given this Cognito's clock (retired keys end by it). By default its keys derive
     * from the {@link #seed seed} and are kept in memory, so recorded tokens replay: anyone who knows the seed can sign
     * tokens they verify, which suits tests only. For keys no one else has, kept where every node of a store finds
     * them: {@code clock -> RsaTokenSigner.stored(signingKeys, clock, KeyProtection.none())}.
     */
    public Builder signer(Function<Clock, RsaTokenSigner> signer) {
      this.signer = Objects.requireNonNull(signer, "signer is null");
      return this;
    }

    /**
     * A mailroom the test control reads codes and temporary passwords from besides this Cognito's own
     * {@link RecordingMailbox}, for example PostgreSQL's, so that a code one endpoint sent is read through any
     * endpoint on the database; every message goes to both.
     */
    public Builder mailroom(Mailroom mailroom) {
      this.mailroom = Objects.requireNonNull(mailroom, "mailroom is null");
      return this;
    }

    /**
     * A clock offset shared with other nodes, for example PostgreSQL's, so that time moved through one
     * endpoint's test control moves on every endpoint on the database ({@link SharedTime}); default one in memory.
     */
    public Builder clockOffset(ClockOffset clockOffset) {
      this.clockOffset = Objects.requireNonNull(clockOffset, "clockOffset is null");
      return this;
    }

    /**
     * How many of the latest events {@link InProcessCognito#events()} keeps; default {@value InProcessCognito#EVENTS_KEPT}.
     *
     * @throws IllegalArgumentException if {@code kept} is negative
     */
    public Builder eventsKept(int kept) {
      if (kept < 0) {
        throw new IllegalArgumentException("eventsKept must be at least 0: " + kept);
      }
      this.eventsKept = kept;
      return this;
    }

    /**
     * The {@code iss} of each pool's tokens; default AWS's ({@link Issuer#aws}), so verification code written
     * for production runs unchanged. A local endpoint passes {@code id -> Issuer.local(url, id)} to be its
     * own issuer (OpenID discovery).
     */
    public Builder issuer(Function<UserPoolId, Issuer> issuer) {
      this.issuer = Objects.requireNonNull(issuer, "issuer is null");
      return this;
    }

    /**
     * Another store than a new in-memory one, for example PostgreSQL's ({@code userpool-postgres}); then
     * {@link InProcessCognito#pools()} is unavailable and {@link InProcessCognito#store()} is the way in.
     */
    public Builder store(UserPools store) {
      this.store = store;
      return this;
    }

    /**
     * Another groups store than a new in-memory one, for example PostgreSQL's, so that several endpoints
     * on one database share groups and memberships.
     */
    public Builder groups(Groups groups) {
      this.groups = Objects.requireNonNull(groups, "groups is null");
      return this;
    }

    /**
     * Another token registry than a new in-memory one, for example PostgreSQL's, so that a revocation
     * (RevokeToken, a global sign-out) made through one endpoint holds on every endpoint on the database.
     */
    public Builder tokenFamilies(TokenFamilies tokenFamilies) {
      this.tokenFamilies = Objects.requireNonNull(tokenFamilies, "tokenFamilies is null");
      return this;
    }

    /** Another passkey store than a new in-memory one over the pools, for example PostgreSQL's. */
    public Builder webAuthnCredentials(WebAuthnCredentials credentials) {
      this.webAuthnCredentials = Objects.requireNonNull(credentials, "credentials is null");
      return this;
    }

    /**
     * Another store of authorization codes than a new in-memory one, for example PostgreSQL's, so that a code issued
     * through one endpoint is redeemed (once) through any endpoint on the database.
     */
    public Builder authorizationCodes(AuthorizationCodes authorizationCodes) {
      this.authorizationCodes = Objects.requireNonNull(authorizationCodes, "authorizationCodes is null");
      return this;
    }

    /**
     * Another store of the hosted pages' sign-in sessions than a new in-memory one, for example PostgreSQL's, so that a
     * browser signed in through one endpoint is signed in on every endpoint on the database.
     */
    public Builder hostedSessions(HostedSessions hostedSessions) {
      this.hostedSessions = Objects.requireNonNull(hostedSessions, "hostedSessions is null");
      return this;
    }

    /**
     * The seed of the randomness (ids, salts, codes, generated passwords) and, unless {@link #signer} says otherwise,
     * of the signing keys; default 0.
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The hasher; default the {@link InsecureFastHasher}. */
    public Builder hasher(PasswordHasher hasher) {
      this.hasher = hasher;
      return this;
    }

    /** Randomness other than the seeded kind, for example {@link SeededRandomness#secure()}. */
    public Builder randomness(Randomness randomness) {
      this.randomness = randomness;
      return this;
    }

    /** Where confirmation codes come from; default six seeded digits. */
    public Builder codes(ConfirmationCodes codes) {
      this.codes = codes;
      return this;
    }

    /** Every code is {@code code}: handy when a test types the code itself. */
    public Builder fixedCode(String code) {
      ConfirmationCode fixed = ConfirmationCode.of(code);
      this.codes = () -> fixed;
      return this;
    }

    /**
     * The clock; default a new {@link ControllableClock#wall() wall clock}. {@link ControllableClock#fixed()}
     * freezes it at {@link ControllableClock#DEFAULT_START} for runs that are the same to the second.
     */
    public Builder clock(ControllableClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock is null");
      return this;
    }

    /** The region of new pool ids; default {@code us-east-1}. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /** The local Cognito. */
    public InProcessCognito build() {
      return new InProcessCognito(this);
    }
  }
}

package dev.userpool.service;

import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.port.ConfirmationCodes;
import dev.userpool.port.Deliveries;
import dev.userpool.port.Devices;
import dev.userpool.port.Events;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.webauthn.WebAuthnVerifier;
import dev.userpool.trigger.Triggers;
import java.time.Clock;
import java.util.Objects;

/**
 * Holds {@link UserPoolService}'s builder: its ports (pools, hasher, randomness, codes, deliveries, events, rate limits,
 * triggers, passkeys, devices), clock and region, each defaulted but the required ones. {@link UserPoolService} implements
 * this holder and inherits the builder as a member type, so it is still named {@code UserPoolService.Builder}; nothing else
 * may implement it.
 */
public sealed interface UserPoolServiceBuilder permits UserPoolService {

  /** Builds a {@link UserPoolService}. */
  final class Builder {
    UserPools pools;
    PasswordHasher hasher;
    Randomness randomness;
    ConfirmationCodes codes;
    Deliveries deliveries;
    Events events;
    RateLimits rateLimits;
    Clock clock;
    String region;
    Triggers triggers = Triggers.NONE;
    PasskeySignIn passkeys = PasskeySignIn.NONE;
    Devices devices;

    Builder() {}

    /** Passkeys for USER_AUTH's WEB_AUTHN factor: their store and verifier (by default no user has one). */
    public Builder passkeys(WebAuthnCredentials credentials, WebAuthnVerifier verifier) {
      this.passkeys = PasskeySignIn.over(Objects.requireNonNull(credentials, "credentials is null"), verifier);
      return this;
    }

    /** The tracked devices, for device authentication at sign-in (DEVICE_SRP_AUTH); default none. */
    public Builder devices(Devices devices) {
      this.devices = devices;
      return this;
    }

    /** Where the pools' Lambda triggers run; default nowhere (a pool naming a function gets UnexpectedLambdaException). */
    public Builder triggers(Triggers triggers) {
      this.triggers = triggers;
      return this;
    }

    /** The pool store (required). */
    public Builder pools(UserPools pools) {
      this.pools = pools;
      return this;
    }

    /** The hasher; default PBKDF2-HMAC-SHA256 with 600,000 iterations. */
    public Builder hasher(PasswordHasher hasher) {
      this.hasher = hasher;
      return this;
    }

    /** The randomness (required; in production a SecureRandom). */
    public Builder randomness(Randomness randomness) {
      this.randomness = randomness;
      return this;
    }

    /** Where codes come from; default six random digits. */
    public Builder codes(ConfirmationCodes codes) {
      this.codes = codes;
      return this;
    }

    /** Where messages go; default nowhere. */
    public Builder deliveries(Deliveries deliveries) {
      this.deliveries = deliveries;
      return this;
    }

    /** Who hears events; default nobody. */
    public Builder events(Events events) {
      this.events = events;
      return this;
    }

    /** The rate limits; default none. */
    public Builder rateLimits(RateLimits rateLimits) {
      this.rateLimits = rateLimits;
      return this;
    }

    /** The clock (required). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The region new pool ids start with; default {@code us-east-1}. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * The service.
     *
     * @throws NullPointerException if pools, randomness or clock is missing
     */
    public UserPoolService build() {
      return new UserPoolService(this);
    }
  }
}

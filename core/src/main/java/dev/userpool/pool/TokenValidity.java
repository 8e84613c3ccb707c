package dev.userpool.pool;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * An app client's token lifetimes: {@code AccessTokenValidity}, {@code IdTokenValidity} and
 * {@code RefreshTokenValidity}, each in its {@code TokenValidityUnits} unit. Access and ID tokens last
 * {@value #MIN_TOKEN_MINUTES} minutes to one day (default 60 minutes), refresh tokens
 * {@value #MIN_REFRESH_MINUTES} minutes to {@value #MAX_REFRESH_DAYS} days (default 30 days), and
 * neither access nor ID token may outlive the refresh token (AWS developer guide and CloudFormation's
 * {@code AWS::Cognito::UserPoolClient}); out of range is {@code InvalidParameterException: Invalid range
 * for token validity}.
 *
 * @param accessToken how long an access token lasts
 * @param idToken how long an ID token lasts
 * @param refreshToken how long a refresh token lasts
 */
public record TokenValidity(Lifetime accessToken, Lifetime idToken, Lifetime refreshToken) {

  /** The shortest access or ID token lifetime, in minutes. */
  public static final int MIN_TOKEN_MINUTES = 5;
  /** The shortest refresh token lifetime, in minutes. */
  public static final int MIN_REFRESH_MINUTES = 60;
  /** The longest refresh token lifetime, in days (ten years). */
  public static final int MAX_REFRESH_DAYS = 3650;

  private static final Duration MAX_TOKEN = Duration.ofDays(1);
  private static final TokenValidity DEFAULT = new TokenValidity(
      new Lifetime(60, TimeUnits.MINUTES), new Lifetime(60, TimeUnits.MINUTES), new Lifetime(30, TimeUnits.DAYS));

  /**
   * An amount of a unit, as the app client stores it (DescribeUserPoolClient returns it so).
   *
   * @param amount how many units
   * @param unit the unit
   */
  public record Lifetime(int amount, TimeUnits unit) {
    /**
     * @throws NullPointerException if {@code unit} is null
     */
    public Lifetime {
      Objects.requireNonNull(unit, "unit is null");
    }

    /** The lifetime as a duration. */
    public Duration duration() {
      return unit.of(amount);
    }
  }

  /**
   * @throws NullPointerException if a lifetime is null
   * @throws IllegalArgumentException if a lifetime is out of range (use {@link #of} for untrusted values)
   */
  public TokenValidity {
    Objects.requireNonNull(accessToken, "accessToken is null");
    Objects.requireNonNull(idToken, "idToken is null");
    Objects.requireNonNull(refreshToken, "refreshToken is null");
    if (!inRange(accessToken, idToken, refreshToken)) {
      throw new IllegalArgumentException("token validity out of range");
    }
  }

  /**
   * The longest an access or ID token can last (one day): a signing key retired now must keep verifying this
   * long, so that no token it signed is refused before it expires.
   */
  public static Duration longestSignedToken() {
    return MAX_TOKEN;
  }

  /** Cognito's defaults: access and ID tokens 60 minutes, refresh tokens 30 days. */
  public static TokenValidity cognitoDefault() {
    return DEFAULT;
  }

  /**
   * The lifetimes of a CreateUserPoolClient or UpdateUserPoolClient request. An absent amount takes its
   * default (a refresh amount of 0 too, as AWS documents); an amount without a unit is in hours for access
   * and ID tokens and in days for refresh tokens (AWS's API reference).
   */
  public static Either<CognitoError, TokenValidity> of(Option<Integer> access, Option<Integer> id, Option<Integer> refresh,
      Option<TimeUnits> accessUnit, Option<TimeUnits> idUnit, Option<TimeUnits> refreshUnit) {
    Lifetime a = access.map(n -> new Lifetime(n, accessUnit.getOrElse(TimeUnits.HOURS))).getOrElse(DEFAULT.accessToken);
    Lifetime i = id.map(n -> new Lifetime(n, idUnit.getOrElse(TimeUnits.HOURS))).getOrElse(DEFAULT.idToken);
    Lifetime r = refresh.filter(n -> n != 0).map(n -> new Lifetime(n, refreshUnit.getOrElse(TimeUnits.DAYS)))
        .getOrElse(DEFAULT.refreshToken);
    return inRange(a, i, r)
        ? Either.right(new TokenValidity(a, i, r))
        : Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_TOKEN_VALIDITY));
  }

  private static boolean inRange(Lifetime access, Lifetime id, Lifetime refresh) {
    Duration r = refresh.duration();
    return tokenInRange(access.duration(), r) && tokenInRange(id.duration(), r)
        && r.compareTo(Duration.ofMinutes(MIN_REFRESH_MINUTES)) >= 0 && r.compareTo(Duration.ofDays(MAX_REFRESH_DAYS)) <= 0;
  }

  private static boolean tokenInRange(Duration token, Duration refresh) {
    return token.compareTo(Duration.ofMinutes(MIN_TOKEN_MINUTES)) >= 0 && token.compareTo(MAX_TOKEN) <= 0
        && token.compareTo(refresh) <= 0;
  }
}

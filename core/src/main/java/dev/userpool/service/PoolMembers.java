package dev.userpool.service;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.TokenValidity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The members the pool and app client commands share, each checked as {@link Commands} parses them: the password policy of
 * CreateUserPool and UpdateUserPool, and the settings of CreateUserPoolClient and UpdateUserPoolClient.
 */
final class PoolMembers {

  private PoolMembers() {}

  /** The settings CreateUserPoolClient and UpdateUserPoolClient share, with Cognito's defaults for those left out. */
  record ClientSettings(Set<ExplicitAuthFlow> flows, PreventUserExistenceErrors prevent, int authSessionValidity,
      Either<CognitoError, TokenValidity> tokens) {}

  /** The shared settings' members, each checked, in member order. */
  static Validation<Seq<ParameterViolation>, ClientSettings> clientSettings(java.util.List<String> flows, String prevent,
      Integer authSessionValidity, Integer access, Integer id, Integer refresh, Requests.TokenValidityUnitsType units,
      Requests.RefreshTokenRotationType rotation) {
    return Members.flat(Validation.combine(
        Members.enumList("explicitAuthFlows", flows, Members.EXPLICIT_AUTH_FLOWS),
        Members.optionalEnum("preventUserExistenceErrors", prevent, Members.EXISTENCE_ERRORS),
        Members.range("authSessionValidity", authSessionValidity, AppClient.MIN_AUTH_SESSION_VALIDITY,
            AppClient.MAX_AUTH_SESSION_VALIDITY),
        tokenValidity(access, id, refresh, units),
        rotation(rotation))
        .ap((f, p, validity, tokens, rotates) -> new ClientSettings(f.isEmpty() ? ExplicitAuthFlow.defaults() : f,
            p.getOrElse(PreventUserExistenceErrors.LEGACY), validity.getOrElse(AppClient.DEFAULT_AUTH_SESSION_VALIDITY),
            tokens.flatMap(t -> rotates
                ? Either.left(InvalidParameter.of(InvalidParameter.Reason.REFRESH_TOKEN_ROTATION_UNSUPPORTED))
                : Either.right(t)))));
  }

  /**
   * RefreshTokenRotation's members (Feature required, RetryGracePeriodSeconds 0..60): whether it asks for rotation,
   * which the library refuses once every member is checked; absent is no rotation.
   */
  static Validation<Seq<ParameterViolation>, Boolean> rotation(Requests.RefreshTokenRotationType rotation) {
    if (rotation == null) {
      return Validation.valid(false);
    }
    return Members.flat(Validation.combine(
        Members.requiredEnum("refreshTokenRotation.feature", rotation.feature(), Members.FEATURES),
        Members.range("refreshTokenRotation.retryGracePeriodSeconds", rotation.retryGracePeriodSeconds(), 0,
            Members.MAX_RETRY_GRACE_PERIOD_SECONDS))
        .ap((enabled, grace) -> enabled));
  }

  /**
   * The token validity members: each amount within the API's range (access and ID tokens 1..86400, refresh
   * tokens 0..315360000), each unit one of {@code TimeUnitsType}'s; then, once they have their shape, the
   * lifetimes' own rule ({@link TokenValidity#of}: {@code Invalid range for token validity}).
   */
  static Validation<Seq<ParameterViolation>, Either<CognitoError, TokenValidity>> tokenValidity(Integer access,
      Integer id, Integer refresh, Requests.TokenValidityUnitsType units) {
    Option<Requests.TokenValidityUnitsType> u = Option.of(units);
    return Members.flat(Validation.combine(
        Members.range("accessTokenValidity", access, 1, 86400),
        Members.range("idTokenValidity", id, 1, 86400),
        Members.range("refreshTokenValidity", refresh, 0, 315360000),
        Members.optionalEnum("tokenValidityUnits.accessToken",
            u.map(Requests.TokenValidityUnitsType::accessToken).getOrNull(), Members.TIME_UNITS),
        Members.optionalEnum("tokenValidityUnits.idToken",
            u.map(Requests.TokenValidityUnitsType::idToken).getOrNull(), Members.TIME_UNITS),
        Members.optionalEnum("tokenValidityUnits.refreshToken",
            u.map(Requests.TokenValidityUnitsType::refreshToken).getOrNull(), Members.TIME_UNITS))
        .ap(TokenValidity::of));
  }

  static Validation<Seq<ParameterViolation>, PasswordPolicy> policy(Requests.PasswordPolicyType p) {
    if (p == null) {
      return PasswordPolicy.draft().requireLowercase(true).requireUppercase(true).requireNumbers(true).requireSymbols(true).validate();
    }
    return PasswordPolicy.draft()
        .minimumLength(p.minimumLength())
        .requireUppercase(p.requireUppercase())
        .requireLowercase(p.requireLowercase())
        .requireNumbers(p.requireNumbers())
        .requireSymbols(p.requireSymbols())
        .passwordHistorySize(p.passwordHistorySize())
        .temporaryPasswordValidityDays(p.temporaryPasswordValidityDays())
        .validate();
  }
}

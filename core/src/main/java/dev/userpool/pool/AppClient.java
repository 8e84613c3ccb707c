package dev.userpool.pool;

import dev.userpool.error.CognitoError;
import dev.userpool.error.AuthorizationErrors.ClientSecretRefused;
import dev.userpool.error.AuthorizationErrors.SecretHashRefused;
import dev.userpool.password.DomainStyle;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An app client: the settings that matter to sign-in. Mirrors part of {@code UserPoolClientType}.
 * Defaults are the API's: the three default flows, PreventUserExistenceErrors LEGACY, and challenge
 * sessions valid {@value #DEFAULT_AUTH_SESSION_VALIDITY} minutes.
 */
@Value.Immutable
@DomainStyle
public abstract class AppClient {

  /** The shortest {@code AuthSessionValidity}, in minutes. */
  public static final int MIN_AUTH_SESSION_VALIDITY = 3;
  /** The longest {@code AuthSessionValidity}, in minutes. */
  public static final int MAX_AUTH_SESSION_VALIDITY = 15;
  /** {@code AuthSessionValidity} when not set. */
  public static final int DEFAULT_AUTH_SESSION_VALIDITY = 3;

  AppClient() {}

  /** The client's id. */
  public abstract ClientId clientId();

  /** The client's name. */
  public abstract String clientName();

  /** The flows it allows. */
  @Value.Default
  public Set<ExplicitAuthFlow> explicitAuthFlows() {
    return ExplicitAuthFlow.defaults();
  }

  /** Whether it hides unknown users. */
  @Value.Default
  public PreventUserExistenceErrors preventUserExistenceErrors() {
    return PreventUserExistenceErrors.LEGACY;
  }

  /** How long a challenge session lasts, in minutes ({@code AuthSessionValidity}). */
  @Value.Default
  public int authSessionValidity() {
    return DEFAULT_AUTH_SESSION_VALIDITY;
  }

  /** How long its tokens last ({@code AccessTokenValidity}, {@code IdTokenValidity}, {@code RefreshTokenValidity}). */
  @Value.Default
  public TokenValidity tokenValidity() {
    return TokenValidity.cognitoDefault();
  }

  /**
   * The client's secret, when it was created with {@code GenerateSecret=true}: then every request that names
   * the client must carry its {@code SECRET_HASH}. Redacted in {@link #toString()}.
   */
  @Value.Default
  @Value.Redacted
  public Option<ClientSecret> clientSecret() {
    return Option.none();
  }

  /** {@code ReadAttributes}: none means the default, the standard attributes (see {@code ClientAttributes}). */
  @Value.Default
  public Option<Seq<String>> readAttributes() {
    return Option.none();
  }

  /** {@code WriteAttributes}: none means the default, the standard attributes but {@code sub}. */
  @Value.Default
  public Option<Seq<String>> writeAttributes() {
    return Option.none();
  }

  /** The OAuth 2.0 settings for the hosted endpoints; {@link OAuthSettings#none()} when not set. */
  @Value.Default
  public OAuthSettings oauth() {
    return OAuthSettings.none();
  }

  /** This client with other OAuth settings (CreateUserPoolClient and UpdateUserPoolClient set them whole). */
  public abstract AppClient withOauth(OAuthSettings oauth);

  @Value.Check
  void check() {
    if (authSessionValidity() < MIN_AUTH_SESSION_VALIDITY || authSessionValidity() > MAX_AUTH_SESSION_VALIDITY) {
      throw new IllegalArgumentException("authSessionValidity must be 3..15: " + authSessionValidity());
    }
  }

  /** A builder with the API's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an app client. */
  public static final class Builder extends ImmutableAppClient.Builder {
    Builder() {}
  }

  /**
   * UpdateUserPoolClient's decision: the settings given, the name kept when none is given, the id (and
   * anything UpdateUserPoolClient does not set) kept.
   */
  public AppClient update(Option<String> clientName, Set<ExplicitAuthFlow> explicitAuthFlows,
      PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity) {
    return withClientName(clientName.getOrElse(clientName()))
        .withExplicitAuthFlows(explicitAuthFlows)
        .withPreventUserExistenceErrors(preventUserExistenceErrors)
        .withAuthSessionValidity(authSessionValidity);
  }

  /**
   * UpdateUserPoolClient's decision with the token lifetimes too: they are replaced as the other settings
   * are (a request that leaves them out carries the defaults).
   */
  public AppClient update(Option<String> clientName, Set<ExplicitAuthFlow> explicitAuthFlows,
      PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity, TokenValidity tokenValidity) {
    return update(clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity)
        .withTokenValidity(tokenValidity);
  }

  /** This client with other ReadAttributes and WriteAttributes (UpdateUserPoolClient replaces both). */
  public AppClient withAttributes(Option<Seq<String>> read, Option<Seq<String>> write) {
    return withReadAttributes(read).withWriteAttributes(write);
  }

  abstract AppClient withReadAttributes(Option<Seq<String>> read);

  abstract AppClient withWriteAttributes(Option<Seq<String>> write);

  abstract AppClient withTokenValidity(TokenValidity validity);

  abstract AppClient withClientName(String name);

  abstract AppClient withExplicitAuthFlows(Set<ExplicitAuthFlow> flows);

  abstract AppClient withPreventUserExistenceErrors(PreventUserExistenceErrors setting);

  abstract AppClient withAuthSessionValidity(int minutes);

  /** Whether InitiateAuth may use USER_PASSWORD_AUTH. */
  public boolean allowsUserPasswordAuth() {
    return explicitAuthFlows().contains(ExplicitAuthFlow.ALLOW_USER_PASSWORD_AUTH)
        || explicitAuthFlows().contains(ExplicitAuthFlow.USER_PASSWORD_AUTH);
  }

  /** Whether AdminInitiateAuth may use ADMIN_USER_PASSWORD_AUTH (or its legacy name ADMIN_NO_SRP_AUTH). */
  public boolean allowsAdminUserPasswordAuth() {
    return explicitAuthFlows().contains(ExplicitAuthFlow.ALLOW_ADMIN_USER_PASSWORD_AUTH)
        || explicitAuthFlows().contains(ExplicitAuthFlow.ADMIN_NO_SRP_AUTH);
  }

  /** Whether InitiateAuth and AdminInitiateAuth may use USER_SRP_AUTH. */
  public boolean allowsUserSrpAuth() {
    return explicitAuthFlows().contains(ExplicitAuthFlow.ALLOW_USER_SRP_AUTH);
  }

  /** Whether InitiateAuth and AdminInitiateAuth may use CUSTOM_AUTH: ALLOW_CUSTOM_AUTH, or the legacy CUSTOM_AUTH_FLOW_ONLY. */
  public boolean allowsCustomAuth() {
    return explicitAuthFlows().contains(ExplicitAuthFlow.ALLOW_CUSTOM_AUTH)
        || explicitAuthFlows().contains(ExplicitAuthFlow.CUSTOM_AUTH_FLOW_ONLY);
  }

  /** Whether unknown users are hidden. */
  public boolean hidesUnknownUsers() {
    return preventUserExistenceErrors() == PreventUserExistenceErrors.ENABLED;
  }

  /**
   * Checks the {@code SECRET_HASH} of a request that names this client for {@code username} (the name the
   * request carries): nothing to check without a secret (a hash sent anyway is ignored, the library's
   * decision); with one, a missing hash or one that is not Base64(HMAC-SHA256(secret, username + client id))
   * is refused.
   *
   * @throws NullPointerException if an argument is null
   */
  public Option<CognitoError> checkSecretHash(String username, Option<String> secretHash) {
    Objects.requireNonNull(username, "username is null");
    Objects.requireNonNull(secretHash, "secretHash is null");
    return clientSecret().flatMap(secret -> {
      if (secretHash.isEmpty()) {
        return Option.some(refusal(SecretHashRefused.Kind.MISSING));
      }
      return secret.accepts(secretHash.get(), username, clientId())
          ? Option.none()
          : Option.some(refusal(SecretHashRefused.Kind.MISMATCH));
    });
  }

  /**
   * Checks the {@code ClientSecret} a request that authenticates as this client carries (RevokeToken): nothing to
   * check without a secret (one sent anyway is ignored, as a {@code SECRET_HASH} is); with one, a missing or different
   * secret is refused.
   *
   * @throws NullPointerException if {@code given} is null
   */
  public Option<CognitoError> checkClientSecret(Option<String> given) {
    Objects.requireNonNull(given, "given is null");
    return clientSecret().flatMap(secret -> given.isEmpty()
        ? Option.some(new ClientSecretRefused(ClientSecretRefused.Kind.MISSING, clientId().value()))
        : secret.matches(given.get())
            ? Option.none()
            : Option.some(new ClientSecretRefused(ClientSecretRefused.Kind.MISMATCH, clientId().value())));
  }

  /**
   * Checks the {@code ClientSecret} a request carries itself (GetTokensFromRefreshToken): nothing to check without a
   * secret (one sent anyway is ignored, as a hash is); with one, a missing secret is refused as a missing
   * {@code SECRET_HASH} is, and a wrong one as a wrong hash (the library's decision: AWS publishes no wording).
   *
   * @throws NullPointerException if {@code given} is null
   */
  public Option<CognitoError> checkClientSecretAsHash(Option<String> given) {
    Objects.requireNonNull(given, "given is null");
    return clientSecret().flatMap(secret -> {
      if (given.isEmpty()) {
        return Option.some(refusal(SecretHashRefused.Kind.MISSING));
      }
      return secret.matches(given.get()) ? Option.none() : Option.some(refusal(SecretHashRefused.Kind.MISMATCH));
    });
  }

  private CognitoError refusal(SecretHashRefused.Kind kind) {
    return new SecretHashRefused(kind, clientId().value());
  }

  /** How long a challenge session lasts. */
  public Duration sessionValidity() {
    return Duration.ofMinutes(authSessionValidity());
  }
}

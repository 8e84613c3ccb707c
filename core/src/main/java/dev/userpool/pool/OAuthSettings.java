package dev.userpool.pool;

import dev.userpool.password.DomainStyle;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An app client's OAuth 2.0 settings for the hosted endpoints: the members {@code AllowedOAuthFlows},
 * {@code AllowedOAuthScopes}, {@code AllowedOAuthFlowsUserPoolClient}, {@code CallbackURLs},
 * {@code LogoutURLs}, {@code DefaultRedirectURI} and {@code SupportedIdentityProviders} of
 * {@code UserPoolClientType}. A client created without them has {@link #none()}: no OAuth at all.
 */
@Value.Immutable
@DomainStyle
public abstract class OAuthSettings {

  /** The only identity provider the library knows: the pool's own users. */
  public static final String COGNITO = "COGNITO";

  OAuthSettings() {}

  /** {@code AllowedOAuthFlows}. */
  @Value.Default
  public Set<OAuthFlow> allowedOAuthFlows() {
    return LinkedHashSet.empty();
  }

  /** {@code AllowedOAuthScopes}, in the order given. */
  @Value.Default
  public Seq<String> allowedOAuthScopes() {
    return List.empty();
  }

  /** {@code AllowedOAuthFlowsUserPoolClient}: whether the client may use the hosted endpoints at all. */
  @Value.Default
  public boolean allowedOAuthFlowsUserPoolClient() {
    return false;
  }

  /** {@code CallbackURLs}: where the authorize endpoint may send the user back. */
  @Value.Default
  public Seq<String> callbackUrls() {
    return List.empty();
  }

  /** {@code LogoutURLs}: where the logout endpoint may send the user. */
  @Value.Default
  public Seq<String> logoutUrls() {
    return List.empty();
  }

  /** {@code DefaultRedirectURI}. */
  @Value.Default
  public Option<String> defaultRedirectUri() {
    return Option.none();
  }

  /** {@code SupportedIdentityProviders}. */
  @Value.Default
  public Seq<String> supportedIdentityProviders() {
    return List.empty();
  }

  /** No OAuth: what a client created without the OAuth members has. */
  public static OAuthSettings none() {
    return builder().build();
  }

  /** A builder with no OAuth. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds OAuth settings. */
  public static final class Builder extends ImmutableOAuthSettings.Builder {
    Builder() {}
  }

  /** Whether the client may use {@code flow} on the hosted endpoints (the flag is on and the flow allowed). */
  public boolean allows(OAuthFlow flow) {
    return allowedOAuthFlowsUserPoolClient() && allowedOAuthFlows().contains(flow);
  }

  /** Whether its users may sign in with the pool's own user directory on the hosted pages. */
  public boolean supportsCognito() {
    return supportedIdentityProviders().contains(COGNITO);
  }
}

package dev.userpool.oauth;

import dev.userpool.oauth.OAuthError.Kind;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.OAuthFlow;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A {@code grant_type} of the token endpoint, and the table of what each asks of the app client (data the code and
 * the generated docs both read): the OAuth flow it needs in {@code AllowedOAuthFlows} (none for
 * {@code refresh_token}, which any client with {@code AllowedOAuthFlowsUserPoolClient} may use), and whether the client
 * must have a secret.
 */
public enum Grant {
  /** Exchanges an authorization code (RFC 6749 section 4.1.3). */
  AUTHORIZATION_CODE("authorization_code", Option.some(OAuthFlow.CODE), false),
  /** Renews tokens from a refresh token (RFC 6749 section 6). */
  REFRESH_TOKEN("refresh_token", Option.none(), false),
  /** Tokens for the client itself (RFC 6749 section 4.4): a client with a secret only. */
  CLIENT_CREDENTIALS("client_credentials", Option.some(OAuthFlow.CLIENT_CREDENTIALS), true);

  private final String wireName;
  private final Option<OAuthFlow> flow;
  private final boolean needsSecret;

  Grant(String wireName, Option<OAuthFlow> flow, boolean needsSecret) {
    this.wireName = wireName;
    this.flow = flow;
    this.needsSecret = needsSecret;
  }

  /** The {@code grant_type} value. */
  public String wireName() {
    return wireName;
  }

  /** The flow the client must allow, if any. */
  public Option<OAuthFlow> flow() {
    return flow;
  }

  /** Whether only a client with a secret may use it. */
  public boolean needsSecret() {
    return needsSecret;
  }

  /** The grant of a {@code grant_type}: {@code unsupported_grant_type} for an unknown one, {@code invalid_request} for none. */
  public static Either<OAuthError, Grant> parse(Option<String> grantType) {
    Objects.requireNonNull(grantType, "grantType is null");
    if (grantType.isEmpty() || grantType.get().isEmpty()) {
      return Either.left(OAuthError.of(Kind.INVALID_REQUEST));
    }
    return List.of(values()).find(g -> g.wireName.equals(grantType.get())).toEither(OAuthError.of(Kind.UNSUPPORTED_GRANT_TYPE));
  }

  /**
   * Whether {@code client} may use this grant: {@code unauthorized_client} when its OAuth is off, when it does not allow
   * the flow, or when the grant needs a secret it does not have.
   */
  public Either<OAuthError, AppClient> permits(AppClient client) {
    Objects.requireNonNull(client, "client is null");
    boolean allowed = client.oauth().allowedOAuthFlowsUserPoolClient()
        && flow.forAll(f -> client.oauth().allows(f))
        && (!needsSecret || client.clientSecret().isDefined());
    return allowed ? Either.right(client) : Either.left(OAuthError.of(Kind.UNAUTHORIZED_CLIENT));
  }
}

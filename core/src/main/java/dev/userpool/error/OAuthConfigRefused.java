package dev.userpool.error;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A refusal of the OAuth configuration operations: the app client's OAuth members (CreateUserPoolClient,
 * UpdateUserPoolClient), resource servers and the pool's domain. Each kind has its error code and its wording
 * ({@code %s} is the subject); where the wording is the library's, the kind says so.
 *
 * @param kind what is refused
 * @param subject the detail the message names (a scope, a URL, an identifier, a domain), or {@code ""}
 */
public record OAuthConfigRefused(Kind kind, String subject) implements CognitoError {

  /** What is refused, with its code and wording. */
  public enum Kind {
    /**
     * {@code client_credentials} on a client without a secret (observed: InvalidOAuthFlowException with these words, quoted
     * in Terraform configurations and a published write-up of Cognito's answer).
     */
    CLIENT_CREDENTIALS_WITHOUT_SECRET(ErrorCode.INVALID_OAUTH_FLOW,
        "client_credentials flow can not be selected if client does not have a client secret.", ""),
    /** {@code client_credentials} with {@code code} or {@code implicit} (the library's wording). */
    CLIENT_CREDENTIALS_WITH_USER_FLOWS(ErrorCode.INVALID_OAUTH_FLOW,
        "client_credentials flow can not be selected along with code flow or implicit flow.", ""),
    /** AllowedOAuthFlowsUserPoolClient on without AllowedOAuthFlows (the library's wording). */
    FLOWS_REQUIRED(ErrorCode.INVALID_OAUTH_FLOW,
        "AllowedOAuthFlows is required when AllowedOAuthFlowsUserPoolClient is true.", ""),
    /** A scope that is neither standard nor a scope of one of the pool's resource servers (the library's wording). */
    SCOPE_DOES_NOT_EXIST(ErrorCode.SCOPE_DOES_NOT_EXIST, "Invalid scope requested: %s", "https://api.example.com/read"),
    /** A callback, logout or default redirect URL that is not https, http://localhost or an app's own scheme (the library's wording). */
    INVALID_URL(ErrorCode.INVALID_PARAMETER, "Invalid URL: %s. HTTPS is required, except for http://localhost.", "http://example.com"),
    /** A DefaultRedirectURI that is not one of the CallbackURLs (the library's wording). */
    DEFAULT_REDIRECT_NOT_A_CALLBACK(ErrorCode.INVALID_PARAMETER, "DefaultRedirectURI must be one of the CallbackURLs.", ""),
    /** {@code code} or {@code implicit} without a callback URL (the library's wording). */
    CALLBACK_URLS_REQUIRED(ErrorCode.INVALID_PARAMETER, "CallbackURLs are required for the code and implicit flows.", ""),
    /** A SupportedIdentityProviders entry other than COGNITO (the library's wording, after Cognito's for unknown providers). */
    UNKNOWN_IDENTITY_PROVIDER(ErrorCode.INVALID_PARAMETER, "The provider %s does not exist for User Pool.", "Google"),
    /** CreateResourceServer with an identifier the pool has (the library's wording). */
    RESOURCE_SERVER_EXISTS(ErrorCode.INVALID_PARAMETER, "%s already exists in this user pool.", "https://api.example.com"),
    /** A resource server's scopes naming one scope twice (the library's wording). */
    DUPLICATE_SCOPE(ErrorCode.INVALID_PARAMETER, "Duplicate scope name: %s", "read"),
    /** Describe, Update or DeleteResourceServer for an identifier the pool lacks (the library's wording). */
    RESOURCE_SERVER_NOT_FOUND(ErrorCode.RESOURCE_NOT_FOUND, "Resource server %s does not exist.", "https://api.example.com"),
    /** CreateUserPoolDomain for a pool that has a domain (the library's wording). */
    POOL_HAS_DOMAIN(ErrorCode.INVALID_PARAMETER, "User pool already has a domain configured.", ""),
    /** CreateUserPoolDomain for a domain another pool holds (the library's wording). */
    DOMAIN_TAKEN(ErrorCode.INVALID_PARAMETER, "Domain already associated with another user pool.", ""),
    /** Update or DeleteUserPoolDomain for a domain the pool does not have (the library's wording). */
    DOMAIN_NOT_FOUND(ErrorCode.INVALID_PARAMETER, "No such domain or user pool exists.", ""),
    /** A custom domain (CustomDomainConfig, or a name with a dot): the library serves prefix domains only. */
    CUSTOM_DOMAIN_UNSUPPORTED(ErrorCode.INVALID_PARAMETER,
        "Custom domains are not supported by the userpool library; use a prefix domain.", "");

    private final ErrorCode code;
    private final String template;
    private final String sampleSubject;

    Kind(ErrorCode code, String template, String sampleSubject) {
      this.code = code;
      this.template = template;
      this.sampleSubject = sampleSubject;
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public OAuthConfigRefused {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(subject, "subject is null");
  }

  /** A refusal whose message names nothing. */
  public static OAuthConfigRefused of(Kind kind) {
    return new OAuthConfigRefused(kind, "");
  }

  /** One of each kind with a sample subject, for the catalogue. */
  static Seq<CognitoError> samples() {
    return List.of(Kind.values()).map(k -> new OAuthConfigRefused(k, k.sampleSubject));
  }

  @Override
  public ErrorCode code() {
    return kind.code;
  }

  @Override
  public String message() {
    return kind.template.replace("%s", subject);
  }
}

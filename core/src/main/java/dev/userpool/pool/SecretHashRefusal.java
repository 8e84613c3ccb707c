package dev.userpool.pool;

/**
 * Why a request naming an app client with a secret is refused, with Cognito's words ({@code %s} is the
 * client id; both answered as {@code NotAuthorizedException}; observed in public reports of real responses,
 * for example aws/aws-sdk-cpp#3246 "SECRET_HASH was not received").
 */
public enum SecretHashRefusal {
  /** No {@code SECRET_HASH} at all. */
  MISSING("Client %s is configured for secret but secret was not received"),
  /** A {@code SECRET_HASH} that is not the hash of this username for this client. */
  MISMATCH("Unable to verify secret hash for client %s");

  private final String template;

  SecretHashRefusal(String template) {
    this.template = template;
  }

  /** The message for {@code clientId}; never holds the secret or the hash. */
  public String message(ClientId clientId) {
    return String.format(template, clientId.value());
  }
}

package dev.userpool.error;

import java.util.Objects;

/**
 * The NotAuthorizedException errors of {@link CognitoError} besides {@code NotAuthorized}: a refused SECRET_HASH or client
 * secret, and a user that cannot be confirmed.
 *
 * <p>{@link CognitoError} extends this holder and inherits its records as member types, so each keeps its name, for example
 * {@code CognitoError.SecretHashRefused} (an import names it by its declaring holder); nothing else may extend it.
 */
public sealed interface AuthorizationErrors permits CognitoError {

  /**
   * A request naming an app client that has a secret, without the right {@code SECRET_HASH} (both wordings
   * observed in public reports of real responses, e.g. aws/aws-sdk-cpp#3246). Never holds the secret or hash.
   */
  record SecretHashRefused(Kind kind, String clientId) implements CognitoError {

    /** Missing or wrong. */
    public enum Kind {
      /** No {@code SECRET_HASH}. */
      MISSING("Client %s is configured for secret but secret was not received"),
      /** A {@code SECRET_HASH} that is not the hash of this username for this client. */
      MISMATCH("Unable to verify secret hash for client %s");

      private final String template;

      Kind(String template) {
        this.template = template;
      }
    }

    public SecretHashRefused {
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(clientId, "clientId is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.NOT_AUTHORIZED;
    }

    @Override
    public String message() {
      return kind.template.replace("%s", clientId);
    }
  }

  /**
   * RevokeToken naming an app client that has a secret, without its {@code ClientSecret} or with another one. The
   * code is the one authorization error AWS's model lists for RevokeToken (and for no other operation); AWS publishes
   * no wording, so the messages follow Cognito's own for a missing or wrong {@code SECRET_HASH} (decided). Never holds
   * the secret.
   */
  record ClientSecretRefused(Kind kind, String clientId) implements CognitoError {

    /** Missing or wrong. */
    public enum Kind {
      /** No {@code ClientSecret}. */
      MISSING("Client %s is configured for secret but secret was not received"),
      /** A {@code ClientSecret} that is not the client's. */
      MISMATCH("Unable to verify client secret for client %s");

      private final String template;

      Kind(String template) {
        this.template = template;
      }
    }

    public ClientSecretRefused {
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(clientId, "clientId is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.UNAUTHORIZED;
    }

    @Override
    public String message() {
      return kind.template.replace("%s", clientId);
    }
  }

  /** ConfirmSignUp or AdminConfirmSignUp for a user who is not UNCONFIRMED (confirmed for CONFIRMED). */
  record CannotConfirm(String currentStatus) implements CognitoError {
    public CannotConfirm {
      Objects.requireNonNull(currentStatus, "currentStatus is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.NOT_AUTHORIZED;
    }

    @Override
    public String message() {
      return "User cannot be confirmed. Current status is " + currentStatus;
    }
  }
}

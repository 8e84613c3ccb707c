package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Attributes;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.MessageAction;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Session;
import dev.userpool.user.Sub;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Map;

/**
 * The commands of the user operations: sign-up, creation, passwords, sign-in, reads and attributes. {@link Commands} implements
 * this holder, so each command keeps its name {@code Commands.PoolUser} (a member type inherited from a superinterface);
 * nothing else may implement it.
 */
public sealed interface UserCommands permits Commands {

  /** An admin operation on one user and nothing else (confirm, reset, disable, enable, get, delete). */
  public record PoolUser(UserPoolId userPoolId, Username username) {}

  /** A self-service operation on one user through an app client (ForgotPassword). */
  public record ClientUser(ClientId clientId, Username username, Option<String> secretHash) {
    /** Without SECRET_HASH. */
    public ClientUser(ClientId clientId, Username username) {
      this(clientId, username, Option.none());
    }
  }

  /** SignUp. */
  public record SignUp(ClientId clientId, Username username, Password password, Either<CognitoError, Attributes> userAttributes,
      Option<String> secretHash) {
    /** Without SECRET_HASH. */
    public SignUp(ClientId clientId, Username username, Password password, Either<CognitoError, Attributes> userAttributes) {
      this(clientId, username, password, userAttributes, Option.none());
    }

    @Override
    public String toString() {
      return "SignUp[clientId=" + clientId + ", username=" + username + ", password=" + Commands.HIDDEN + "]";
    }
  }

  /** ConfirmSignUp. */
  public record ConfirmSignUp(ClientId clientId, Username username, ConfirmationCode confirmationCode, Option<String> secretHash) {
    /** Without SECRET_HASH. */
    public ConfirmSignUp(ClientId clientId, Username username, ConfirmationCode confirmationCode) {
      this(clientId, username, confirmationCode, Option.none());
    }
  }

  /** AdminCreateUser, or with MessageAction RESEND a new invitation. */
  public record AdminCreateUser(UserPoolId userPoolId, Username username, Option<Password> temporaryPassword,
      Either<CognitoError, Attributes> userAttributes, Option<MessageAction> messageAction) {
    @Override
    public String toString() {
      return "AdminCreateUser[userPoolId=" + userPoolId + ", username=" + username + ", temporaryPassword=" + Commands.HIDDEN
          + ", messageAction=" + messageAction + "]";
    }
  }

  /** AdminSetUserPassword. */
  public record AdminSetUserPassword(UserPoolId userPoolId, Username username, Password password, PasswordKind kind) {}

  /**
   * InitiateAuth, or AdminInitiateAuth when {@code userPoolId} is present. The auth parameters stay a map:
   * which ones are required depends on the flow and the client, checked after both are known.
   */
  public record InitiateAuth(Option<UserPoolId> userPoolId, ClientId clientId, AuthFlowType authFlow,
      Map<String, String> authParameters) {
    @Override
    public String toString() {
      return "InitiateAuth[userPoolId=" + userPoolId + ", clientId=" + clientId + ", authFlow=" + authFlow
          + ", authParameters=" + (authParameters == null ? null : authParameters.keySet()) + "]";
    }
  }

  /** RespondToAuthChallenge, or AdminRespondToAuthChallenge when {@code userPoolId} is present. */
  public record RespondToAuthChallenge(Option<UserPoolId> userPoolId, ClientId clientId, ChallengeNameType challengeName,
      Option<Session> session, Map<String, String> challengeResponses) {
    @Override
    public String toString() {
      return "RespondToAuthChallenge[userPoolId=" + userPoolId + ", clientId=" + clientId + ", challengeName=" + challengeName
          + ", session=" + Commands.HIDDEN + ", challengeResponses=" + (challengeResponses == null ? null : challengeResponses.keySet())
          + "]";
    }
  }

  /** ChangePassword for the pool and sub an adapter read from a valid access token. */
  public record ChangePassword(UserPoolId userPoolId, Sub sub, Password previousPassword, Password proposedPassword) {

    /**
     * The command for a token's grant and the two password members as they arrived, or the members'
     * violations.
     */
    public static Either<CognitoError, ChangePassword> of(UserPoolId userPoolId, Sub sub, String previousPassword,
        String proposedPassword) {
      return Commands.valid(Members.flat(Validation.combine(
          Password.parse("previousPassword", previousPassword), Password.parse("proposedPassword", proposedPassword))
          .ap((previous, proposed) -> new ChangePassword(userPoolId, sub, previous, proposed))));
    }
  }

  /** ConfirmForgotPassword. */
  public record ConfirmForgotPassword(ClientId clientId, Username username, ConfirmationCode confirmationCode, Password password,
      Option<String> secretHash) {
    /** Without SECRET_HASH. */
    public ConfirmForgotPassword(ClientId clientId, Username username, ConfirmationCode confirmationCode, Password password) {
      this(clientId, username, confirmationCode, password, Option.none());
    }
  }

  /** ListUsers; {@code limit} 1..60; the filter and the token are parsed after the pool is found, as in Cognito. */
  public record ListUsers(UserPoolId userPoolId, int limit, Either<CognitoError, Option<Username>> after,
      Either<CognitoError, UserFilter> filter) {}

  /** AdminUpdateUserAttributes; the attributes are checked after the pool and user are found. */
  public record AdminUpdateUserAttributes(UserPoolId userPoolId, Username username, Either<CognitoError, Attributes> userAttributes) {}

  /** AdminDeleteUserAttributes; the names have their shape, whether they name attributes is the user's to say. */
  public record AdminDeleteUserAttributes(UserPoolId userPoolId, Username username, Seq<String> userAttributeNames) {}

  /** UpdateUserAttributes for the pool and sub an adapter read from a valid access token. */
  public record UpdateUserAttributes(UserPoolId userPoolId, Sub sub, Either<CognitoError, Attributes> userAttributes) {

    /** The command for a token's grant and the attributes as they arrived (required). */
    public static Either<CognitoError, UpdateUserAttributes> of(UserPoolId userPoolId, Sub sub,
        java.util.List<Requests.AttributeType> userAttributes) {
      return Commands.valid(Commands.required("userAttributes", userAttributes)
          .map(list -> new UpdateUserAttributes(userPoolId, sub, Members.attributes(list))));
    }
  }

  /** DeleteUser for the pool and sub an adapter read from a valid access token. */
  public record DeleteUser(UserPoolId userPoolId, Sub sub) {}
}

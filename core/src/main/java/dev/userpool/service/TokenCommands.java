package dev.userpool.service;

import dev.userpool.password.Password;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.ConfirmationCode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Map;

/**
 * The commands of the operations that present a token (by access token, RevokeToken, the refresh flows). {@link Commands}
 * implements this holder, so each command keeps its name {@code Commands.AccessToken} (a member type inherited from a
 * superinterface); nothing else may implement it.
 */
public sealed interface TokenCommands permits Commands {

  /**
   * An operation that names its user by access token (GetUser, GlobalSignOut, DeleteUser): the token has its shape;
   * whether it is valid is {@link TokenService#authorize}'s to say.
   */
  public record AccessToken(String accessToken) {
    @Override
    public String toString() {
      return "AccessToken[" + Commands.HIDDEN + "]";
    }
  }

  /** ChangePassword by access token, every member's shape checked; the token is checked next. */
  public record ChangePasswordByToken(Password previousPassword, Password proposedPassword, String accessToken) {
    @Override
    public String toString() {
      return "ChangePasswordByToken[previousPassword=" + Commands.HIDDEN + ", proposedPassword=" + Commands.HIDDEN + ", accessToken="
          + Commands.HIDDEN + "]";
    }
  }

  /** UpdateUserAttributes by access token; the attributes are checked once the token has named the user. */
  public record UpdateUserAttributesByToken(java.util.List<Requests.AttributeType> userAttributes, String accessToken) {
    @Override
    public String toString() {
      return "UpdateUserAttributesByToken[accessToken=" + Commands.HIDDEN + "]";
    }
  }

  /** GetUserAttributeVerificationCode, its members' shapes checked; the token is checked next, then the name. */
  public record GetUserAttributeVerificationCode(String accessToken, String attributeName) {
    @Override
    public String toString() {
      return "GetUserAttributeVerificationCode[accessToken=" + Commands.HIDDEN + ", attributeName=" + attributeName + "]";
    }
  }

  /** VerifyUserAttribute, its members' shapes checked; the token is checked next, then the name and the code. */
  public record VerifyUserAttribute(String accessToken, String attributeName, ConfirmationCode code) {
    @Override
    public String toString() {
      return "VerifyUserAttribute[accessToken=" + Commands.HIDDEN + ", attributeName=" + attributeName + ", code=" + Commands.HIDDEN + "]";
    }
  }

  /** RevokeToken: a string shaped as a token, the app client it names, and the secret sent for that client if any. */
  public record RevokeToken(String token, ClientId clientId, Option<String> clientSecret) {
    @Override
    public String toString() {
      return "RevokeToken[token=" + Commands.HIDDEN + ", clientId=" + clientId + ", clientSecret=" + clientSecret.map(s -> Commands.HIDDEN)
          + "]";
    }
  }

  /**
   * REFRESH_TOKEN_AUTH (or REFRESH_TOKEN) of InitiateAuth, or of AdminInitiateAuth when {@code userPoolId} is present.
   * The auth parameters stay a map: REFRESH_TOKEN is required only once the pool and client are found.
   */
  public record RefreshTokenAuth(Option<UserPoolId> userPoolId, ClientId clientId, Map<String, String> authParameters) {
    @Override
    public String toString() {
      return "RefreshTokenAuth[userPoolId=" + userPoolId + ", clientId=" + clientId + ", authParameters="
          + (authParameters == null ? null : authParameters.keySet()) + "]";
    }
  }

  /** GetTokensFromRefreshToken: a string shaped as a token, the app client it names, and the client's secret if given. */
  public record GetTokensFromRefreshToken(String refreshToken, ClientId clientId, Option<String> clientSecret) {
    @Override
    public String toString() {
      return "GetTokensFromRefreshToken[refreshToken=" + Commands.HIDDEN + ", clientId=" + clientId + ", clientSecret="
          + clientSecret.map(x -> Commands.HIDDEN) + "]";
    }
  }
}

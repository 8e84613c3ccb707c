package com.example.accounts;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * An application's own code, as a team would write it against the AWS SDK: staff are invited by
 * email, sign in, and choose a password the first time. It knows nothing of the userpool library.
 */
public final class AccountService {

  /** What a sign-in attempt came to. */
  public sealed interface SignIn permits SignedIn, MustChoosePassword, Refused {}

  /** Signed in. */
  public record SignedIn(String accessToken, String idToken, String refreshToken) implements SignIn {
    @Override
    public String toString() {
      return "SignedIn[***]";
    }
  }

  /** First sign-in with the invitation's password: the user must choose their own. */
  public record MustChoosePassword(String session) implements SignIn {
    @Override
    public String toString() {
      return "MustChoosePassword[***]";
    }
  }

  /** Refused, with the reason to show the user. */
  public record Refused(String reason) implements SignIn {}

  private final CognitoIdentityProviderClient cognito;
  private final String userPoolId;
  private final String clientId;

  public AccountService(CognitoIdentityProviderClient cognito, String userPoolId, String clientId) {
    this.cognito = Objects.requireNonNull(cognito);
    this.userPoolId = Objects.requireNonNull(userPoolId);
    this.clientId = Objects.requireNonNull(clientId);
  }

  /** Invites a member of staff: Cognito emails them a temporary password. */
  public void invite(String email) {
    cognito.adminCreateUser(b -> b.userPoolId(userPoolId).username(email)
        .userAttributes(attribute("email", email), attribute("email_verified", "true"))
        .desiredDeliveryMediums(DeliveryMediumType.EMAIL));
  }

  /** Sends a new invitation with a new temporary password, for example after the first one expired. */
  public void reinvite(String email) {
    cognito.adminCreateUser(b -> b.userPoolId(userPoolId).username(email).messageAction(MessageActionType.RESEND));
  }

  /** Signs in with a password. */
  public SignIn signIn(String email, String password) {
    try {
      InitiateAuthResponse response = cognito.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", email, "PASSWORD", password)));
      if (response.challengeName() == ChallengeNameType.NEW_PASSWORD_REQUIRED) {
        return new MustChoosePassword(response.session());
      }
      return signedIn(response.authenticationResult());
    } catch (NotAuthorizedException e) {
      return new Refused(e.awsErrorDetails().errorMessage());
    }
  }

  /** Answers the first sign-in with the password the user chose. */
  public SignedIn choosePassword(String email, MustChoosePassword challenge, String newPassword) {
    return signedIn(cognito.respondToAuthChallenge(b -> b.clientId(clientId).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
        .session(challenge.session()).challengeResponses(Map.of("USERNAME", email, "NEW_PASSWORD", newPassword))).authenticationResult());
  }

  /** Whether the member of staff has finished setting up their account. */
  public boolean hasChosenPassword(String email) {
    return cognito.adminGetUser(b -> b.userPoolId(userPoolId).username(email)).userStatusAsString().equals("CONFIRMED");
  }

  private static SignedIn signedIn(AuthenticationResultType tokens) {
    return new SignedIn(tokens.accessToken(), tokens.idToken(), tokens.refreshToken());
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }
}

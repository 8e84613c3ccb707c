package dev.userpool.docs;

import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/** An application's own class, as the README's example tests it: it knows nothing of the testkit. */
final class LoginService {

  private final CognitoIdentityProviderClient cognito;
  private final String userPoolId;
  private final String clientId;

  LoginService(CognitoIdentityProviderClient cognito, String userPoolId, String clientId) {
    this.cognito = cognito;
    this.userPoolId = userPoolId;
    this.clientId = clientId;
  }

  /** The access token, or the name of the challenge the user must answer first. */
  String logIn(String username, String password) {
    AdminInitiateAuthResponse response = cognito.adminInitiateAuth(r -> r.userPoolId(userPoolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
    return response.authenticationResult() != null ? response.authenticationResult().accessToken() : response.challengeNameAsString();
  }
}

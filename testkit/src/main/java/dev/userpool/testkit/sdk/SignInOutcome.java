package dev.userpool.testkit.sdk;

import dev.userpool.schema.AttributeCheck;
import dev.userpool.service.Results;
import dev.userpool.service.TokenService;
import dev.userpool.user.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/**
 * What the four sign-in operations answer, whatever their response type: a challenge (name, session, parameters and,
 * for SELECT_CHALLENGE, AvailableChallenges) or tokens.
 */
record SignInOutcome(String challengeName, String session, Map<String, String> challengeParameters,
    AuthenticationResultType authenticationResult, List<String> availableChallenges) {

  private static final String NEW_PASSWORD_REQUIRED = "NEW_PASSWORD_REQUIRED";

  static SignInOutcome newPasswordRequired(Results.NewPasswordRequired challenge) {
    User user = challenge.user();
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("USER_ID_FOR_SRP", user.username().value());
    parameters.put("requiredAttributes", Shapes.jsonArray(AttributeCheck.missingRequired(challenge.pool().schema(),
        user.attributes().asMap()).map(name -> "userAttributes." + name)));
    parameters.put("userAttributes", Shapes.jsonObject(user.attributes().asMap()));
    return new SignInOutcome(NEW_PASSWORD_REQUIRED, challenge.session().reveal(), parameters, null, null);
  }

  static AuthenticationResultType authenticationResult(TokenService.Issued issued) {
    return AuthenticationResultType.builder()
        .accessToken(issued.accessToken())
        .idToken(issued.idToken())
        .refreshToken(issued.refreshToken().getOrNull())
        .expiresIn((int) issued.expiresIn().toSeconds())
        .tokenType("Bearer")
        .build();
  }

  static SignInOutcome renewed(TokenService.Issued issued) {
    return new SignInOutcome(null, null, Map.of(), authenticationResult(issued), null);
  }
}

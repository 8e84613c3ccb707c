package dev.userpool.error;

/**
 * SignUp in a pool whose {@code AdminCreateUserConfig.AllowAdminCreateUserOnly} is true: {@code NotAuthorizedException},
 * {@code SignUp is not permitted for this user pool} (Cognito's words, observed in a real response quoted in
 * pmill/aws-cognito#37; the API reference: "Set to True if only the administrator is allowed to create user profiles").
 */
public record SignUpRefused() implements CognitoError {

  @Override
  public ErrorCode code() {
    return ErrorCode.NOT_AUTHORIZED;
  }

  @Override
  public String message() {
    return "SignUp is not permitted for this user pool";
  }
}

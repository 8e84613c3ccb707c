package dev.userpool.trigger;

import dev.userpool.error.Operation;
import dev.userpool.pool.Trigger;
import dev.userpool.user.Message;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The {@code triggerSource} values, as data: which trigger, when it runs, from which operations, and what its
 * response may change. The names and moments are the AWS developer guide's ("User pool Lambda trigger sources",
 * awsdocs/amazon-cognito-developer-guide, cognito-user-identity-pools-working-with-aws-lambda-triggers.md); the
 * generated docs render this table, with {@link #implemented()} saying whether the library sends it.
 */
public enum TriggerSource {
  /** SignUp. */
  PreSignUp_SignUp(Trigger.PRE_SIGN_UP, "SignUp, before the user is created", List.of("SignUp"),
      "autoConfirmUser, autoVerifyEmail, autoVerifyPhone; an error refuses the sign-up", true),
  /** AdminCreateUser. */
  PreSignUp_AdminCreateUser(Trigger.PRE_SIGN_UP, "AdminCreateUser, before the user is created", List.of("AdminCreateUser"),
      "nothing (the response's flags are ignored); an error refuses the creation", true),
  /** A user confirmed by ConfirmSignUp, AdminConfirmSignUp, or PreSignUp's autoConfirmUser. */
  PostConfirmation_ConfirmSignUp(Trigger.POST_CONFIRMATION, "after the user is confirmed",
      List.of("ConfirmSignUp", "AdminConfirmSignUp", "SignUp"), "nothing; an error is returned, the user stays confirmed", true),
  /** ConfirmForgotPassword. */
  PostConfirmation_ConfirmForgotPassword(Trigger.POST_CONFIRMATION, "after a forgotten password is replaced",
      List.of("ConfirmForgotPassword"), "nothing; an error is returned, the new password stays", true),
  /** Every password sign-in. */
  PreAuthentication_Authentication(Trigger.PRE_AUTHENTICATION, "before a sign-in is decided",
      List.of("InitiateAuth", "AdminInitiateAuth"), "nothing; an error refuses the sign-in", true),
  /** Every successful sign-in. */
  PostAuthentication_Authentication(Trigger.POST_AUTHENTICATION, "after a sign-in succeeded, before tokens are issued",
      List.of("InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge"),
      "nothing; an error yields no tokens", true),
  /** Tokens from a sign-in. */
  TokenGeneration_Authentication(Trigger.PRE_TOKEN_GENERATION, "before the tokens of a sign-in are signed",
      List.of("InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge"),
      "claims to add, override or suppress, groups (V1: the ID token; V2: the access token's claims and scopes too); "
          + "never the protected claims",
      true),
  /** Tokens from the NEW_PASSWORD_REQUIRED answer. */
  TokenGeneration_NewPasswordChallenge(Trigger.PRE_TOKEN_GENERATION, "before the tokens of a NEW_PASSWORD_REQUIRED answer are signed",
      List.of("RespondToAuthChallenge", "AdminRespondToAuthChallenge"),
      "as TokenGeneration_Authentication", true),
  /** Tokens renewed from a refresh token. */
  TokenGeneration_RefreshTokens(Trigger.PRE_TOKEN_GENERATION, "before tokens renewed from a refresh token are signed",
      List.of("InitiateAuth", "AdminInitiateAuth", "GetTokensFromRefreshToken"), "as TokenGeneration_Authentication", true),
  /** The sign-up code. */
  CustomMessage_SignUp(Trigger.CUSTOM_MESSAGE, "before the sign-up code is sent", List.of("SignUp"), CustomMessageAnswer.MAY_CHANGE, true),
  /** The invitation. */
  CustomMessage_AdminCreateUser(Trigger.CUSTOM_MESSAGE, "before the invitation is sent", List.of("AdminCreateUser"),
      CustomMessageAnswer.MAY_CHANGE, true),
  /** A sign-up code sent again. */
  CustomMessage_ResendCode(Trigger.CUSTOM_MESSAGE, "before a sign-up code is sent again", List.of("ResendConfirmationCode"),
      CustomMessageAnswer.MAY_CHANGE, true),
  /** The password-reset code. */
  CustomMessage_ForgotPassword(Trigger.CUSTOM_MESSAGE, "before the password-reset code is sent",
      List.of("ForgotPassword", "AdminResetUserPassword"), CustomMessageAnswer.MAY_CHANGE, true),
  /** A changed contact's code. */
  CustomMessage_UpdateUserAttribute(Trigger.CUSTOM_MESSAGE, "before a changed email or phone number's code is sent",
      List.of("UpdateUserAttributes", "AdminUpdateUserAttributes"), CustomMessageAnswer.MAY_CHANGE, true),
  /** A requested verification code. */
  CustomMessage_VerifyUserAttribute(Trigger.CUSTOM_MESSAGE, "before a requested verification code is sent",
      List.of("GetUserAttributeVerificationCode"), CustomMessageAnswer.MAY_CHANGE, true),
  /** An MFA or sign-in code (sent by the SMS and email one-time-password sign-ins, which word it through the same rules). */
  CustomMessage_Authentication(Trigger.CUSTOM_MESSAGE, "before an MFA or one-time sign-in code is sent",
      List.of("InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge"), CustomMessageAnswer.MAY_CHANGE,
      true),
  /** A sign-in of an unknown user. */
  UserMigration_Authentication(Trigger.USER_MIGRATION,
      "a USER_PASSWORD_AUTH or ADMIN_USER_PASSWORD_AUTH sign-in of a user the pool does not have",
      List.of("InitiateAuth", "AdminInitiateAuth"),
      "userAttributes (required: none means no migration), finalUserStatus, messageAction, desiredDeliveryMediums, forceAliasCreation",
      true),
  /** A forgotten password of an unknown user. */
  UserMigration_ForgotPassword(Trigger.USER_MIGRATION, "ForgotPassword of a user the pool does not have", List.of("ForgotPassword"),
      "userAttributes (required: none means no migration; a verified email or phone receives the code), messageAction, "
          + "desiredDeliveryMediums, forceAliasCreation",
      true),
  /** CUSTOM_AUTH. */
  DefineAuthChallenge_Authentication(Trigger.DEFINE_AUTH_CHALLENGE, "each step of a CUSTOM_AUTH sign-in",
      List.of("InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge"),
      "challengeName, issueTokens, failAuthentication", true),
  /** CUSTOM_AUTH. */
  CreateAuthChallenge_Authentication(Trigger.CREATE_AUTH_CHALLENGE, "when DefineAuthChallenge asks for CUSTOM_CHALLENGE",
      List.of("InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge"),
      "publicChallengeParameters, privateChallengeParameters, challengeMetadata",
      true),
  /** CUSTOM_AUTH. */
  VerifyAuthChallengeResponse_Authentication(Trigger.VERIFY_AUTH_CHALLENGE_RESPONSE, "when a CUSTOM_CHALLENGE is answered",
      List.of("RespondToAuthChallenge", "AdminRespondToAuthChallenge"), "answerCorrect", true);

  private final Trigger trigger;
  private final String when;
  private final Seq<String> operations;
  private final String mayChange;
  private final boolean implemented;

  TriggerSource(Trigger trigger, String when, Seq<String> operations, String mayChange, boolean implemented) {
    this.trigger = trigger;
    this.when = when;
    this.operations = operations;
    this.mayChange = mayChange;
    this.implemented = implemented;
  }

  /**
   * The pre token generation source of tokens issued by the answer to {@code challengeName}:
   * {@link #TokenGeneration_NewPasswordChallenge} for {@code NEW_PASSWORD_REQUIRED}, else {@link #TokenGeneration_Authentication}.
   */
  public static TriggerSource ofAnswer(String challengeName) {
    return "NEW_PASSWORD_REQUIRED".equals(challengeName) ? TokenGeneration_NewPasswordChallenge : TokenGeneration_Authentication;
  }

  /**
   * The custom message source of {@code message} sent by {@code operation}: the invitation's; a sign-up code's
   * ({@code ResendCode} when ResendConfirmationCode sent it); a reset code's; an attribute's code
   * ({@code VerifyUserAttribute} when GetUserAttributeVerificationCode sent it, else {@code UpdateUserAttribute}).
   */
  public static TriggerSource ofMessage(Operation operation, Message message) {
    return message.fold(code -> switch (code.purpose()) {
      case SIGN_UP -> operation == Operation.RESEND_CONFIRMATION_CODE ? CustomMessage_ResendCode : CustomMessage_SignUp;
      case PASSWORD_RESET -> CustomMessage_ForgotPassword;
      case SIGN_IN -> CustomMessage_Authentication;
      case ATTRIBUTE_VERIFICATION -> operation == Operation.GET_USER_ATTRIBUTE_VERIFICATION_CODE
          ? CustomMessage_VerifyUserAttribute
          : CustomMessage_UpdateUserAttribute;
    }, invitation -> CustomMessage_AdminCreateUser);
  }

  /** The trigger whose function receives this source. */
  public Trigger trigger() {
    return trigger;
  }

  /** When it runs. */
  public String when() {
    return when;
  }

  /** The operations that send it. */
  public Seq<String> operations() {
    return operations;
  }

  /** What the function's response may change. */
  public String mayChange() {
    return mayChange;
  }

  /** Whether the library sends it. */
  public boolean implemented() {
    return implemented;
  }
}

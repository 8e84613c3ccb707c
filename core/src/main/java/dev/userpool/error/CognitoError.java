package dev.userpool.error;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.password.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * An error as Cognito returns it: an error code such as {@code NotAuthorizedException}, an exact
 * message and an HTTP status. On the wire (AWS JSON 1.1) it is
 * {@code {"__type": "<code>", "message": "<message>"}}.
 *
 * <p>Messages never contain a password, a code or a session. Where a message takes a detail (a status,
 * a pool id, a username the caller sent), the record carries it.
 */
public sealed interface CognitoError
    permits CognitoError.RequestInvalid,
    CognitoError.InvalidParameter,
    AttributesRefused,
    OAuthConfigRefused,
    ConfigurationRefused,
    MfaRefused,
    MfaConfigurationRefused,
    UserAuthRefused,
    WebAuthnRefused,
    CognitoError.InvalidPassword,
    CognitoError.MalformedPassword,
    CognitoError.PasswordHistoryPolicyViolation,
    CognitoError.NotAuthorized,
    CognitoError.SecretHashRefused,
    CognitoError.ClientSecretRefused,
    CognitoError.CannotConfirm,
    CognitoError.UserNotFound,
    CognitoError.UserNotConfirmed,
    CognitoError.PasswordResetRequired,
    CognitoError.UsernameExists,
    CognitoError.AliasExists,
    CognitoError.CodeMismatch,
    CognitoError.ExpiredCode,
    CognitoError.ResourceNotFound,
    CognitoError.UnsupportedUserState,
    CognitoError.FeatureUnavailableInTier,
    CognitoError.TooManyRequests,
    CognitoError.InternalError,
    CognitoError.UnsupportedOperation,
    CognitoError.GroupExists,
    CognitoError.GroupNotFound,
    CognitoError.UnsupportedTokenType,
    LambdaError,
    LambdaConfigRefused {

  /** Cognito's error code, with its wire name and HTTP status. */
  ErrorCode code();

  /** Cognito's error code as it goes on the wire, for example {@code UserNotConfirmedException}. */
  default String cognitoError() {
    return code().wireName();
  }

  /** The exact message. */
  String message();

  /** The HTTP status of the response: 400, or 500 for {@link InternalError}. */
  default int httpStatus() {
    return code().httpStatus();
  }

  /** One error of every kind and wording the library can return, with sample details, for the documentation. */
  static Seq<CognitoError> catalogue() {
    return List.<CognitoError>of(new RequestInvalid(List.of(new ParameterViolation.Missing("username"))))
        .appendAll(List.of(InvalidParameter.Reason.values()).map(r -> new InvalidParameter(r, r.sampleSubject())))
        .appendAll(List.of(AttributesRefused.Wording.values()).flatMap(w -> List.of(AttributesRefused.Problem.values())
            .map(p -> new AttributesRefused(w, List.of(new AttributesRefused.Line("custom:tier", p, "10"))))))
        .appendAll(List.of(InvalidPassword.Wording.values()).flatMap(w -> List.<Violation>of(
            new Violation.TooShort(8, 5), new Violation.MissingLowercase(), new Violation.MissingUppercase(),
            new Violation.MissingNumber(), new Violation.MissingSymbol())
            .map(v -> new InvalidPassword(List.of(v), w))))
        .appendAll(List.of(MalformedPassword.Shape.values()).map(MalformedPassword::new))
        .append(new PasswordHistoryPolicyViolation())
        .appendAll(List.of(NotAuthorized.Reason.values()).map(NotAuthorized::new))
        .appendAll(List.of(SecretHashRefused.Kind.values()).map(k -> new SecretHashRefused(k, "1example23456789")))
        .appendAll(List.of(ClientSecretRefused.Kind.values()).map(k -> new ClientSecretRefused(k, "1example23456789")))
        .append(new CannotConfirm("CONFIRMED"))
        .appendAll(List.of(UserNotFound.Reason.values()).map(UserNotFound::new))
        .append(new UserNotConfirmed())
        .append(new PasswordResetRequired())
        .appendAll(List.of(UsernameExists.Reason.values()).map(UsernameExists::new))
        .appendAll(List.of(AliasExists.Reason.values()).map(AliasExists::new))
        .append(new CodeMismatch())
        .append(new ExpiredCode())
        .append(new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, "us-east-1_EXAMPLE"))
        .append(new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, "1example23456789"))
        .append(new UnsupportedUserState("jane"))
        .append(new FeatureUnavailableInTier("LITE", FeatureUnavailableInTier.PASSWORD_REUSE_PREVENTION))
        .append(new TooManyRequests())
        .append(new InternalError())
        .append(new UnsupportedOperation("USER_SRP_AUTH"))
        .append(new GroupExists("admins"))
        .append(new GroupNotFound())
        .append(new UnsupportedTokenType())
        .appendAll(OAuthConfigRefused.samples())
        .append(new ConfigurationRefused(List.of("UserPoolAddOns.AdvancedSecurityMode")))
        .appendAll(List.of(LambdaError.Kind.values()).map(k -> new LambdaError(k, "PreSignUp", "Registration is closed")))
        .appendAll(List.of(LambdaConfigRefused.Reason.values()).map(r -> new LambdaConfigRefused(r, "CustomMessage")))
        .appendAll(List.of(MfaRefused.Reason.values()).map(MfaRefused::new))
        .appendAll(List.of(MfaConfigurationRefused.Reason.values()).map(MfaConfigurationRefused::new))
        .appendAll(UserAuthRefused.samples())
        .appendAll(List.of(WebAuthnRefused.Reason.values()).map(WebAuthnRefused::new));
  }

  // -- InvalidParameterException

  /** A request that breaks its members' constraints: AWS's {@code N validation error(s) detected: ...}. */
  record RequestInvalid(Seq<ParameterViolation> violations) implements CognitoError {
    public RequestInvalid {
      Objects.requireNonNull(violations, "violations is null");
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("a request error needs at least one violation");
      }
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.INVALID_PARAMETER;
    }

    @Override
    public String message() {
      return ParameterViolation.describe(violations);
    }
  }

  /** A well-formed request that the pool or client cannot take. */
  record InvalidParameter(Reason reason, String subject) implements CognitoError {

    /** Why, with Cognito's wording ({@code %s} is the subject). */
    public enum Reason {
      /** InitiateAuth with USER_PASSWORD_AUTH on a client that does not allow it (confirmed). */
      USER_PASSWORD_AUTH_NOT_ENABLED("USER_PASSWORD_AUTH flow not enabled for this client", ""),
      /** AdminInitiateAuth with an admin password flow the client does not allow (observed). */
      AUTH_FLOW_NOT_ENABLED("Auth flow not enabled for this client", ""),
      /** An admin flow sent to InitiateAuth (observed). */
      AUTH_METHOD_NOT_SUPPORTED("Initiate Auth method not supported.", ""),
      /** A missing entry of AuthParameters or ChallengeResponses (observed for USERNAME). */
      MISSING_PARAMETER("Missing required parameter %s", "USERNAME"),
      /** ForgotPassword or AdminResetUserPassword for a user without a verified email or phone (confirmed). */
      NO_VERIFIED_CONTACT("Cannot reset password for the user as there is no registered/verified email or phone_number", ""),
      /** A username that is not an email in a pool whose usernames are emails (decided wording). */
      USERNAME_SHOULD_BE_EMAIL("Username should be an email.", ""),
      /** A username that is not a phone number in a pool whose usernames are phone numbers (decided wording). */
      USERNAME_SHOULD_BE_PHONE_NUMBER("Username should be a phone number.", ""),
      /** An attribute that is neither standard nor {@code custom:} (decided wording). */
      UNKNOWN_ATTRIBUTE("Attributes did not conform to the schema: Type for attribute {%s} could not be determined", "nickname2"),
      /** An {@code email} attribute that is not an email (decided wording). */
      INVALID_EMAIL("Invalid email address format.", ""),
      /** A {@code phone_number} attribute that is not in E.164 form (decided wording). */
      INVALID_PHONE_NUMBER("Invalid phone number format.", ""),
      /** An attempt to set {@code sub} (decided wording). */
      IMMUTABLE_ATTRIBUTE("Attributes did not conform to the schema: %s: Attribute cannot be updated. (changing an immutable attribute)",
          "sub"),
      /** A pool configured with both UsernameAttributes and AliasAttributes (decided wording). */
      USERNAME_AND_ALIAS_ATTRIBUTES("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.", ""),
      /** A ListUsers filter the library cannot parse (decided wording). */
      INVALID_FILTER("Error while parsing filter.", ""),
      /** A ListUsers pagination token the library did not issue (decided wording). */
      INVALID_PAGINATION_TOKEN("Invalid pagination token.", ""),
      /**
       * An app client's AccessTokenValidity, IdTokenValidity or RefreshTokenValidity out of its range, or an
       * access or ID token outliving the refresh token (observed: awsdocs/aws-cloudformation-user-guide#828).
       */
      INVALID_TOKEN_VALIDITY("Invalid range for token validity", ""),
      /**
       * An {@code SRP_A} that is not hex or whose value is 0 mod N (InvalidParameterException observed in
       * amazon-cognito-identity-js#356; decided wording).
       */
      INVALID_SRP_A("Invalid SRP_A value.", ""),
      /** ResendConfirmationCode for a user who is not UNCONFIRMED (observed for CONFIRMED). */
      ALREADY_CONFIRMED("User is already confirmed.", ""),
      /** ResendConfirmationCode for a user with no contact the pool auto-verifies (decided wording). */
      NO_AUTO_VERIFIED_CONTACT("Cannot resend codes. Auto verification not turned on.", ""),
      /**
       * GetUserAttributeVerificationCode or VerifyUserAttribute for an attribute other than email and phone_number
       * (observed: amplify-js#3652; floci-io/floci#2018, checked against Cognito).
       */
      NOT_VERIFIABLE("Invalid attribute name. Only phone_number and email can be verified.", ""),
      /**
       * GetUserAttributeVerificationCode for a contact the user has no value for (observed for the phone number in
       * floci-io/floci#2018's tests; the email's wording is the library's, by analogy).
       */
      NO_CONTACT_TO_VERIFY("User does not have a valid registered %s", "phone number"),
      /** VerifyUserAttribute for a contact the user has no value for (observed: jagregory/cognito-local, floci-io/floci). */
      NO_VALUE_TO_VERIFY("Unable to verify attribute: %s no value set to verify", "phone_number"),
      /** AttributesRequireVerificationBeforeUpdate naming a contact the pool does not auto-verify (observed: aws/aws-cli#7151). */
      VERIFY_BEFORE_UPDATE_NOT_AUTO_VERIFIED(
          "All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes",
          ""),
      /**
       * AdminDeleteUserAttributes of the email or phone number that stands for the username in a pool
       * whose usernames are emails or phone numbers (decided wording).
       */
      USERNAME_ATTRIBUTE_REQUIRED("Attributes did not conform to the schema: %s: The attribute is required", "email"),
      /** A pool created with a fixed id that is already used (decided wording; Cognito always picks ids). */
      USER_POOL_EXISTS("User pool %s already exists.", "us-east-1_EXAMPLE"),
      /** An app client created with a fixed id that is already used (decided wording; Cognito always picks ids). */
      USER_POOL_CLIENT_EXISTS("User pool client %s already exists.", "1example23456789"),
      /** A custom attribute without AttributeDataType (observed, in CloudFormation's reports of Cognito's answer). */
      INVALID_ATTRIBUTE_DATA_TYPE("Invalid AttributeDataType input, consider using the provided AttributeDataType enum.", ""),
      /** A Schema element that gives a standard attribute another data type or DeveloperOnlyAttribute (observed). */
      STANDARD_ATTRIBUTE_TYPE("You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute %s",
          "family_name"),
      /**
       * A NEW_PASSWORD_REQUIRED answer that leaves the user without a required attribute (observed: aws/aws-sdk-js#1290,
       * amazon-archives/aws-cognito-angular-quickstart#116).
       */
      REQUIRED_ATTRIBUTE_MISSING("Invalid attributes given, %s is missing", "name"),
      /** A custom attribute marked Required (observed: boto/boto3#2317). */
      REQUIRED_CUSTOM_ATTRIBUTE("Required custom attributes are not supported currently.", ""),
      /** A custom attribute whose name the schema has already (observed, in CloudFormation's reports of Cognito's answer). */
      SCHEMA_ATTRIBUTE_EXISTS("Existing schema attributes cannot be modified or deleted.", ""),
      /** More custom attributes than a pool may have (the quota is documented; decided wording). */
      TOO_MANY_CUSTOM_ATTRIBUTES("A user pool can have at most 50 custom attributes.", ""),
      /** StringAttributeConstraints or NumberAttributeConstraints that are not numbers in range (decided wording). */
      INVALID_ATTRIBUTE_CONSTRAINTS("Invalid attribute constraints for %s.", "custom:tier"),
      /** CreateUserPoolClient with a ReadAttributes name the schema does not have (decided wording, after the write one). */
      INVALID_READ_ATTRIBUTES_CREATE("Invalid read attributes specified while creating a client", ""),
      /** UpdateUserPoolClient with a ReadAttributes name the schema does not have (decided wording, after the write one). */
      INVALID_READ_ATTRIBUTES_UPDATE("Invalid read attributes specified while updating a client", ""),
      /** CreateUserPoolClient with a WriteAttributes name that cannot be written (decided wording, after the update one). */
      INVALID_WRITE_ATTRIBUTES_CREATE("Invalid write attributes specified while creating a client", ""),
      /** UpdateUserPoolClient with a WriteAttributes name that cannot be written (observed: aws/aws-sdk-java#1395). */
      INVALID_WRITE_ATTRIBUTES_UPDATE("Invalid write attributes specified while updating a client", ""),
      /**
       * CreateUserPoolClient or UpdateUserPoolClient with {@code RefreshTokenRotation} {@code Feature} ENABLED: the
       * library does not rotate refresh tokens, and says so rather than ignore the setting (the library's wording).
       */
      REFRESH_TOKEN_ROTATION_UNSUPPORTED("RefreshTokenRotation with Feature ENABLED is not supported by the userpool library; "
          + "GetTokensFromRefreshToken renews the ID and access tokens without rotating the refresh token.", "");

      private final String template;
      private final String sampleSubject;

      Reason(String template, String sampleSubject) {
        this.template = template;
        this.sampleSubject = sampleSubject;
      }

      /** The message with {@code subject} in place of {@code %s}. */
      public String render(String subject) {
        return template.contains("%s") ? template.replace("%s", subject) : template;
      }

      String sampleSubject() {
        return sampleSubject;
      }
    }

    public InvalidParameter {
      Objects.requireNonNull(reason, "reason is null");
      Objects.requireNonNull(subject, "subject is null");
    }

    /** An error whose message takes no subject. */
    public static InvalidParameter of(Reason reason) {
      return new InvalidParameter(reason, "");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.INVALID_PARAMETER;
    }

    @Override
    public String message() {
      return reason.render(subject);
    }
  }

  // -- InvalidPasswordException and PasswordHistoryPolicyViolationException

  /**
   * A password that breaks the pool's policy. {@link #violations()} holds every rule broken; the
   * message names the first, as Cognito reports one rule per response ({@code docs/generated/errors.md}).
   */
  record InvalidPassword(Seq<Violation> violations, Wording wording) implements CognitoError {

    /**
     * The three prefixes Cognito uses. SignUp was seen with the first, AdminCreateUser with the second (a
     * real response quoted in data-dot-all/dataall#690), the other operations with the third (see
     * {@code docs/generated/decisions.md}); which of the others uses which stays the library's decision.
     */
    public enum Wording {
      /** SignUp. */
      DID_NOT_CONFORM_WITH("Password did not conform with policy: "),
      /** AdminCreateUser's TemporaryPassword (also with MessageAction RESEND). */
      DID_NOT_CONFORM_WITH_PASSWORD_POLICY("Password did not conform with password policy: "),
      /** AdminSetUserPassword, ChangePassword, ConfirmForgotPassword and the new-password challenge. */
      DOES_NOT_CONFORM_TO("Password does not conform to policy: ");

      private final String prefix;

      Wording(String prefix) {
        this.prefix = prefix;
      }

      /** The prefix before the rule's words. */
      public String prefix() {
        return prefix;
      }
    }

    public InvalidPassword {
      Objects.requireNonNull(violations, "violations is null");
      Objects.requireNonNull(wording, "wording is null");
      if (violations.isEmpty() || violations.exists(v -> v instanceof Violation.ReusedPassword)) {
        throw new IllegalArgumentException("InvalidPassword needs policy violations only");
      }
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.INVALID_PASSWORD;
    }

    @Override
    public String message() {
      return wording.prefix() + violations.head().description();
    }
  }

  /**
   * A new password in a challenge answer (where no request pattern applies) with leading or trailing
   * whitespace, or too long. The pattern wording was observed in Amplify's message table; the length
   * wording is the library's decision.
   */
  record MalformedPassword(Shape shape) implements CognitoError {

    /** What is wrong with the password's shape. */
    public enum Shape {
      /** Leading or trailing whitespace, a line break, or fewer than two characters. */
      PATTERN("Password does not conform to policy: Password must satisfy regular expression pattern: ^\\S.*\\S$"),
      /** More than 256 code points. */
      TOO_LONG("Password does not conform to policy: Password must have length less than or equal to 256");

      private final String message;

      Shape(String message) {
        this.message = message;
      }
    }

    public MalformedPassword {
      Objects.requireNonNull(shape, "shape is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.INVALID_PASSWORD;
    }

    @Override
    public String message() {
      return shape.message;
    }
  }

  /** The new password is one of the user's recent ones. AWS publishes no message; this wording is decided. */
  record PasswordHistoryPolicyViolation() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.PASSWORD_HISTORY_POLICY_VIOLATION;
    }

    @Override
    public String message() {
      return new Violation.ReusedPassword(0).description();
    }
  }

  // -- NotAuthorizedException

  /** A refusal to authenticate or to act on the user. */
  record NotAuthorized(Reason reason) implements CognitoError {

    /** Why, with Cognito's exact words. */
    public enum Reason {
      /** Wrong password, or (PreventUserExistenceErrors) an unknown user (confirmed). */
      INCORRECT_USERNAME_OR_PASSWORD("Incorrect username or password."),
      /**
       * A sign-in during a lockout after failed attempts, whatever the password (confirmed, AWS developer guide
       * "Lockout behavior for failed sign-in attempts").
       */
      PASSWORD_ATTEMPTS_EXCEEDED("Password attempts exceeded"),
      /** The user's Enabled flag is off (confirmed). */
      USER_DISABLED("User is disabled."),
      /** A temporary password older than TemporaryPasswordValidityDays (observed). */
      TEMPORARY_PASSWORD_EXPIRED("Temporary password has expired and must be reset by an administrator."),
      /** A challenge session that was never issued to this user (confirmed wording for a garbage session). */
      SESSION_INVALID("Invalid session for the user."),
      /** A challenge session answered before (observed). */
      SESSION_USED("Invalid session for the user, session can only be used once."),
      /** A challenge session past the client's AuthSessionValidity (observed). */
      SESSION_EXPIRED("Invalid session for the user, session is expired."),
      /** ForgotPassword or AdminResetUserPassword in a status that has no password to reset (confirmed). */
      PASSWORD_CANNOT_BE_RESET("User password cannot be reset in the current state."),
      /** A password sign-in by a federated (EXTERNAL_PROVIDER) user (confirmed). */
      NOT_AUTHORIZED_TO_GET_AUTH_DETAILS("User is not authorized to get auth details."),
      /**
       * SignUp or a challenge answer that sets {@code email_verified} or {@code phone_number_verified}
       * (observed wording; that app clients may not write them is the library's decision).
       */
      ATTRIBUTE_NOT_WRITABLE("A client attempted to write unauthorized attribute"),
      /** An access token that is malformed or whose user no longer exists (confirmed). */
      INVALID_ACCESS_TOKEN("Invalid Access Token"),
      /** An access token past its expiry (observed). */
      ACCESS_TOKEN_EXPIRED("Access Token has expired"),
      /** An access token revoked by sign-out, disabling or deletion (confirmed). */
      ACCESS_TOKEN_REVOKED("Access Token has been revoked"),
      /**
       * A refresh token not issued here, or to another app client (confirmed with its period: a real response
       * in aws/aws-sdk-cpp#1789).
       */
      INVALID_REFRESH_TOKEN("Invalid Refresh Token."),
      /** A refresh token past its RefreshTokenValidity (confirmed: a real response in aws-amplify/amplify-swift#3496). */
      REFRESH_TOKEN_EXPIRED("Refresh Token has expired"),
      /** A refresh token revoked by sign-out, RevokeToken, disabling or deletion (confirmed: aws-amplify/amplify-swift#3344). */
      REFRESH_TOKEN_REVOKED("Refresh Token has been revoked");

      private final String message;

      Reason(String message) {
        this.message = message;
      }
    }

    public NotAuthorized {
      Objects.requireNonNull(reason, "reason is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.NOT_AUTHORIZED;
    }

    @Override
    public String message() {
      return reason.message;
    }
  }

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

  // -- lookups and statuses

  /** No such user; the wording depends on the operation (confirmed for both). */
  record UserNotFound(Reason reason) implements CognitoError {

    /** The two wordings. */
    public enum Reason {
      /** Admin operations and sign-in. */
      USER_DOES_NOT_EXIST("User does not exist."),
      /** The self-service code operations: ForgotPassword, ConfirmForgotPassword, ConfirmSignUp. */
      USERNAME_CLIENT_ID_NOT_FOUND("Username/client id combination not found.");

      private final String message;

      Reason(String message) {
        this.message = message;
      }
    }

    public UserNotFound {
      Objects.requireNonNull(reason, "reason is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.USER_NOT_FOUND;
    }

    @Override
    public String message() {
      return reason.message;
    }
  }

  /** Sign-in or a password operation by an UNCONFIRMED user (confirmed). */
  record UserNotConfirmed() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.USER_NOT_CONFIRMED;
    }

    @Override
    public String message() {
      return "User is not confirmed.";
    }
  }

  /** Sign-in by a RESET_REQUIRED user (confirmed, no trailing period). */
  record PasswordResetRequired() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.PASSWORD_RESET_REQUIRED;
    }

    @Override
    public String message() {
      return "Password reset required for the user";
    }
  }

  /** The username, or the email or phone used as username, is taken. */
  record UsernameExists(Reason reason) implements CognitoError {

    /** The wording, which depends on the operation and the pool (confirmed). */
    public enum Reason {
      /** SignUp. */
      USER_ALREADY_EXISTS("User already exists"),
      /** AdminCreateUser. */
      USER_ACCOUNT_ALREADY_EXISTS("User account already exists"),
      /** Either operation in a pool whose usernames are emails. */
      EMAIL_TAKEN("An account with the given email already exists."),
      /** Either operation in a pool whose usernames are phone numbers. */
      PHONE_NUMBER_TAKEN("An account with the given phone_number already exists.");

      private final String message;

      Reason(String message) {
        this.message = message;
      }
    }

    public UsernameExists {
      Objects.requireNonNull(reason, "reason is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.USERNAME_EXISTS;
    }

    @Override
    public String message() {
      return reason.message;
    }
  }

  /** A verified alias (email, phone number, preferred username) another user already holds. */
  record AliasExists(Reason reason) implements CognitoError {

    /** Which alias. */
    public enum Reason {
      /** The email alias. */
      EMAIL("An account with the given email already exists."),
      /** The phone-number alias. */
      PHONE_NUMBER("An account with the given phone_number already exists."),
      /** The preferred-username alias. */
      PREFERRED_USERNAME("An account with the given preferred_username already exists.");

      private final String message;

      Reason(String message) {
        this.message = message;
      }
    }

    public AliasExists {
      Objects.requireNonNull(reason, "reason is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.ALIAS_EXISTS;
    }

    @Override
    public String message() {
      return reason.message;
    }
  }

  /** A confirmation or reset code that does not match (confirmed). */
  record CodeMismatch() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.CODE_MISMATCH;
    }

    @Override
    public String message() {
      return "Invalid verification code provided, please try again.";
    }
  }

  /** A code past its validity, or none requested (confirmed). */
  record ExpiredCode() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.EXPIRED_CODE;
    }

    @Override
    public String message() {
      return "Invalid code provided, please request a code again.";
    }
  }

  /** An unknown user pool or app client (confirmed). */
  record ResourceNotFound(Kind kind, String id) implements CognitoError {

    /** What was not found. */
    public enum Kind {
      /** A user pool. */
      USER_POOL("User pool "),
      /** An app client. */
      USER_POOL_CLIENT("User pool client ");

      private final String prefix;

      Kind(String prefix) {
        this.prefix = prefix;
      }
    }

    public ResourceNotFound {
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(id, "id is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.RESOURCE_NOT_FOUND;
    }

    @Override
    public String message() {
      return kind.prefix + id + " does not exist.";
    }
  }

  /** AdminCreateUser with MessageAction RESEND for a user who is not FORCE_CHANGE_PASSWORD (observed). */
  record UnsupportedUserState(String username) implements CognitoError {
    public UnsupportedUserState {
      Objects.requireNonNull(username, "username is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.UNSUPPORTED_USER_STATE;
    }

    @Override
    public String message() {
      return "Resend not possible. " + username + " status is not FORCE_CHANGE_PASSWORD";
    }
  }

  /** A pool setting its feature plan does not include (confirmed format; the feature's name is decided). */
  record FeatureUnavailableInTier(String tier, String feature) implements CognitoError {

    /** The library's name for PasswordHistorySize in this message; AWS calls the feature "password reuse prevention". */
    public static final String PASSWORD_REUSE_PREVENTION = "Password Reuse Prevention";

    public FeatureUnavailableInTier {
      Objects.requireNonNull(tier, "tier is null");
      Objects.requireNonNull(feature, "feature is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.FEATURE_UNAVAILABLE_IN_TIER;
    }

    @Override
    public String message() {
      return "The following features need to be disabled for the " + tier + " pricing tier configured: " + feature;
    }
  }

  // -- service conditions

  /** A rate limit refused the call. */
  record TooManyRequests() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.TOO_MANY_REQUESTS;
    }

    @Override
    public String message() {
      return "Rate exceeded";
    }
  }

  /**
   * A port failed unexpectedly; nothing was changed. The wording is decided. The cause, when there is
   * one, is kept for debugging and never shown in the message or {@code toString}.
   */
  record InternalError(Option<Throwable> cause) implements CognitoError {

    /** An internal error without a cause. */
    public InternalError() {
      this(Option.none());
    }

    public InternalError {
      Objects.requireNonNull(cause, "cause is null");
    }

    @Override
    public String toString() {
      return "InternalError[cause=" + cause.map(c -> c.getClass().getName()) + "]";
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.INTERNAL_ERROR;
    }

    @Override
    public String message() {
      return "Internal server error.";
    }
  }

  /** A valid Cognito request for a feature this library does not implement, for example an SRP flow. */
  record UnsupportedOperation(String feature) implements CognitoError {
    public UnsupportedOperation {
      Objects.requireNonNull(feature, "feature is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.UNSUPPORTED_OPERATION;
    }

    @Override
    public String message() {
      return feature + " is not implemented by the userpool library.";
    }
  }

  // -- groups and tokens

  /** CreateGroup with a name the pool already has (the library's wording; AWS publishes none). */
  record GroupExists(String groupName) implements CognitoError {
    public GroupExists {
      Objects.requireNonNull(groupName, "groupName is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.GROUP_EXISTS;
    }

    @Override
    public String message() {
      return "A group with the name " + groupName + " already exists.";
    }
  }

  /** A group the pool does not have (the library's wording; AWS publishes none). */
  record GroupNotFound() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.RESOURCE_NOT_FOUND;
    }

    @Override
    public String message() {
      return "Group not found.";
    }
  }

  /** RevokeToken with a token that is not a refresh token (the library's wording; AWS publishes none). */
  record UnsupportedTokenType() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.UNSUPPORTED_TOKEN_TYPE;
    }

    @Override
    public String message() {
      return "Unsupported token type. Only refresh tokens can be revoked.";
    }
  }
}

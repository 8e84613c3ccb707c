package dev.userpool.error;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.password.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * An error as Cognito returns it: an error code such as {@code NotAuthorizedException}, an exact
 * message and an HTTP status. On the wire (AWS JSON 1.1) it is
 * {@code {"__type": "<code>", "message": "<message>"}}.
 *
 * <p>Messages never contain a password, a code or a session. Where a message takes a detail (a status,
 * a pool id, a username the caller sent), the record carries it.
 *
 * <p>The errors most operations return are nested here; the others are declared in the holders this interface extends
 * ({@link PasswordErrors}, {@link AuthorizationErrors}, {@link StatusErrors}, {@link ServiceErrors}) and inherited as its member
 * types, so code still names each {@code CognitoError.CodeMismatch}; an import names it by its holder. The errors of one
 * capability are records of their own beside it ({@link AttributesRefused}, {@link MfaRefused}, ...).
 */
public sealed interface CognitoError extends PasswordErrors, AuthorizationErrors, StatusErrors, ServiceErrors
    permits CognitoError.RequestInvalid,
    CognitoError.InvalidParameter,
    AttributesRefused,
    OAuthConfigRefused,
    ConfigurationRefused,
    MfaRefused,
    DeviceRefused,
    MfaConfigurationRefused,
    UserAuthRefused,
    WebAuthnRefused,
    TagsRefused, PoolOptionRefused,
    PasswordErrors.InvalidPassword,
    PasswordErrors.MalformedPassword,
    PasswordErrors.PasswordHistoryPolicyViolation,
    CognitoError.NotAuthorized,
    AuthorizationErrors.SecretHashRefused,
    AuthorizationErrors.ClientSecretRefused,
    AuthorizationErrors.CannotConfirm,
    SignUpRefused,
    CognitoError.UserNotFound,
    StatusErrors.UserNotConfirmed,
    StatusErrors.PasswordResetRequired,
    StatusErrors.UsernameExists,
    StatusErrors.AliasExists,
    StatusErrors.CodeMismatch,
    StatusErrors.ExpiredCode,
    CognitoError.ResourceNotFound,
    StatusErrors.UnsupportedUserState,
    StatusErrors.FeatureUnavailableInTier,
    ServiceErrors.TooManyRequests,
    ServiceErrors.InternalError,
    ServiceErrors.UnsupportedOperation,
    ServiceErrors.GroupExists,
    ServiceErrors.GroupNotFound,
    ServiceErrors.UnsupportedTokenType,
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
        .append(new SignUpRefused())
        .appendAll(List.of(UserNotFound.Reason.values()).map(UserNotFound::new))
        .appendAll(List.of(new UserNotConfirmed(), new PasswordResetRequired()))
        .appendAll(List.of(UsernameExists.Reason.values()).map(UsernameExists::new))
        .appendAll(List.of(AliasExists.Reason.values()).map(AliasExists::new))
        .appendAll(List.of(new CodeMismatch(), new ExpiredCode()))
        .append(new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, "us-east-1_EXAMPLE"))
        .append(new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, "1example23456789"))
        .append(new UnsupportedUserState("jane"))
        .append(new FeatureUnavailableInTier("LITE", FeatureUnavailableInTier.PASSWORD_REUSE_PREVENTION))
        .append(new TooManyRequests())
        .append(new InternalError())
        .append(new UnsupportedOperation("USER_SRP_AUTH"))
        .appendAll(List.of(new GroupExists("admins"), new GroupNotFound()))
        .appendAll(List.of(PoolOptionRefused.Reason.values()).map(PoolOptionRefused::new))
        .append(new UnsupportedTokenType())
        .appendAll(OAuthConfigRefused.samples())
        .append(new ConfigurationRefused(List.of("UserPoolAddOns.AdvancedSecurityMode")))
        .appendAll(List.of(LambdaError.Kind.values()).map(k -> new LambdaError(k, "PreSignUp", "Registration is closed")))
        .appendAll(List.of(LambdaConfigRefused.Reason.values()).map(r -> new LambdaConfigRefused(r, "CustomMessage")))
        .appendAll(List.of(MfaRefused.Reason.values()).map(MfaRefused::new))
        .appendAll(List.of(MfaConfigurationRefused.Reason.values()).map(MfaConfigurationRefused::new))
        .appendAll(UserAuthRefused.samples())
        .appendAll(List.of(WebAuthnRefused.Reason.values()).map(WebAuthnRefused::new))
        .appendAll(List.of(DeviceRefused.Reason.values()).map(DeviceRefused::new))
        .appendAll(List.of(TagsRefused.Reason.values()).map(r -> new TagsRefused(r, "us-east-1_EXAMPLE")));
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

  // -- lookups

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
}

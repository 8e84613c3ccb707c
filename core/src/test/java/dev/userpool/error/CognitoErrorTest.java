package dev.userpool.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CognitoErrorTest {

  @Test
  void theCatalogueHoldsEveryKindOfError() {
    var kinds = List.ofAll(CognitoError.catalogue()).map(Object::getClass).distinct();

    assertThat(kinds).containsExactlyInAnyOrder(CognitoError.class.getPermittedSubclasses());
  }

  @Test
  void theCatalogueHoldsEveryWording() {
    var messages = CognitoError.catalogue().map(CognitoError::message);

    assertThat(messages).hasSize(messages.distinct().size() + duplicatesShared());
    assertThat(CognitoError.catalogue().filter(e -> e instanceof CognitoError.NotAuthorized))
        .hasSize(CognitoError.NotAuthorized.Reason.values().length);
    assertThat(CognitoError.catalogue().filter(e -> e instanceof CognitoError.InvalidParameter))
        .hasSize(CognitoError.InvalidParameter.Reason.values().length);
  }

  /**
   * AliasExists and UsernameExists share the email and phone wordings, as Cognito's do; a missing SECRET_HASH and
   * RevokeToken's missing ClientSecret share Cognito's "secret was not received" wording (under two codes);
   * AdminListDevices' unknown user says "User does not exist." under ResourceNotFoundException.
   */
  private static int duplicatesShared() {
    return 4;
  }

  @Test
  void onlyInternalErrorsAreServerErrors() {
    assertThat(CognitoError.catalogue().filter(e -> e.httpStatus() != 400)).containsExactly(new CognitoError.InternalError());
    assertThat(new CognitoError.InternalError().httpStatus()).isEqualTo(500);
  }

  @Test
  void everyCodeEndsInException() {
    assertThat(CognitoError.catalogue().map(CognitoError::cognitoError)).allSatisfy(c -> assertThat(c).endsWith("Exception"));
  }

  @Test
  void everyOperationMayBeRateLimitedOrFailInternally() {
    assertThat(Arrays.stream(Operation.values())).allSatisfy(
        op -> assertThat(op.errors()).contains("TooManyRequestsException", "InternalErrorException", "InvalidParameterException"));
  }

  @Test
  void shouldWordExactlyAsCognito() {
    assertThat(new CognitoError.CannotConfirm("CONFIRMED").message()).isEqualTo("User cannot be confirmed. Current status is CONFIRMED");
    assertThat(new CognitoError.ResourceNotFound(CognitoError.ResourceNotFound.Kind.USER_POOL, "us-east-1_abc").message())
        .isEqualTo("User pool us-east-1_abc does not exist.");
    assertThat(new CognitoError.InvalidParameter(CognitoError.InvalidParameter.Reason.MISSING_PARAMETER, "PASSWORD").message())
        .isEqualTo("Missing required parameter PASSWORD");
    assertThat(new CognitoError.UserNotConfirmed().message()).isEqualTo("User is not confirmed.");
    assertThat(new CognitoError.PasswordResetRequired().message()).isEqualTo("Password reset required for the user");
  }
}

package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

class CognitoExceptionsTest {

  @TestFactory
  Stream<DynamicTest> everyLibraryErrorBecomesTheSdkExceptionOfItsCode() {
    return CognitoError.catalogue().toJavaStream()
        .map(error -> DynamicTest.dynamicTest(error.cognitoError() + ": " + error.message(), () -> {
          CognitoIdentityProviderException e = CognitoExceptions.of(error, "request-1");

          // The SDK spells MFA "Mfa" in its class names (EnableSoftwareTokenMfaException); the wire code keeps "MFA".
          assertThat(e.getClass().getSimpleName()).isEqualToIgnoringCase(error.cognitoError());
          assertThat(e.getClass().getPackageName()).isEqualTo("software.amazon.awssdk.services.cognitoidentityprovider.model");
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo(error.cognitoError());
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(error.message());
          assertThat(e.awsErrorDetails().serviceName()).isEqualTo("CognitoIdentityProvider");
          assertThat(e.awsErrorDetails().sdkHttpResponse().statusCode()).isEqualTo(error.httpStatus());
          assertThat(e.statusCode()).isEqualTo(error.httpStatus());
          assertThat(e.requestId()).isEqualTo("request-1");
          assertThat(e.getMessage()).isEqualTo(error.message()
              + " (Service: CognitoIdentityProvider, Status Code: " + error.httpStatus() + ", Request ID: request-1)");
        }));
  }

  @Test
  void shouldKeepTheCodeOfAnErrorTheSdkHasNoClassFor() {
    CognitoIdentityProviderException e = CognitoExceptions.of("BrandNewException", "Something new.", 400, "request-3");

    assertThat(e.getClass()).isEqualTo(CognitoIdentityProviderException.class);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BrandNewException");
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Something new.");
    assertThat(CognitoExceptions.hasOwnType("BrandNewException")).isFalse();
  }

  @Test
  void shouldRaiseTokenRefusalsAsNotAuthorized() {
    CognitoIdentityProviderException e = CognitoExceptions.of(
        new CognitoError.NotAuthorized(CognitoError.NotAuthorized.Reason.REFRESH_TOKEN_REVOKED), "request-2");

    assertThat(e).isInstanceOf(NotAuthorizedException.class);
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Refresh Token has been revoked");
    assertThat(e.statusCode()).isEqualTo(400);
  }
}

package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

class CognitoExceptionsTest {

  @TestFactory
  Stream<DynamicTest> everyLibraryErrorBecomesTheSdkExceptionOfItsCode() {
    return CognitoError.catalogue().toJavaStream().map(error -> DynamicTest.dynamicTest(error.cognitoError() + ": " + error.message(), () -> {
      CognitoIdentityProviderException e = CognitoExceptions.of(error, "request-1");

      assertThat(e.getClass().getSimpleName()).isEqualTo(error.cognitoError());
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

  @ParameterizedTest
  @EnumSource(TokenRefusal.class)
  void shouldRaiseTokenRefusalsAsNotAuthorized(TokenRefusal refusal) {
    CognitoIdentityProviderException e = CognitoExceptions.of(refusal, "request-2");

    assertThat(e).isInstanceOf(NotAuthorizedException.class);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotAuthorizedException");
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(refusal.message());
    assertThat(e.statusCode()).isEqualTo(400);
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
  void shouldUseCoresWordingForAccessTokens() {
    assertThat(TokenRefusal.INVALID_ACCESS_TOKEN.message()).isEqualTo("Invalid Access Token");
    assertThat(TokenRefusal.ACCESS_TOKEN_EXPIRED.message()).isEqualTo("Access Token has expired");
    assertThat(TokenRefusal.ACCESS_TOKEN_REVOKED.message()).isEqualTo("Access Token has been revoked");
  }
}

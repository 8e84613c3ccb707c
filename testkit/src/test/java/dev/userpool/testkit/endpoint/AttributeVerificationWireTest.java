package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/**
 * GetUserAttributeVerificationCode and VerifyUserAttribute through the real SDK over HTTP, with codes read through
 * the test control ({@code LastCode} with {@code AttributeName}) and the clock moved forward by it.
 */
class AttributeVerificationWireTest {

  private static final String PASSWORD = "Blue-Harbor-42!";

  private static AttributeType attr(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  /** A pool that auto-verifies email (held until verified when {@code keepOriginal}), and jane's access token. */
  private static String[] poolAndToken(CognitoIdentityProviderClient sdk, boolean keepOriginal) {
    String pool = sdk.createUserPool(b -> {
      b.poolName("app").aliasAttributesWithStrings("email").autoVerifiedAttributesWithStrings("email");
      if (keepOriginal) {
        b.userAttributeUpdateSettings(s -> s.attributesRequireVerificationBeforeUpdateWithStrings("email"));
      }
    }).userPool().id();
    String client = sdk
        .createUserPoolClient(b -> b.userPoolId(pool).clientName("web").explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH"))
        .userPoolClient().clientId();
    sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS")
        .userAttributes(attr("email", "jane@example.com"), attr("email_verified", "true")));
    sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password(PASSWORD).permanent(true));
    String token = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult().accessToken();
    return new String[]{ pool, token, client };
  }

  @Test
  void shouldSendVerifyAndRefuseCodesWithCognitosErrors() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      EndpointControl control = EndpointControl.of(endpoint.uri());
      String[] pt = poolAndToken(sdk, false);
      String token = pt[1];

      CodeDeliveryDetailsType details = sdk.getUserAttributeVerificationCode(b -> b.accessToken(token).attributeName("email"))
          .codeDeliveryDetails();
      assertThat(details.attributeName()).isEqualTo("email");
      assertThat(details.deliveryMediumAsString()).isEqualTo("EMAIL");
      assertThat(details.destination()).isEqualTo("j***@e***");
      String code = control.verificationCode(pt[0], "jane", "email").orElseThrow();
      assertThat(control.verificationCode(pt[0], "jane", "phone_number")).isEmpty();

      assertThatThrownBy(() -> sdk.verifyUserAttribute(b -> b.accessToken(token).attributeName("email").code("000000")))
          .isInstanceOfSatisfying(CodeMismatchException.class, e -> {
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid verification code provided, please try again.");
            assertThat(e.statusCode()).isEqualTo(400);
          });
      sdk.verifyUserAttribute(b -> b.accessToken(token).attributeName("email").code(code));
      assertThatThrownBy(() -> sdk.verifyUserAttribute(b -> b.accessToken(token).attributeName("email").code(code)))
          .isInstanceOfSatisfying(ExpiredCodeException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
              .isEqualTo("Invalid code provided, please request a code again."));
      assertThatThrownBy(() -> sdk.getUserAttributeVerificationCode(b -> b.accessToken(token).attributeName("name")))
          .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
              .isEqualTo("Invalid attribute name. Only phone_number and email can be verified."));
      assertThatThrownBy(() -> sdk.verifyUserAttribute(b -> b.accessToken(token).attributeName("phone_number").code("1")))
          .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
              .isEqualTo("Unable to verify attribute: phone_number no value set to verify"));
      assertThatThrownBy(() -> sdk.verifyUserAttribute(b -> b.accessToken("forged").attributeName("email").code("1")))
          .isInstanceOf(NotAuthorizedException.class);
    }
  }

  @Test
  void shouldExpireACodeAfter24HoursOfTheEndpointsClock() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      EndpointControl control = EndpointControl.of(endpoint.uri());
      String[] pt = poolAndToken(sdk, false);

      sdk.getUserAttributeVerificationCode(b -> b.accessToken(pt[1]).attributeName("email"));
      String code = control.verificationCode(pt[0], "jane", "email").orElseThrow();
      control.advance(Duration.ofHours(24));
      // The access token lasted an hour: sign in again, a day later.
      String token = sdk.initiateAuth(b -> b.clientId(pt[2]).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult().accessToken();

      assertThatThrownBy(() -> sdk.verifyUserAttribute(b -> b.accessToken(token).attributeName("email").code(code)))
          .isInstanceOf(ExpiredCodeException.class);
    }
  }

  @Test
  void shouldKeepTheOldEmailUntilTheNewOneIsVerified() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      EndpointControl control = EndpointControl.of(endpoint.uri());
      String[] pt = poolAndToken(sdk, true);
      assertThat(sdk.describeUserPool(b -> b.userPoolId(pt[0])).userPool().userAttributeUpdateSettings()
          .attributesRequireVerificationBeforeUpdateAsStrings()).containsExactly("email");

      assertThat(sdk.updateUserAttributes(b -> b.accessToken(pt[1]).userAttributes(attr("email", "jane@new.example.com")))
          .codeDeliveryDetailsList()).singleElement().satisfies(d -> assertThat(d.destination()).isEqualTo("j***@n***"));
      assertThat(sdk.getUser(b -> b.accessToken(pt[1])).userAttributes())
          .contains(attr("email", "jane@example.com"), attr("email_verified", "true"));
      assertThatThrownBy(() -> sdk.initiateAuth(b -> b.clientId(pt[2]).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane@new.example.com", "PASSWORD", PASSWORD))))
          .isInstanceOf(UserNotFoundException.class);

      String code = control.verificationCode(pt[0], "jane", "email").orElseThrow();
      sdk.verifyUserAttribute(b -> b.accessToken(pt[1]).attributeName("email").code(code));

      assertThat(sdk.adminGetUser(b -> b.userPoolId(pt[0]).username("jane")).userAttributes())
          .contains(attr("email", "jane@new.example.com"), attr("email_verified", "true"));
      assertThat(sdk.initiateAuth(b -> b.clientId(pt[2]).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane@new.example.com", "PASSWORD", PASSWORD))).authenticationResult()).isNotNull();
    }
  }
}

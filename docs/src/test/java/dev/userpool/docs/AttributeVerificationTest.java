package dev.userpool.docs;

// tag::readme-verification[]
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.ContactAttribute;
import dev.userpool.testkit.CognitoTest;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.WithUserPool;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

@CognitoTest
@WithUserPool(autoVerifiedAttributes = ContactAttribute.EMAIL)
class AttributeVerificationTest {

  @Test
  void aChangedEmailIsVerifiedWithTheCodeSentToIt(TestPool pool, CognitoIdentityProviderClient cognito, RecordingMailbox mailbox) {
    pool.user("jane").password("Blue-Harbor-42!").verifiedEmail("jane@example.com").confirmed();
    String token = cognito.adminInitiateAuth(b -> b.userPoolId(pool.id().value()).clientId(pool.clientId().value())
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Blue-Harbor-42!")))
        .authenticationResult().accessToken();

    // the user changes their email: it is unverified, and a code goes to the new address
    cognito.updateUserAttributes(b -> b.accessToken(token)
        .userAttributes(AttributeType.builder().name("email").value("jane@new.example.com").build()));
    String code = mailbox.verificationCode(pool.id().value(), "jane", "email").orElseThrow();

    cognito.verifyUserAttribute(b -> b.accessToken(token).attributeName("email").code(code));

    assertThat(cognito.getUser(b -> b.accessToken(token)).userAttributes())
        .contains(AttributeType.builder().name("email_verified").value("true").build());
  }
}
// end::readme-verification[]

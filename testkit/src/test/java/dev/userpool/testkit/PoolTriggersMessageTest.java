package dev.userpool.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.Trigger;
import dev.userpool.trigger.CustomMessageAnswer;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.MigrationAnswer;
import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

@CognitoTest
class PoolTriggersMessageTest {

  @Test
  void shouldWordMessagesAndMigrateUsersThroughTypedFunctions(TestPool pool, CognitoIdentityProviderClient cognito) {
    pool.triggers().customMessage(event -> new CustomMessageAnswer(Option.none(), Option.some("Welcome! Code {####}"), Option.none()))
        .userMigration(event -> event.request().get("password").contains(Json.text("legacy-pw"))
            ? MigrationAnswer.confirmed(HashMap.of("email", "old@example.com"))
            : MigrationAnswer.NONE);

    cognito.adminCreateUser(b -> b.userPoolId(pool.id().value()).username("joe").temporaryPassword("Tmp-Pass1!")
        .userAttributes(a -> a.name("email").value("joe@example.com")));
    String token = cognito.adminInitiateAuth(b -> b.userPoolId(pool.id().value()).clientId(pool.clientId().value())
        .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "legacy", "PASSWORD", "legacy-pw")))
        .authenticationResult().accessToken();

    assertThat(pool.triggers().events(Trigger.CUSTOM_MESSAGE)).singleElement()
        .satisfies(e -> assertThat(e.source().name()).isEqualTo("CustomMessage_AdminCreateUser"));
    assertThat(pool.cognito().mailbox().all()).last().satisfies(d -> assertThat(d.text().emailMessage())
        .isEqualTo("Your username is joe and temporary password is Tmp-Pass1!."));
    assertThat(token).isNotBlank();
    assertThat(pool.triggers().events(Trigger.USER_MIGRATION)).singleElement()
        .satisfies(e -> assertThat(e.source().name()).isEqualTo("UserMigration_Authentication"));
  }
}

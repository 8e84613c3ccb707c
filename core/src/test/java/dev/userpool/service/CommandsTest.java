package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.password.Password;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.support.Fixtures;
import dev.userpool.user.Sub;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandsTest {

  private static final String SECRET = "Qz7!secret-Passw0rd";

  @Test
  void everyMemberViolationIsReportedOnceInMemberOrder() {
    CognitoError error = Commands.parse(new Requests.SignUp(null, "", " x", null)).getLeft();

    List<ParameterViolation> expected = List.<ParameterViolation>empty()
        .appendAll(ClientId.MEMBER.check(null))
        .appendAll(Username.MEMBER.check(""))
        .appendAll(Password.MEMBER.check(" x"));
    assertThat(error).isEqualTo(new CognitoError.RequestInvalid(expected));
    assertThat(error.message()).startsWith(expected.size() + " validation errors detected: Value null at 'clientId'");
  }

  @Test
  void enumMembersBecomeEnumsAndUnknownValuesListTheAllowedOnesInModelOrder() {
    assertThat(Commands.parse(new Requests.InitiateAuth("client1", "USER_PASSWORD_AUTH", Map.of())).get().authFlow())
        .isEqualTo(AuthFlowType.USER_PASSWORD_AUTH);
    assertThat(Commands.parse(new Requests.RespondToAuthChallenge("client1", "NEW_PASSWORD_REQUIRED", null, Map.of())).get()
        .challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    assertThat(Commands.parse(new Requests.InitiateAuth("client1", "NOPE", Map.of())).getLeft().message())
        .isEqualTo("1 validation error detected: Value 'NOPE' at 'authFlow' failed to satisfy constraint: Member must satisfy enum "
            + "value set: [USER_SRP_AUTH, REFRESH_TOKEN_AUTH, REFRESH_TOKEN, CUSTOM_AUTH, ADMIN_NO_SRP_AUTH, USER_PASSWORD_AUTH, "
            + "ADMIN_USER_PASSWORD_AUTH, USER_AUTH]");
  }

  @Test
  void changePasswordFromATokensGrantChecksBothPasswordMembers() {
    UserPoolId pool = new UserPoolId("us-east-1_x");
    Sub sub = Sub.generate(Fixtures.seeded(1));

    assertThat(Commands.ChangePassword.of(pool, sub, null, " x").getLeft())
        .isEqualTo(new CognitoError.RequestInvalid(Password.MEMBER.named("previousPassword").check(null)
            .appendAll(Password.MEMBER.named("proposedPassword").check(" x"))));
    assertThat(Commands.ChangePassword.of(pool, sub, SECRET, SECRET).get().sub()).isEqualTo(sub);
  }

  @Test
  void commandsCarryingSecretsDoNotShowThem() {
    List<Object> commands = List.of(
        Commands.parse(new Requests.SignUp("client1", "jane", SECRET, Arrays.asList(new Requests.AttributeType("email", SECRET)))).get(),
        Commands.parse(new Requests.ConfirmSignUp("client1", "jane", SECRET)).get(),
        Commands.parse(new Requests.AdminCreateUser("us-east-1_x", "jane", SECRET, null, null)).get(),
        Commands.parse(new Requests.AdminSetUserPassword("us-east-1_x", "jane", SECRET, true)).get(),
        Commands.parse(new Requests.InitiateAuth("client1", "USER_PASSWORD_AUTH", Map.of("USERNAME", "jane", "PASSWORD", SECRET))).get(),
        Commands.parse(new Requests.RespondToAuthChallenge("client1", "NEW_PASSWORD_REQUIRED", SECRET + SECRET,
            Map.of("NEW_PASSWORD", SECRET))).get(),
        Commands.parse(new Requests.ConfirmForgotPassword("client1", "jane", SECRET, SECRET)).get());

    for (Object command : commands) {
      assertThat(command.toString()).doesNotContain(SECRET).startsWith(command.getClass().getSimpleName() + "[");
    }
  }
}

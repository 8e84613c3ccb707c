package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;

class UserPoolServiceExamples {

  @Example
  void adminSetUserPasswordConfirmsAnInvitedUser() {
    // tag::admin-set-user-password[]
    InProcessCognito cognito = InProcessCognito.create(); // in memory, fast test hasher, controllable clock
    UserPoolService service = cognito.service();
    String poolId = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get().id().value();
    service.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", null, null, "SUPPRESS"));

    Either<CognitoError, User> weak = service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, "jane", "password", true));
    assertThat(weak.getLeft().cognitoError()).isEqualTo("InvalidPasswordException");
    assertThat(weak.getLeft().message()).isEqualTo("Password does not conform to policy: Password must have uppercase characters");

    Either<CognitoError, User> set = service
        .adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, "jane", "Correct-H0rse-Battery", true));
    assertThat(set.get().status()).isEqualTo(UserStatus.CONFIRMED);
    // end::admin-set-user-password[]
  }

  @Example
  void signInErrorsAreCognitos() {
    // tag::sign-in-errors[]
    UserPoolService service = InProcessCognito.create().service();
    String poolId = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get().id().value();
    service.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", null, null, "SUPPRESS"));
    service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, "jane", "Correct-H0rse-Battery", true));
    String clientId = service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(
        poolId, "web", List.of("ALLOW_USER_PASSWORD_AUTH"), null, null, null)).get().clientId().value();

    Either<CognitoError, Results.SignIn> wrong = service.signIns().initiateAuth(new Requests.InitiateAuth(
        clientId, "USER_PASSWORD_AUTH", Map.of("USERNAME", "jane", "PASSWORD", "Wrong-H0rse-Battery")));

    CognitoError error = wrong.getLeft(); // on the wire: {"__type": "<cognitoError>", "message": "<message>"}
    assertThat(error.cognitoError()).isEqualTo("NotAuthorizedException");
    assertThat(error.message()).isEqualTo("Incorrect username or password.");
    assertThat(error.httpStatus()).isEqualTo(400);
    // end::sign-in-errors[]
  }
}

package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.Operation;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminCreateUserAliasTest {

  private final UserPoolService service = UserPoolService.builder().pools(new SimpleUserPools()).hasher(Fixtures.HASHER)
      .randomness(Fixtures.seeded(1)).clock(new MutableClock(Fixtures.T0)).build();

  @Test
  void shouldRefuseAVerifiedEmailAnotherUserHoldsAsAliasWithAnErrorTheOperationDeclares() {
    String pool = service.poolConfiguration()
        .createUserPool(new Requests.CreateUserPool("app", null, null, null, List.of("email"), null, null)).get().id()
        .value();
    List<Requests.AttributeType> email = List.of(new Requests.AttributeType("email", "jane@example.com"),
        new Requests.AttributeType("email_verified", "true"));
    service.adminCreateUser(new Requests.AdminCreateUser(pool, "jane", null, email, "SUPPRESS")).get();

    var refused = service.adminCreateUser(new Requests.AdminCreateUser(pool, "john", null, email, "SUPPRESS"));

    assertThat(refused.getLeft().cognitoError()).isEqualTo("AliasExistsException");
    assertThat(Operation.ADMIN_CREATE_USER.errors()).contains(refused.getLeft().cognitoError());
  }
}

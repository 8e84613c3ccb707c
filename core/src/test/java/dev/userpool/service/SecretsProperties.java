package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.UserPool;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random passwords taken through every password operation, successful or refused: no request's
 * toString, no result, no error message, no event, no delivered message's toString and no stored user
 * shows a plain password.
 */
class SecretsProperties {

  @Property(tries = 200)
  void noPasswordEverShows(@ForAll("secrets") List<String> passwords) {
    SimpleUserPools store = new SimpleUserPools();
    List<Object> seen = new ArrayList<>();
    MutableClock clock = new MutableClock(Fixtures.T0);
    UserPoolService service = UserPoolService.builder().pools(store).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(9))
        .codes(() -> ConfirmationCode.of("123456")).clock(clock)
        .events((pool, event) -> seen.add(event))
        .deliveries((pool, message) -> seen.add(message))
        .build();
    UserPool pool = service.poolConfiguration().createUserPool(new Requests.CreateUserPool("secrets",
        new Requests.PasswordPolicyType(8, true, true, true, true, 5, 7), null, null, null, List.of("email"), null)).get();
    String poolId = pool.id().value();
    String clientId = service
        .poolConfiguration()
        .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "app", List.of("ALLOW_USER_PASSWORD_AUTH"), null, null, null))
        .get().clientId().value();
    String p0 = passwords.get(0);
    String p1 = passwords.get(1);
    String p2 = passwords.get(2);
    String weak = passwords.get(3).substring(0, 5);

    List<Object> requests = List.of(
        new Requests.AdminCreateUser(poolId, "jane", p0, List.of(new Requests.AttributeType("email", "jane@example.com"),
            new Requests.AttributeType("email_verified", "true")), null),
        new Requests.InitiateAuth(clientId, "USER_PASSWORD_AUTH", Map.of("USERNAME", "jane", "PASSWORD", p0)),
        new Requests.AdminSetUserPassword(poolId, "jane", weak, true),
        new Requests.AdminSetUserPassword(poolId, "jane", p1, true),
        new Requests.AdminSetUserPassword(poolId, "jane", p0, true),
        new Requests.InitiateAuth(clientId, "USER_PASSWORD_AUTH", Map.of("USERNAME", "jane", "PASSWORD", p2)),
        new Requests.SignUp(clientId, "john", p2, List.of(new Requests.AttributeType("email", "john@example.com"))),
        new Requests.SignUp(clientId, "jill", weak, null),
        new Requests.ForgotPassword(clientId, "jane"),
        new Requests.ConfirmForgotPassword(clientId, "jane", "123456", p2),
        new Requests.AdminCreateUser(poolId, "jack", null, null, null));
    for (Object request : requests) {
      seen.add(request);
      seen.add(call(service, request));
    }
    seen.add(service.signIns()
        .initiateAuth(new Requests.InitiateAuth(clientId, "USER_PASSWORD_AUTH", Map.of("USERNAME", "jane", "PASSWORD", p2))));
    store.snapshot().values().forEach(users -> users.values().forEach(u -> {
      seen.add(u);
      seen.add(u.passwordHistory().entries().toList());
      seen.add(u.attributes());
    }));

    String everything = seen.toString();
    for (String p : List.of(p0, p1, p2, weak)) {
      assertThat(everything).doesNotContain(p);
    }
    assertThat(seen).anySatisfy(o -> assertThat(o).isInstanceOf(Message.InvitationMessage.class));
  }

  private static Object call(UserPoolService service, Object request) {
    if (request instanceof Requests.AdminCreateUser r) {
      return service.adminCreateUser(r);
    }
    if (request instanceof Requests.InitiateAuth r) {
      return service.signIns().initiateAuth(r);
    }
    if (request instanceof Requests.AdminSetUserPassword r) {
      return service.adminSetUserPassword(r);
    }
    if (request instanceof Requests.SignUp r) {
      return service.signUps().signUp(r);
    }
    if (request instanceof Requests.ForgotPassword r) {
      return service.signUps().forgotPassword(r);
    }
    return service.signUps().confirmForgotPassword((Requests.ConfirmForgotPassword) request);
  }

  @Provide
  Arbitrary<List<String>> secrets() {
    // A marker prefix makes accidental matches with the library's own words impossible; the rest varies.
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#%^&*")
        .ofMinLength(6).ofMaxLength(40)
        .map(s -> "Qz7!" + s)
        .list().ofSize(4).uniqueElements();
  }
}

package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.UserPool;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SignInBookkeeping;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.ConfirmationCode;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Any request, however malformed, yields a success or a typed Cognito error that the operation
 * declares; never an exception, never InternalErrorException with a healthy store, and a failure never
 * changes what is stored.
 */
class BadInputProperties {

  /** A pool, a client allowing the password flows, and a few users to aim at. */
  static final class World {
    final SimpleUserPools store = new SimpleUserPools();
    final UserPoolService service = UserPoolService.builder().pools(store).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(7))
        .codes(() -> ConfirmationCode.of("123456")).clock(new MutableClock(Fixtures.T0)).build();
    final String poolId;
    final String clientId;
    final String sub;

    World() {
      UserPool pool = service.createUserPool(new Requests.CreateUserPool("bad-input", null, null, null, List.of("email"), null, null))
          .get();
      poolId = pool.id().value();
      clientId = service.createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "app",
          List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"), null, null, null)).get().clientId().value();
      service.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", Fixtures.PASSWORD,
          List.of(new Requests.AttributeType("email", "jane@example.com"), new Requests.AttributeType("email_verified", "true")),
          "SUPPRESS")).get();
      sub = service.adminGetUser(new Requests.AdminGetUser(poolId, "jane")).get().sub().value();
      service.adminCreateUser(new Requests.AdminCreateUser(poolId, "john", Fixtures.PASSWORD, null, "SUPPRESS")).get();
      service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, "john", Fixtures.PASSWORD, true)).get();
    }

    /** A value for a member: the generated one, or one that points at something real. */
    String pick(String generated, String real) {
      return generated != null && generated.equals("<real>") ? real : generated;
    }
  }

  private record Call(Operation operation, Function<Args, Either<CognitoError, ?>> call) {
    @Override
    public String toString() {
      return operation.cognitoName();
    }
  }

  /** The generated values of one call, drawn in order. */
  static final class Args {
    final World w;
    final List<String> values;
    final Integer number;
    int next;

    Args(World w, List<String> values, Integer number) {
      this.w = w;
      this.values = values;
      this.number = number;
    }

    String s(String real) {
      return w.pick(values.get(next++ % values.size()), real);
    }

    Map<String, String> params(String... keys) {
      Map<String, String> map = new HashMap<>();
      for (String key : keys) {
        String v = s(key.equals("USERNAME") ? "jane" : Fixtures.PASSWORD);
        if (v != null || next % 3 == 0) {
          map.put(key, v);
        }
      }
      return map;
    }

    List<Requests.AttributeType> attributes() {
      String name = s("email");
      return name == null && next % 2 == 0 ? null : List.of(new Requests.AttributeType(name, s("jane@example.com")));
    }

    Boolean bool() {
      return number == null ? null : number % 2 == 0;
    }
  }

  private static final List<Call> CALLS = List.of(
      new Call(Operation.CREATE_USER_POOL, a -> a.w.service.createUserPool(new Requests.CreateUserPool(a.s("pool"),
          new Requests.PasswordPolicyType(a.number, a.bool(), null, a.bool(), null, a.number, a.number), a.s("LITE"),
          Arrays.asList(a.s("email")), null, Arrays.asList(a.s("email")), a.bool()))),
      new Call(Operation.DESCRIBE_USER_POOL, a -> a.w.service.describeUserPool(new Requests.DescribeUserPool(a.s(a.w.poolId)))),
      new Call(Operation.UPDATE_USER_POOL, a -> a.w.service.updateUserPool(new Requests.UpdateUserPool(a.s(a.w.poolId),
          new Requests.PasswordPolicyType(a.number, null, a.bool(), null, null, a.number, null), a.s("PLUS")))),
      new Call(Operation.CREATE_USER_POOL_CLIENT, a -> a.w.service.createUserPoolClient(new Requests.CreateUserPoolClient(a.s(a.w.poolId),
          a.s("app"), Arrays.asList(a.s("ALLOW_USER_PASSWORD_AUTH")), a.s("ENABLED"), a.number, a.bool()))),
      new Call(Operation.DESCRIBE_USER_POOL_CLIENT,
          a -> a.w.service.describeUserPoolClient(new Requests.DescribeUserPoolClient(a.s(a.w.poolId), a.s(a.w.clientId)))),
      new Call(Operation.SIGN_UP,
          a -> a.w.service.signUp(new Requests.SignUp(a.s(a.w.clientId), a.s("jill"), a.s(Fixtures.PASSWORD), a.attributes()))),
      new Call(Operation.CONFIRM_SIGN_UP,
          a -> a.w.service.confirmSignUp(new Requests.ConfirmSignUp(a.s(a.w.clientId), a.s("jane"), a.s("123456")))),
      new Call(Operation.ADMIN_CONFIRM_SIGN_UP,
          a -> a.w.service.adminConfirmSignUp(new Requests.AdminConfirmSignUp(a.s(a.w.poolId), a.s("jane")))),
      new Call(Operation.ADMIN_CREATE_USER, a -> a.w.service.adminCreateUser(new Requests.AdminCreateUser(a.s(a.w.poolId), a.s("jill"),
          a.s(Fixtures.PASSWORD), a.attributes(), a.s("RESEND")))),
      new Call(Operation.ADMIN_SET_USER_PASSWORD,
          a -> a.w.service.adminSetUserPassword(new Requests.AdminSetUserPassword(a.s(a.w.poolId), a.s("jane"),
              a.s("N3w-Passw0rd"), a.bool()))),
      new Call(Operation.INITIATE_AUTH,
          a -> a.w.service.initiateAuth(new Requests.InitiateAuth(a.s(a.w.clientId), a.s("USER_PASSWORD_AUTH"),
              a.params("USERNAME", "PASSWORD")))),
      new Call(Operation.ADMIN_INITIATE_AUTH,
          a -> a.w.service.adminInitiateAuth(new Requests.AdminInitiateAuth(a.s(a.w.poolId), a.s(a.w.clientId),
              a.s("ADMIN_USER_PASSWORD_AUTH"), a.params("USERNAME", "PASSWORD")))),
      new Call(Operation.RESPOND_TO_AUTH_CHALLENGE,
          a -> a.w.service.respondToAuthChallenge(new Requests.RespondToAuthChallenge(a.s(a.w.clientId),
              a.s("NEW_PASSWORD_REQUIRED"), a.s("x".repeat(40)), a.params("USERNAME", "NEW_PASSWORD")))),
      new Call(Operation.ADMIN_RESPOND_TO_AUTH_CHALLENGE,
          a -> a.w.service.adminRespondToAuthChallenge(new Requests.AdminRespondToAuthChallenge(
              a.s(a.w.poolId), a.s(a.w.clientId), a.s("NEW_PASSWORD_REQUIRED"), a.s("x".repeat(40)),
              a.params("USERNAME", "NEW_PASSWORD")))),
      new Call(Operation.CHANGE_PASSWORD, a -> a.w.service.changePassword(new Requests.ChangePassword(a.s(a.w.poolId), a.s(a.w.sub),
          a.s(Fixtures.PASSWORD), a.s("N3w-Passw0rd")))),
      new Call(Operation.ADMIN_RESET_USER_PASSWORD,
          a -> a.w.service.adminResetUserPassword(new Requests.AdminResetUserPassword(a.s(a.w.poolId), a.s("jane")))),
      new Call(Operation.FORGOT_PASSWORD, a -> a.w.service.forgotPassword(new Requests.ForgotPassword(a.s(a.w.clientId), a.s("jane")))),
      new Call(Operation.CONFIRM_FORGOT_PASSWORD,
          a -> a.w.service.confirmForgotPassword(new Requests.ConfirmForgotPassword(a.s(a.w.clientId),
              a.s("jane"), a.s("123456"), a.s("N3w-Passw0rd")))),
      new Call(Operation.ADMIN_DISABLE_USER,
          a -> a.w.service.adminDisableUser(new Requests.AdminDisableUser(a.s(a.w.poolId), a.s("jane")))),
      new Call(Operation.ADMIN_ENABLE_USER, a -> a.w.service.adminEnableUser(new Requests.AdminEnableUser(a.s(a.w.poolId), a.s("jane")))),
      new Call(Operation.ADMIN_GET_USER, a -> a.w.service.adminGetUser(new Requests.AdminGetUser(a.s(a.w.poolId), a.s("jane")))),
      new Call(Operation.ADMIN_DELETE_USER, a -> a.w.service.adminDeleteUser(new Requests.AdminDeleteUser(a.s(a.w.poolId), a.s("john")))),
      new Call(Operation.LIST_USERS,
          a -> a.w.service.listUsers(new Requests.ListUsers(a.s(a.w.poolId), a.number, a.s("am9obg"), a.s("username = \"jane\"")))),
      new Call(Operation.LIST_USER_POOLS, a -> a.w.service.listUserPools(new Requests.ListUserPools(a.number, a.s("dXMtZWFzdC0xX2E")))),
      new Call(Operation.LIST_USER_POOL_CLIENTS, a -> a.w.service.listUserPoolClients(new Requests.ListUserPoolClients(a.s(a.w.poolId),
          a.number, a.s("YQ")))),
      new Call(Operation.UPDATE_USER_POOL_CLIENT, a -> a.w.service.updateUserPoolClient(new Requests.UpdateUserPoolClient(a.s(a.w.poolId),
          a.s(a.w.clientId), a.s("app"), a.s("ALLOW_USER_PASSWORD_AUTH") == null ? null : Arrays.asList(a.s("ALLOW_USER_PASSWORD_AUTH")),
          a.s("ENABLED"), a.number))),
      new Call(Operation.DELETE_USER_POOL_CLIENT, a -> a.w.service.deleteUserPoolClient(new Requests.DeleteUserPoolClient(a.s(a.w.poolId),
          a.s(a.w.clientId)))),
      new Call(Operation.ADMIN_UPDATE_USER_ATTRIBUTES, a -> a.w.service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(
          a.s(a.w.poolId), a.s("jane"), a.attributes()))),
      new Call(Operation.ADMIN_DELETE_USER_ATTRIBUTES, a -> a.w.service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(
          a.s(a.w.poolId), a.s("jane"), a.s("name") == null ? null : Arrays.asList(a.s("email"), a.s("name"))))),
      new Call(Operation.UPDATE_USER_ATTRIBUTES, a -> a.w.service.updateUserAttributes(new Requests.UpdateUserAttributes(a.s(a.w.poolId),
          a.s(a.w.sub), a.attributes()))),
      new Call(Operation.DELETE_USER, a -> a.w.service.deleteUser(new Requests.DeleteUser(a.s(a.w.poolId), a.s(a.w.sub)))),
      new Call(Operation.RESEND_CONFIRMATION_CODE, a -> a.w.service.resendConfirmationCode(new Requests.ResendConfirmationCode(
          a.s(a.w.clientId), a.s("jane"), a.s(null)))),
      new Call(Operation.DELETE_USER_POOL, a -> a.w.service.deleteUserPool(new Requests.DeleteUserPool(a.s(a.w.poolId)))));

  @Property(tries = 3000)
  void everyRequestGetsADeclaredAnswerAndAFailureChangesNothing(
      @ForAll("calls") Call call, @ForAll @Size(min = 1, max = 6) List<@From("nasty") String> values, @ForAll("numbers") Integer number) {
    World w = new World();
    var before = w.store.snapshot();

    Either<CognitoError, ?> outcome = call.call().apply(new Args(w, values, number));

    Statistics.label("outcome").collect(outcome.isLeft() ? outcome.getLeft().cognitoError() : "success");
    Statistics.label("operation").collect(call.operation().cognitoName());
    if (outcome.isLeft()) {
      assertThat(call.operation().errors()).contains(outcome.getLeft().cognitoError());
      assertThat(outcome.getLeft()).isNotInstanceOf(CognitoError.InternalError.class);
      if (SignInBookkeeping.recorded(outcome.getLeft())) {
        assertThat(SignInBookkeeping.stripped(w.store.snapshot())).isEqualTo(SignInBookkeeping.stripped(before));
      } else {
        assertThat(w.store.snapshot()).isEqualTo(before);
      }
    }
  }

  @Provide
  Arbitrary<Call> calls() {
    return Arbitraries.of(CALLS);
  }

  @Provide
  Arbitrary<Integer> numbers() {
    return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(-5, 400),
        Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Provide
  Arbitrary<String> nasty() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.just("<real>")),
        Tuple.of(2, Arbitraries.just(null)),
        Tuple.of(2, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.just("x".repeat(10_000))),
        Tuple.of(1, Arbitraries.just(" leading and trailing ")),
        Tuple.of(1, Arbitraries.of("\uD800", "a\uDC00b", "\u202Eevil", "a\u0000b", "\n", "us-east-1_\u0000", "\t\t")),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
        Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10)));
  }
}

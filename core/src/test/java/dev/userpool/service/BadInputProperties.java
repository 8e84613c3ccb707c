package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.UserPool;
import dev.userpool.port.RateLimits;
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
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
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
      UserPool pool = service.poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("bad-input", null, null, null, List.of("email"), null, null))
          .get();
      poolId = pool.id().value();
      clientId = service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "app",
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

  /**
   * One operation: how to build its request from generated values, and its two entry points, the raw request
   * and the parsed command (what the SDK client and the endpoint call).
   */
  private record Call(Operation operation, Function<Args, Either<CognitoError, ?>> raw, Function<Args, Either<CognitoError, ?>> typed) {
    @Override
    public String toString() {
      return operation.cognitoName();
    }
  }

  private static <R, C> Call call(Operation operation, Function<Args, R> request,
      BiFunction<UserPoolService, R, Either<CognitoError, ?>> raw, Function<R, Either<CognitoError, C>> parse,
      BiFunction<UserPoolService, C, Either<CognitoError, ?>> typed) {
    return new Call(operation, a -> raw.apply(a.w.service, request.apply(a)),
        a -> parse.apply(request.apply(a)).<Either<CognitoError, ?>>fold(Either::left, c -> typed.apply(a.w.service, c)));
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

    /** A schema list of one element, or none. */
    List<Requests.SchemaAttributeType> schema() {
      String name = s("team");
      return name == null && next % 2 == 0
          ? null
          : Arrays.asList(new Requests.SchemaAttributeType(name, s("String"), bool(), bool(),
              null, new Requests.StringAttributeConstraintsType(s("1"), s("5")),
              new Requests.NumberAttributeConstraintsType(s("0"), null)));
    }
  }

  private static final List<Call> CALLS = List.of(
      call(Operation.CREATE_USER_POOL, a -> new Requests.CreateUserPool(a.s("pool"),
          new Requests.PasswordPolicyType(a.number, a.bool(), null, a.bool(), null, a.number, a.number), a.s("LITE"),
          Arrays.asList(a.s("email")), null, Arrays.asList(a.s("email")), a.bool(), Arrays.asList(a.s("email")), a.schema()),
          (svc, x) -> svc.poolConfiguration().createUserPool(x),
          Commands::parse, (svc, x) -> svc.poolConfiguration().createUserPool(x)),
      call(Operation.ADD_CUSTOM_ATTRIBUTES, a -> new Requests.AddCustomAttributes(a.s(a.w.poolId), a.schema()),
          (service, r) -> new SchemaOperations(service, RateLimits.NONE).addCustomAttributes(r), SchemaMembers::parse,
          (service, c) -> new SchemaOperations(service, RateLimits.NONE).addCustomAttributes(c)),
      call(Operation.DESCRIBE_USER_POOL, a -> new Requests.DescribeUserPool(a.s(a.w.poolId)),
          (svc, x) -> svc.poolConfiguration().describeUserPool(x),
          Commands::parse, (svc, x) -> svc.poolConfiguration().describeUserPool(x)),
      call(Operation.UPDATE_USER_POOL, a -> new Requests.UpdateUserPool(a.s(a.w.poolId),
          new Requests.PasswordPolicyType(a.number, null, a.bool(), null, null, a.number, null), a.s("PLUS")),
          (svc, x) -> svc.poolConfiguration().updateUserPool(x), Commands::parse, (svc, x) -> svc.poolConfiguration().updateUserPool(x)),
      call(Operation.CREATE_USER_POOL_CLIENT, a -> new Requests.CreateUserPoolClient(a.s(a.w.poolId),
          a.s("app"), Arrays.asList(a.s("ALLOW_USER_PASSWORD_AUTH")), a.s("ENABLED"), a.number, a.bool(), null, null, null, null,
          Arrays.asList(a.s("email")), a.s("name") == null ? null : Arrays.asList(a.s("name"))),
          (svc, x) -> svc.poolConfiguration().createUserPoolClient(x), Commands::parse,
          (svc, x) -> svc.poolConfiguration().createUserPoolClient(x)),
      call(Operation.DESCRIBE_USER_POOL_CLIENT, a -> new Requests.DescribeUserPoolClient(a.s(a.w.poolId), a.s(a.w.clientId)),
          (svc, x) -> svc.poolConfiguration().describeUserPoolClient(x), Commands::parse,
          (svc, x) -> svc.poolConfiguration().describeUserPoolClient(x)),
      call(Operation.SIGN_UP, a -> new Requests.SignUp(a.s(a.w.clientId), a.s("jill"), a.s(Fixtures.PASSWORD), a.attributes()),
          (svc, x) -> svc.signUps().signUp(x), Commands::parse, (svc, x) -> svc.signUps().signUp(x)),
      call(Operation.CONFIRM_SIGN_UP, a -> new Requests.ConfirmSignUp(a.s(a.w.clientId), a.s("jane"), a.s("123456")),
          (svc, x) -> svc.signUps().confirmSignUp(x), Commands::parse, (svc, x) -> svc.signUps().confirmSignUp(x)),
      call(Operation.ADMIN_CONFIRM_SIGN_UP, a -> new Requests.AdminConfirmSignUp(a.s(a.w.poolId), a.s("jane")),
          UserPoolService::adminConfirmSignUp, Commands::parse, UserPoolService::adminConfirmSignUp),
      call(Operation.ADMIN_CREATE_USER, a -> new Requests.AdminCreateUser(a.s(a.w.poolId), a.s("jill"),
          a.s(Fixtures.PASSWORD), a.attributes(), a.s("RESEND")), UserPoolService::adminCreateUser, Commands::parse,
          UserPoolService::adminCreateUser),
      call(Operation.ADMIN_SET_USER_PASSWORD, a -> new Requests.AdminSetUserPassword(a.s(a.w.poolId), a.s("jane"),
          a.s("N3w-Passw0rd"), a.bool()), UserPoolService::adminSetUserPassword, Commands::parse, UserPoolService::adminSetUserPassword),
      call(Operation.INITIATE_AUTH, a -> new Requests.InitiateAuth(a.s(a.w.clientId), a.s("USER_PASSWORD_AUTH"),
          a.params("USERNAME", "PASSWORD")), (svc, x) -> svc.signIns().initiateAuth(x), Commands::parse,
          (svc, x) -> svc.signIns().initiateAuth(x)),
      call(Operation.ADMIN_INITIATE_AUTH, a -> new Requests.AdminInitiateAuth(a.s(a.w.poolId), a.s(a.w.clientId),
          a.s("ADMIN_USER_PASSWORD_AUTH"), a.params("USERNAME", "PASSWORD")), (svc, x) -> svc.signIns().adminInitiateAuth(x),
          Commands::parse,
          (svc, x) -> svc.signIns().initiateAuth(x)),
      call(Operation.RESPOND_TO_AUTH_CHALLENGE, a -> new Requests.RespondToAuthChallenge(a.s(a.w.clientId),
          a.s("NEW_PASSWORD_REQUIRED"), a.s("x".repeat(40)), a.params("USERNAME", "NEW_PASSWORD")),
          (svc, x) -> svc.signIns().respondToAuthChallenge(x),
          Commands::parse, (svc, x) -> svc.signIns().respondToAuthChallenge(x)),
      call(Operation.ADMIN_RESPOND_TO_AUTH_CHALLENGE, a -> new Requests.AdminRespondToAuthChallenge(
          a.s(a.w.poolId), a.s(a.w.clientId), a.s("NEW_PASSWORD_REQUIRED"), a.s("x".repeat(40)),
          a.params("USERNAME", "NEW_PASSWORD")), (svc, x) -> svc.signIns().adminRespondToAuthChallenge(x), Commands::parse,
          (svc, x) -> svc.signIns().respondToAuthChallenge(x)),
      call(Operation.CHANGE_PASSWORD, a -> new Requests.ChangePassword(a.s(a.w.poolId), a.s(a.w.sub),
          a.s(Fixtures.PASSWORD), a.s("N3w-Passw0rd")), UserPoolService::changePassword, Commands::parse, UserPoolService::changePassword),
      call(Operation.ADMIN_RESET_USER_PASSWORD, a -> new Requests.AdminResetUserPassword(a.s(a.w.poolId), a.s("jane")),
          UserPoolService::adminResetUserPassword, Commands::parse, UserPoolService::adminResetUserPassword),
      call(Operation.FORGOT_PASSWORD, a -> new Requests.ForgotPassword(a.s(a.w.clientId), a.s("jane")),
          (svc, x) -> svc.signUps().forgotPassword(x),
          Commands::parse, (svc, x) -> svc.signUps().forgotPassword(x)),
      call(Operation.CONFIRM_FORGOT_PASSWORD, a -> new Requests.ConfirmForgotPassword(a.s(a.w.clientId),
          a.s("jane"), a.s("123456"), a.s("N3w-Passw0rd")), (svc, x) -> svc.signUps().confirmForgotPassword(x), Commands::parse,
          (svc, x) -> svc.signUps().confirmForgotPassword(x)),
      call(Operation.ADMIN_DISABLE_USER, a -> new Requests.AdminDisableUser(a.s(a.w.poolId), a.s("jane")),
          UserPoolService::adminDisableUser, Commands::parse, UserPoolService::adminDisableUser),
      call(Operation.ADMIN_ENABLE_USER, a -> new Requests.AdminEnableUser(a.s(a.w.poolId), a.s("jane")), UserPoolService::adminEnableUser,
          Commands::parse, UserPoolService::adminEnableUser),
      call(Operation.ADMIN_GET_USER, a -> new Requests.AdminGetUser(a.s(a.w.poolId), a.s("jane")), UserPoolService::adminGetUser,
          Commands::parse, UserPoolService::adminGetUser),
      call(Operation.ADMIN_DELETE_USER, a -> new Requests.AdminDeleteUser(a.s(a.w.poolId), a.s("john")), UserPoolService::adminDeleteUser,
          Commands::parse, UserPoolService::adminDeleteUser),
      call(Operation.LIST_USERS, a -> new Requests.ListUsers(a.s(a.w.poolId), a.number, a.s("am9obg"), a.s("username = \"jane\"")),
          UserPoolService::listUsers, Commands::parse, UserPoolService::listUsers),
      call(Operation.LIST_USER_POOLS, a -> new Requests.ListUserPools(a.number, a.s("dXMtZWFzdC0xX2E")),
          (svc, x) -> svc.poolConfiguration().listUserPools(x),
          Commands::parse, (svc, x) -> svc.poolConfiguration().listUserPools(x)),
      call(Operation.LIST_USER_POOL_CLIENTS, a -> new Requests.ListUserPoolClients(a.s(a.w.poolId),
          a.number, a.s("YQ")), (svc, x) -> svc.poolConfiguration().listUserPoolClients(x), Commands::parse,
          (svc, x) -> svc.poolConfiguration().listUserPoolClients(x)),
      call(Operation.UPDATE_USER_POOL_CLIENT, a -> new Requests.UpdateUserPoolClient(a.s(a.w.poolId),
          a.s(a.w.clientId), a.s("app"), a.s("ALLOW_USER_PASSWORD_AUTH") == null ? null : Arrays.asList(a.s("ALLOW_USER_PASSWORD_AUTH")),
          a.s("ENABLED"), a.number), (svc, x) -> svc.poolConfiguration().updateUserPoolClient(x), Commands::parse,
          (svc, x) -> svc.poolConfiguration().updateUserPoolClient(x)),
      call(Operation.DELETE_USER_POOL_CLIENT, a -> new Requests.DeleteUserPoolClient(a.s(a.w.poolId),
          a.s(a.w.clientId)), (svc, x) -> svc.poolConfiguration().deleteUserPoolClient(x), Commands::parse,
          (svc, x) -> svc.poolConfiguration().deleteUserPoolClient(x)),
      call(Operation.ADMIN_UPDATE_USER_ATTRIBUTES, a -> new Requests.AdminUpdateUserAttributes(
          a.s(a.w.poolId), a.s("jane"), a.attributes()), UserPoolService::adminUpdateUserAttributes, Commands::parse,
          UserPoolService::adminUpdateUserAttributes),
      call(Operation.ADMIN_DELETE_USER_ATTRIBUTES, a -> new Requests.AdminDeleteUserAttributes(
          a.s(a.w.poolId), a.s("jane"), a.s("name") == null ? null : Arrays.asList(a.s("email"), a.s("name"))),
          UserPoolService::adminDeleteUserAttributes, Commands::parse, UserPoolService::adminDeleteUserAttributes),
      call(Operation.UPDATE_USER_ATTRIBUTES, a -> new Requests.UpdateUserAttributes(a.s(a.w.poolId),
          a.s(a.w.sub), a.attributes()), UserPoolService::updateUserAttributes, Commands::parse, UserPoolService::updateUserAttributes),
      call(Operation.DELETE_USER, a -> new Requests.DeleteUser(a.s(a.w.poolId), a.s(a.w.sub)), UserPoolService::deleteUser, Commands::parse,
          UserPoolService::deleteUser),
      call(Operation.RESEND_CONFIRMATION_CODE, a -> new Requests.ResendConfirmationCode(
          a.s(a.w.clientId), a.s("jane"), a.s(null)), (svc, x) -> svc.signUps().resendConfirmationCode(x), Commands::parse,
          (svc, x) -> svc.signUps().resendConfirmationCode(x)),
      call(Operation.DELETE_USER_POOL, a -> new Requests.DeleteUserPool(a.s(a.w.poolId)),
          (svc, x) -> svc.poolConfiguration().deleteUserPool(x), Commands::parse,
          (svc, x) -> svc.poolConfiguration().deleteUserPool(x)));

  @Property(tries = 3000)
  void everyRequestGetsADeclaredAnswerAndAFailureChangesNothing(
      @ForAll("calls") Call call, @ForAll @Size(min = 1, max = 6) List<@From("nasty") String> values, @ForAll("numbers") Integer number) {
    World w = new World();
    var before = w.store.snapshot();

    Either<CognitoError, ?> outcome = call.raw().apply(new Args(w, values, number));

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

  /**
   * Parsing a request and calling the typed entry point with the command is the same as calling the raw one:
   * the same outcome and the same stored state, on two worlds built alike.
   */
  @Property(tries = 300)
  void theTypedEntryPointAnswersAsTheRawOne(
      @ForAll("calls") Call call, @ForAll @Size(min = 1, max = 6) List<@From("nasty") String> values, @ForAll("numbers") Integer number) {
    twinsAgree(call, values, number);
  }

  /** The same for every operation with well-formed values, so that every typed entry point runs on every run. */
  @Example
  void everyTypedEntryPointAnswersAsTheRawOneToAWellFormedRequest() {
    for (Call call : CALLS) {
      twinsAgree(call, List.of("<real>"), 10);
    }
  }

  private static void twinsAgree(Call call, List<String> values, Integer number) {
    World raw = new World();
    World typed = new World();

    Either<CognitoError, ?> viaRequest = call.raw().apply(new Args(raw, values, number));
    Either<CognitoError, ?> viaCommand = call.typed().apply(new Args(typed, values, number));

    assertThat(viaCommand).as(call.toString()).isEqualTo(viaRequest);
    assertThat(typed.store.snapshot()).as(call.toString()).isEqualTo(raw.store.snapshot());
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

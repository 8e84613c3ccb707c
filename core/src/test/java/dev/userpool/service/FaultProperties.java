package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.support.Fixtures;
import dev.userpool.support.ForwardingUserPools;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SignInBookkeeping;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * A store that fails or loses races at random: every operation either succeeds, reports
 * InternalErrorException, or reports its domain error; the stored user is then the old one or the new
 * one, whole, never a mix; a domain refusal leaves the old one.
 */
class FaultProperties {

  enum Fault {
    NONE, THROW_BEFORE_WRITE, THROW_AFTER_WRITE, LOSE_RACE
  }

  private static final List<Function<World, Either<CognitoError, ?>>> OPERATIONS = List.of(
      w -> w.service
          .adminSetUserPassword(new Requests.AdminSetUserPassword(w.poolId, "jane", "N3w-Passw0rd" + w.counter++, w.counter % 2 == 0)),
      w -> w.service.adminSetUserPassword(new Requests.AdminSetUserPassword(w.poolId, "jane", "weak", true)),
      w -> w.service.adminDisableUser(new Requests.AdminDisableUser(w.poolId, "jane")),
      w -> w.service.adminEnableUser(new Requests.AdminEnableUser(w.poolId, "jane")),
      w -> w.service.adminResetUserPassword(new Requests.AdminResetUserPassword(w.poolId, "jane")),
      w -> w.service.signIns().initiateAuth(
          new Requests.InitiateAuth(w.clientId, "USER_PASSWORD_AUTH", Map.of("USERNAME", "jane", "PASSWORD", Fixtures.PASSWORD))),
      w -> w.service.changePassword(new Requests.ChangePassword(w.poolId, w.sub, Fixtures.PASSWORD, "Chang3d-Passw0rd" + w.counter++)),
      w -> w.service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(w.poolId, "jane",
          List.of(new Requests.AttributeType("email", "jane" + w.counter++ + "@example.com")))),
      w -> w.service.updateUserAttributes(new Requests.UpdateUserAttributes(w.poolId, w.sub,
          List.of(new Requests.AttributeType(w.counter++ % 2 == 0 ? "name" : "email_verified", "true")))),
      w -> w.service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(w.poolId, "jane", List.of("name"))));

  static final class World {
    final SimpleUserPools real = new SimpleUserPools();
    final MutableClock clock = new MutableClock(Fixtures.T0);
    final String poolId;
    final String clientId;
    final String sub;
    final UserPoolService service;
    Iterator<Fault> faults = List.<Fault>of().iterator();
    int counter;

    World() {
      UserPoolService setup = UserPoolService.builder().pools(real).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(3)).clock(clock)
          .build();
      UserPool pool = setup.poolConfiguration().createUserPool(Requests.CreateUserPool.named("faults")).get();
      poolId = pool.id().value();
      clientId = setup
          .poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "app", List.of("ALLOW_USER_PASSWORD_AUTH"), null, null, null))
          .get().clientId().value();
      setup.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", Fixtures.PASSWORD,
          List.of(new Requests.AttributeType("email", "jane@example.com"), new Requests.AttributeType("email_verified", "true")),
          "SUPPRESS")).get();
      sub = setup.adminGetUser(new Requests.AdminGetUser(poolId, "jane")).get().sub().value();
      service = UserPoolService.builder().pools(new Flaky(real, this)).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(4))
          .codes(() -> ConfirmationCode.of("123456")).clock(clock).build();
    }

    User stored() {
      return real.users(new UserPoolId(poolId)).find(new LookupKey.BySub(new Sub(sub))).get();
    }

    Fault nextFault() {
      return faults.hasNext() ? faults.next() : Fault.NONE;
    }
  }

  @Property(tries = 500)
  void theStoredUserIsTheOldOneOrTheNewOne(
      @ForAll @Size(min = 1, max = 8) List<@From("operationIndexes") Integer> operations,
      @ForAll @Size(max = 12) List<Fault> faults) {
    World w = new World();
    w.faults = faults.iterator();
    for (int index : operations) {
      User before = w.stored();

      Either<CognitoError, ?> outcome = OPERATIONS.get(index).apply(w);

      User after = w.stored();
      Statistics.collect(outcome.isLeft() ? outcome.getLeft().cognitoError() : "success");
      if (outcome.isRight()) {
        Object result = outcome.get();
        User returned = result instanceof User u
            ? u
            : result instanceof Results.AttributesUpdated a ? a.user() : ((Results.SignIn) result).user();
        assertThat(after).isEqualTo(returned);
      } else if (outcome.getLeft() instanceof CognitoError.InternalError) {
        assertThat(after.equals(before) || after.version() == before.version() + 1).as("old or new, whole").isTrue();
      } else if (SignInBookkeeping.recorded(outcome.getLeft())) {
        assertThat(SignInBookkeeping.stripped(after)).as("a refused sign-in changes only the lockout's bookkeeping")
            .isEqualTo(SignInBookkeeping.stripped(before));
      } else {
        assertThat(after).as("a refusal changes nothing").isEqualTo(before);
      }
    }
  }

  @Provide
  Arbitrary<Integer> operationIndexes() {
    return Arbitraries.integers().between(0, OPERATIONS.size() - 1);
  }

  /** Injects the world's next fault into each user write. */
  private static final class Flaky extends ForwardingUserPools {
    private final World world;

    Flaky(UserPools delegate, World world) {
      super(delegate);
      this.world = world;
    }

    @Override
    protected Either<StoreConflict, User> save(Users users, User user, Set<LookupKey> keys) {
      switch (world.nextFault()) {
        case THROW_BEFORE_WRITE :
          throw new IllegalStateException("connection refused");
        case THROW_AFTER_WRITE :
          users.save(user, keys);
          throw new IllegalStateException("connection reset after commit");
        case LOSE_RACE :
          return Either.left(new StoreConflict.VersionMismatch());
        default :
          return users.save(user, keys);
      }
    }
  }
}

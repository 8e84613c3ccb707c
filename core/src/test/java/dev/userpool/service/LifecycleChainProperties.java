package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.UserPool;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SignInBookkeeping;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.FailedSignIns;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of operations on one user through the service and a store: the lifecycle
 * invariants hold after every step, and no operation throws.
 */
class LifecycleChainProperties {

  private static final NotAuthorized LOCKED_OUT = new NotAuthorized(NotAuthorized.Reason.PASSWORD_ATTEMPTS_EXCEEDED);

  private static final List<String> CANDIDATES = List.of(
      "Passw0rd!a", "Passw0rd!b", "Passw0rd!c", "Passw0rd!d", "short", "nouppercase1!", "NOLOWER1!", "NoNumbers!!", "NoSymbols11");
  private static final String WRONG = "Wr0ng-Passw0rd!";

  /** The world of one chain, and what the test knows about the user. */
  static final class World {
    final SimpleUserPools store = new SimpleUserPools();
    final MutableClock clock = new MutableClock(Fixtures.T0);
    final UserPoolService service;
    final int historySize;
    final int validityDays;
    final String poolId;
    final String clientId;
    final String username = "jane";
    String plain;
    String session;
    final List<String> accepted = new ArrayList<>();
    final List<UserEvent> events = new ArrayList<>();

    World(int historySize, int validityDays, String start) {
      this.historySize = historySize;
      this.validityDays = validityDays;
      this.service = UserPoolService.builder().pools(store).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(historySize))
          .codes(() -> ConfirmationCode.of("123456")).clock(clock).events((pool, e) -> events.add(e)).build();
      UserPool pool = service.poolConfiguration().createUserPool(new Requests.CreateUserPool("chain",
          new Requests.PasswordPolicyType(8, true, true, true, true, historySize, validityDays), null, null, null, null, null)).get();
      this.poolId = pool.id().value();
      this.clientId = service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "app",
          List.of("ALLOW_USER_PASSWORD_AUTH"), null, null, null)).get().clientId().value();
      String first = "Start-Passw0rd";
      if (start.equals("signUp")) {
        service.signUps()
            .signUp(new Requests.SignUp(clientId, username, first, List.of(new Requests.AttributeType("email", "jane@example.com"))))
            .get();
      } else {
        service.adminCreateUser(new Requests.AdminCreateUser(poolId, username, first,
            List.of(new Requests.AttributeType("email", "jane@example.com"), new Requests.AttributeType("email_verified", "true")),
            "SUPPRESS")).get();
      }
      plain = first;
      accepted.add(0, first);
    }

    User user() {
      return service.adminGetUser(new Requests.AdminGetUser(poolId, username)).get();
    }

    /** Whether the lockout refuses a sign-in now, whatever the password. */
    boolean lockedOut() {
      return FailedSignIns.locksOut(user().failedSignIns(), clock.instant());
    }

    Either<CognitoError, Results.SignIn> signIn(String password) {
      return service
          .signIns()
          .initiateAuth(new Requests.InitiateAuth(clientId, "USER_PASSWORD_AUTH", Map.of("USERNAME", username, "PASSWORD", password)));
    }

    /**
     * Runs a call; when it fails, checks that the store is exactly as before and nothing was published;
     * when it succeeds, that it published one event, about this user, now.
     */
    <T> Either<CognitoError, T> call(Supplier<Either<CognitoError, T>> call) {
      var before = store.snapshot();
      int published = events.size();
      Either<CognitoError, T> result = call.get();
      List<UserEvent> fresh = List.copyOf(events.subList(published, events.size()));
      if (result.isLeft() && SignInBookkeeping.recorded(result.getLeft())) {
        assertThat(SignInBookkeeping.stripped(store.snapshot())).as("a refused sign-in changes only the lockout's bookkeeping")
            .isEqualTo(SignInBookkeeping.stripped(before));
        assertThat(fresh).as("a refused sign-in publishes at most the recorded failure")
            .allSatisfy(e -> assertThat(e).isInstanceOf(UserEvent.SignInFailed.class));
      } else if (result.isLeft()) {
        assertThat(result.getLeft()).isNotInstanceOf(CognitoError.InternalError.class);
        assertThat(store.snapshot()).as("a failed operation changes nothing").isEqualTo(before);
        assertThat(fresh).as("a failed operation publishes nothing").isEmpty();
      } else {
        assertThat(fresh).as("a success publishes one event").hasSize(1);
        assertThat(fresh.get(0).username().value()).isEqualTo(username);
        assertThat(fresh.get(0).at()).isEqualTo(clock.instant());
      }
      return result;
    }

    UserEvent lastEvent() {
      return events.get(events.size() - 1);
    }

    void accept(String password) {
      plain = password;
      accepted.add(0, password);
    }

    @Override
    public String toString() {
      return "World[history=" + historySize + ", status=" + user().status() + ", enabled=" + user().enabled() + "]";
    }
  }

  @Property(tries = 300)
  void lifecycleInvariantsHoldAfterEveryStep(@ForAll("chains") ActionChain<World> chain) {
    chain
        .withInvariant("history never holds more than its size",
            w -> assertThat(w.user().passwordHistory().size()).isLessThanOrEqualTo(w.historySize))
        .withInvariant("no stored state shows a password", w -> {
          String dump = w.user().toString() + w.user().passwordHistory().entries().mkString();
          w.accepted.forEach(p -> assertThat(dump).doesNotContain(p));
        })
        .withInvariant("a disabled user never signs in", w -> {
          if (!w.user().enabled()) {
            assertThat(w.signIn(w.plain).getLeft()).isEqualTo(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
          }
        })
        .run();
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return Combinators
        .combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 3), Arbitraries.of("signUp", "adminCreateUser"))
        .flatAs((history, days, start) -> ActionChain.<World>startWith(() -> new World(history, days, start))
            .withAction(3, adminSetUserPassword())
            .withAction(3, signIn())
            .withAction(2, answerChallenge())
            .withAction(changePassword())
            .withAction(Action.just(Transformer.mutate("disable",
                w -> w.call(() -> w.service.adminDisableUser(new Requests.AdminDisableUser(w.poolId, w.username))).get())))
            .withAction(2,
                Action.just(Transformer.mutate("enable",
                    w -> w.call(() -> w.service.adminEnableUser(new Requests.AdminEnableUser(w.poolId, w.username))).get())))
            .withAction(resetAndConfirm())
            .withAction(advanceClock())
            .withMaxTransformations(25));
  }

  private static Action.Independent<World> adminSetUserPassword() {
    return () -> Combinators.combine(Arbitraries.of(CANDIDATES), Arbitraries.of(true, false))
        .as((candidate, permanent) -> Transformer.mutate("adminSetUserPassword(" + candidate + ", permanent=" + permanent + ")", w -> {
          boolean reused = w.historySize > 0 && w.accepted.subList(0, Math.min(w.historySize, w.accepted.size())).contains(candidate);
          boolean weak = !PasswordPolicy.cognitoDefault().violations(Password.of(candidate)).isEmpty();
          var result = w
              .call(() -> w.service.adminSetUserPassword(new Requests.AdminSetUserPassword(w.poolId, w.username, candidate, permanent)));
          if (weak) {
            assertThat(result.getLeft()).isInstanceOf(CognitoError.InvalidPassword.class);
            return;
          }
          if (reused) {
            assertThat(result.getLeft()).isInstanceOf(CognitoError.PasswordHistoryPolicyViolation.class);
            return;
          }
          User after = result.get();
          assertThat(w.lastEvent())
              .isEqualTo(new UserEvent.PasswordSet(after.username(), PasswordKind.ofPermanent(permanent), w.clock.instant()));
          String previous = w.plain;
          w.accept(candidate);
          w.session = null;
          assertThat(after.status()).isEqualTo(permanent ? UserStatus.CONFIRMED : UserStatus.FORCE_CHANGE_PASSWORD);
          if (after.enabled() && w.lockedOut()) {
            assertThat(w.signIn(candidate).getLeft()).isEqualTo(LOCKED_OUT);
          } else if (after.enabled()) {
            var withNew = w.signIn(candidate);
            assertThat(withNew.get()).isInstanceOf(permanent ? Results.Authenticated.class : Results.NewPasswordRequired.class);
            if (withNew.get() instanceof Results.NewPasswordRequired challenge) {
              w.session = challenge.session().reveal();
            }
            if (!previous.equals(candidate)) {
              boolean locked = w.lockedOut();
              assertThat(w.signIn(previous).getLeft()).isEqualTo(locked
                  ? LOCKED_OUT
                  : new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD));
            }
          }
        }));
  }

  private static Action.Independent<World> signIn() {
    return () -> Arbitraries.of(true, false).map(right -> Transformer.mutate("signIn(" + (right ? "right" : "wrong") + ")", w -> {
      User before = w.user();
      boolean locked = w.lockedOut();
      var result = w.call(() -> w.signIn(right ? w.plain : WRONG));
      if (!before.enabled()) {
        assertThat(result.getLeft()).isEqualTo(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
      } else if (locked) {
        assertThat(result.getLeft()).as("a lockout refuses even the right password").isEqualTo(LOCKED_OUT);
      }
      if (result.isRight() && result.get() instanceof Results.NewPasswordRequired challenge) {
        boolean expired = before.password().get().hasExpired(w.clock.instant(), Duration.ofDays(w.validityDays));
        assertThat(right).as("the challenge only for the right password").isTrue();
        assertThat(before.status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
        assertThat(expired).as("the challenge only before expiry").isFalse();
        w.session = challenge.session().reveal();
      }
      if (result.isRight() && result.get() instanceof Results.Authenticated) {
        assertThat(right).isTrue();
        assertThat(before.status()).isEqualTo(UserStatus.CONFIRMED);
      }
    }));
  }

  private static Action.Dependent<World> answerChallenge() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return w.session != null;
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World state) {
        return Arbitraries.of(CANDIDATES).map(candidate -> Transformer.mutate("answer(" + candidate + ")", w -> {
          var result = w
              .call(
                  () -> w.service.signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(w.clientId, "NEW_PASSWORD_REQUIRED",
                      w.session, Map.of("USERNAME", w.username, "NEW_PASSWORD", candidate))));
          if (result.isRight()) {
            assertThat(result.get()).isInstanceOf(Results.Authenticated.class);
            assertThat(result.get().user().status()).isEqualTo(UserStatus.CONFIRMED);
            w.accept(candidate);
          }
        }));
      }
    };
  }

  private static Action.Independent<World> changePassword() {
    return () -> Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(CANDIDATES))
        .as((right, candidate) -> Transformer.mutate("changePassword(" + (right ? "right" : "wrong") + " -> " + candidate + ")", w -> {
          String sub = w.user().sub().value();
          var result = w
              .call(() -> w.service.changePassword(new Requests.ChangePassword(w.poolId, sub, right ? w.plain : WRONG, candidate)));
          if (result.isRight()) {
            assertThat(right).isTrue();
            assertThat(result.get().status()).isEqualTo(UserStatus.CONFIRMED);
            w.accept(candidate);
            w.session = null;
          }
        }));
  }

  private static Action.Independent<World> resetAndConfirm() {
    return () -> Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(CANDIDATES))
        .as((admin, rightCode, candidate) -> Transformer
            .mutate((admin ? "adminReset" : "forgot") + "+confirm(" + (rightCode ? "right" : "wrong") + ", " + candidate + ")", w -> {
              var reset = admin
                  ? w.call(() -> w.service.adminResetUserPassword(new Requests.AdminResetUserPassword(w.poolId, w.username))).map(u -> true)
                  : w.call(() -> w.service.signUps().forgotPassword(new Requests.ForgotPassword(w.clientId, w.username))).map(c -> true);
              if (reset.isLeft()) {
                return;
              }
              var confirmed = w.call(() -> w.service.signUps().confirmForgotPassword(
                  new Requests.ConfirmForgotPassword(w.clientId, w.username, rightCode ? "123456" : "654321", candidate)));
              if (confirmed.isRight()) {
                assertThat(rightCode).isTrue();
                w.accept(candidate);
                w.session = null;
              }
            }));
  }

  private static Action.Independent<World> advanceClock() {
    return () -> Arbitraries.integers().between(0, 96)
        .map(hours -> Transformer.mutate("advance " + hours + "h", w -> w.clock.advance(Duration.ofHours(hours))));
  }
}

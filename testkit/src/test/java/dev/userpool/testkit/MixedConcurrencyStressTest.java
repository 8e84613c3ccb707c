package dev.userpool.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Threads setting passwords, signing in, answering challenges, resetting, disabling and enabling the
 * same few users at once, through the service and the in-memory store: every successful write is in the
 * final version (no lost update), no operation fails for want of a retry, and no stored user is torn.
 */
@CognitoTest(seed = 11)
@WithUserPool(passwordHistorySize = 3)
class MixedConcurrencyStressTest {

  private static final int THREADS = 4;
  private static final int OPERATIONS_PER_THREAD = 250;
  private static final List<String> USERS = List.of("ann", "ben", "cat");
  /** A small shared set, so that sign-ins guess the current password often and challenges get answered. */
  private static final List<String> PASSWORDS = List.of("Shared-Passw0rd-1", "Shared-Passw0rd-2", "Shared-Passw0rd-3",
      "Shared-Passw0rd-4", "Shared-Passw0rd-5", "Start-Passw0rd");

  @Test
  void shouldAccountForEveryWriteOfEveryThread(TestPool pool) throws InterruptedException {
    UserPoolService service = pool.service();
    String poolId = pool.id().value();
    String clientId = pool.clientId().value();
    Map<String, Long> versionBefore = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
    for (String name : USERS) {
      User u = pool.user(name).verifiedEmail(name + "@example.com").password("Start-Passw0rd").confirmed().user();
      versionBefore.put(name, u.version());
      writes.put(name, new AtomicInteger());
    }
    AtomicInteger internalErrors = new AtomicInteger();
    AtomicInteger challengesAnswered = new AtomicInteger();
    AtomicInteger challengesIssued = new AtomicInteger();
    Map<String, AtomicInteger> signedIn = new ConcurrentHashMap<>();
    USERS.forEach(name -> signedIn.put(name, new AtomicInteger()));
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    for (int t = 0; t < THREADS; t++) {
      Random random = new Random(t);
      threads.execute(() -> {
        for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
          if (i % 10 == 9) {
            // Fifteen quiet minutes forget the wrong guesses, so the lockout does not end the racing for good.
            pool.clock().advance(Duration.ofMinutes(16));
          }
          String name = USERS.get(random.nextInt(USERS.size()));
          String password = PASSWORDS.get(random.nextInt(PASSWORDS.size()));
          // Weighted towards temporary passwords and sign-ins, so every interleaving races many challenges.
          int roll = random.nextInt(20);
          int op = roll < 6 ? 0 : roll < 14 ? 1 : roll < 16 ? 2 : roll < 17 ? 3 : roll < 19 ? 4 : 5;
          int wrote = switch (op) {
            case 0 -> wrote(service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, name, password, random.nextInt(4) == 0)),
                internalErrors);
            case 1 -> signInAndAnswer(service, clientId, name, password, PASSWORDS.get(random.nextInt(PASSWORDS.size())), internalErrors,
                signedIn.get(name));
            case 2 -> wrote(service.adminResetUserPassword(new Requests.AdminResetUserPassword(poolId, name)), internalErrors);
            case 3 -> wrote(service.adminDisableUser(new Requests.AdminDisableUser(poolId, name)), internalErrors);
            case 4 -> wrote(service.adminEnableUser(new Requests.AdminEnableUser(poolId, name)), internalErrors);
            default -> wrote(service.signUps().forgotPassword(new Requests.ForgotPassword(clientId, name)), internalErrors);
          };
          writes.get(name).addAndGet(wrote);
          challengesIssued.addAndGet(wrote >= 1 && op == 1 ? 1 : 0);
          challengesAnswered.addAndGet(wrote == 2 ? 1 : 0);
        }
      });
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

    assertThat(internalErrors).as("no write gave up retrying").hasValue(0);
    assertThat(challengesAnswered.get()).as("the run raced challenges too (issued %s)", challengesIssued).isPositive();
    for (String name : USERS) {
      User after = pool.find(name).get();
      // A sign-in that succeeds after counted failures also writes (it clears the count); the caller cannot see
      // whether it did, so those writes bound the version from above. A lost update still shows below.
      long counted = versionBefore.get(name) + writes.get(name).get();
      assertThat(after.version()).as("%s: one version per successful write", name)
          .isBetween(counted, counted + signedIn.get(name).get());
      assertThat(after.passwordHistory().size()).isLessThanOrEqualTo(3);
      assertThat(after.password().exists(p -> p.isTemporary())).isEqualTo(after.status() == UserStatus.FORCE_CHANGE_PASSWORD);
    }
  }

  /** Writes made: a sign-in writes only when it issues a challenge, and a successful answer writes again. */
  private static int signInAndAnswer(UserPoolService service, String clientId, String name, String password, String answer,
      AtomicInteger internalErrors, AtomicInteger signedIn) {
    Either<CognitoError, Results.SignIn> signIn = service.signIns().initiateAuth(new Requests.InitiateAuth(clientId, "USER_PASSWORD_AUTH",
        Map.of("USERNAME", name, "PASSWORD", password)));
    if (signIn.isLeft()) {
      return wrote(signIn, internalErrors);
    }
    return signIn.get().fold(
        authenticated -> {
          signedIn.incrementAndGet();
          return 0;
        },
        challenge -> 1 + wrote(service.signIns()
            .respondToAuthChallenge(new Requests.RespondToAuthChallenge(clientId, "NEW_PASSWORD_REQUIRED",
                challenge.session().reveal(), Map.of("USERNAME", name, "NEW_PASSWORD", answer))),
            internalErrors),
        verifier -> 0, mfa -> 0, custom -> 0);
  }

  private static int wrote(Either<CognitoError, ?> outcome, AtomicInteger internalErrors) {
    if (outcome.isLeft() && outcome.getLeft() instanceof CognitoError.InternalError) {
      internalErrors.incrementAndGet();
    }
    return outcome.isRight() || (outcome.isLeft() && recorded(outcome.getLeft())) ? 1 : 0;
  }

  /** A refused sign-in the lockout records: it writes the failed-attempt count. */
  private static boolean recorded(CognitoError error) {
    return error instanceof CognitoError.NotAuthorized n && (n.reason() == CognitoError.NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD
        || n.reason() == CognitoError.NotAuthorized.Reason.PASSWORD_ATTEMPTS_EXCEEDED);
  }
}

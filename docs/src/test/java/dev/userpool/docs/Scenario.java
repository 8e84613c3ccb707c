package dev.userpool.docs;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Salt;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.srp.SrpVerifier;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.user.Attributes;
import dev.userpool.user.ChallengeSession;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.FailedSignIns;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.PendingCode;
import dev.userpool.user.Session;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The world one probe run sees: a pool, a user and a request built from the base scenario of a
 * {@link Probe} plus a set of {@link Fault}s. Everything is fixed (times, salt, seed), so the same
 * faults always give the same outcome.
 */
final class Scenario {

  static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  static final String CURRENT_PASSWORD = "Current-Passw0rd!";
  static final String NEW_PASSWORD = "Brand-N3w-Passw0rd!";
  /** Six code points: under the default minimum length and nothing else. */
  static final String WEAK_PASSWORD = "Sh0rt!";
  static final String WRONG_PASSWORD = "Wr0ng-Passw0rd!";
  static final String CODE = "123456";
  static final String WRONG_CODE = "654321";
  static final String EMAIL = "jane@example.com";
  static final int HISTORY_SIZE = 3;
  static final Session SESSION = Session.parse("AYAB" + "s".repeat(40)).get();
  static final Session OTHER_SESSION = Session.parse("AYAB" + "o".repeat(40)).get();
  static final PasswordHasher HASHER = Pbkdf2PasswordHasher.withIterations(1);
  static final ClientId CLIENT_ID = new ClientId("docsclient0123456789abcdef");
  static final AppClient CLIENT = AppClient.builder().clientId(CLIENT_ID).clientName("docs").build();
  static final PasswordPolicy POLICY = PasswordPolicy.builder().passwordHistorySize(HISTORY_SIZE).build();

  private final Probe probe;
  private final Set<Fault> faults;

  Scenario(Probe probe, Set<Fault> faults) {
    this.probe = probe;
    this.faults = faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults);
  }

  boolean has(Fault fault) {
    return faults.contains(fault);
  }

  // -- the pool and the time

  /** The default policy with a history of {@value #HISTORY_SIZE}; emails as usernames when the probe says so. */
  UserPool pool() {
    return pool(probe.emailUsernames());
  }

  static UserPool pool(boolean emailUsernames) {
    return UserPool.builder()
        .id(new UserPoolId("us-east-1_DOCS"))
        .name("docs")
        .passwordPolicy(POLICY)
        .tier(Tier.ESSENTIALS)
        .usernameAttributes(emailUsernames ? HashSet.of(ContactAttribute.EMAIL) : HashSet.empty())
        .clients(LinkedHashMap.of(CLIENT_ID, CLIENT))
        .creationDate(T0)
        .lastModifiedDate(T0)
        .version(1)
        .build();
  }

  /** A minute after everything was issued, or just past whatever validity a fault is about. */
  Instant now() {
    Duration after = Duration.ofMinutes(1);
    if (has(Fault.SESSION_EXPIRED)) {
      after = max(after, CLIENT.sessionValidity().plusMinutes(1));
    }
    if (has(Fault.CODE_EXPIRED)) {
      after = max(after, List.of(CodePurpose.values()).map(CodePurpose::validity).max().get().plusHours(1));
    }
    if (has(Fault.TEMPORARY_PASSWORD_EXPIRED)) {
      after = max(after, POLICY.temporaryPasswordValidity().plusDays(1));
    }
    return T0.plus(after);
  }

  Context context() {
    return new Context(now(), pool(), HASHER, SeededRandomness.withSeed(7), () -> ConfirmationCode.of(CODE));
  }

  // -- the request

  Username username() {
    return new Username(probe.emailUsernames() && !has(Fault.USERNAME_NOT_AN_EMAIL) ? EMAIL : "jane");
  }

  /** The password the caller proves: the current one, or a wrong one. */
  Password givenPassword() {
    return Password.of(has(Fault.WRONG_PASSWORD) ? WRONG_PASSWORD : CURRENT_PASSWORD);
  }

  /** The password the caller sets. */
  String candidate() {
    String base = has(Fault.WEAK_PASSWORD) ? WEAK_PASSWORD : NEW_PASSWORD;
    return has(Fault.MALFORMED_NEW_PASSWORD) || has(Fault.MALFORMED_REQUEST) ? " " + base : base;
  }

  ConfirmationCode code() {
    return ConfirmationCode.of(has(Fault.WRONG_CODE) ? WRONG_CODE : CODE);
  }

  Session session() {
    return has(Fault.SESSION_NEVER_ISSUED) ? OTHER_SESSION : SESSION;
  }

  // -- the user

  UserStatus status() {
    if (has(Fault.REFUSED_STATUS)) {
      return probe.refusedStatus().getOrElseThrow(() -> new IllegalStateException(probe.name() + " refuses no status"));
    }
    return has(Fault.TEMPORARY_PASSWORD_EXPIRED) ? UserStatus.FORCE_CHANGE_PASSWORD : probe.baseStatus();
  }

  /**
   * The user: named jane, with {@link #CURRENT_PASSWORD} set at {@link #T0} (temporary exactly when
   * FORCE_CHANGE_PASSWORD), a verified email, the code the probe's operation expects and a challenge
   * session issued at {@link #T0}.
   */
  User user() {
    UserStatus status = status();
    Salt salt = Salt.of(new byte[]{ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 });
    PasswordHash current = HASHER.hash(Password.of(CURRENT_PASSWORD), salt);
    List<PasswordHash> history = has(Fault.PASSWORD_IN_HISTORY)
        ? List.of(current, HASHER.hash(Password.of(candidate()), salt))
        : List.of(current);
    CodeDelivery email = new CodeDelivery(ContactAttribute.EMAIL, EMAIL);
    return User.builder()
        .username(new Username("jane"))
        .sub(new Sub("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"))
        .status(status)
        .enabled(!has(Fault.DISABLED))
        .attributes(Attributes.empty().with("email", EMAIL).with("email_verified", has(Fault.NO_VERIFIED_CONTACT) ? "false" : "true"))
        .password(Option.some(new CurrentPassword(current, T0,
            status == UserStatus.FORCE_CHANGE_PASSWORD ? PasswordKind.TEMPORARY : PasswordKind.PERMANENT,
            Option.some(SrpVerifier.compute(pool().id().poolName(), "jane", Password.of(CURRENT_PASSWORD),
                SeededRandomness.withSeed(11))))))
        .failedSignIns(has(Fault.LOCKED_OUT) ? Option.some(new FailedSignIns(FailedSignIns.FREE_FAILURES, now(), now())) : Option.none())
        .passwordHistory(PasswordHistory.of(salt, history))
        .pendingCode(
            has(Fault.NO_PENDING_CODE) ? Option.none() : Option.some(PendingCode.issue(probe.codePurpose(), code(CODE), T0, email)))
        .challenge(Option.some(new ChallengeSession(SESSION, T0.plus(CLIENT.sessionValidity()),
            has(Fault.SESSION_ANSWERED) ? Option.some(T0) : Option.none())))
        .creationDate(T0)
        .lastModifiedDate(T0)
        .build();
  }

  private static ConfirmationCode code(String value) {
    return ConfirmationCode.of(value);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}

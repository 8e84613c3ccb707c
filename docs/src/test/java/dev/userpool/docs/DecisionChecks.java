package dev.userpool.docs;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Salt;
import dev.userpool.password.Violation;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ClientSecret;
import dev.userpool.srp.SrpGroup;
import dev.userpool.srp.SrpTimestamp;
import dev.userpool.srp.SrpVerifier;
import dev.userpool.srp.VerifierPowers;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.user.Action;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.FailedSignIns;
import dev.userpool.user.Lifecycle;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Refusal;
import dev.userpool.user.Rule;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs of the code behind the entries of {@link Decisions}: each fails with an {@link AssertionError}
 * when the code stops doing what the entry's rule says, so the prose of decisions.md cannot drift
 * either.
 */
final class DecisionChecks {

  private DecisionChecks() {}

  static void codePointLength() {
    PasswordPolicy eight = PasswordPolicy.builder().minimumLength(8).requireUppercase(false).requireLowercase(false)
        .requireNumbers(false).requireSymbols(false).build();
    String emoji = "\uD83D\uDE00";
    require(eight.violations(Password.of(emoji.repeat(8))).isEmpty(), "eight emoji are long enough for MinimumLength 8");
    require(!eight.violations(Password.of(emoji.repeat(7))).isEmpty(), "seven emoji are too short for MinimumLength 8");
  }

  static void violationOrder() {
    List<String> codes = PasswordPolicy.cognitoDefault().violations(Password.of("\u00ff")).map(Violation::code).toJavaList();
    require(codes.equals(List.of("PASSWORD_TOO_SHORT", "PASSWORD_MISSING_LOWERCASE", "PASSWORD_MISSING_UPPERCASE",
        "PASSWORD_MISSING_NUMBER", "PASSWORD_MISSING_SYMBOL")), "violations come in the documented order, not " + codes);
  }

  static void invalidPasswordWording() {
    for (Probe p : Probe.decisions().filter(p -> p.candidates().contains(Fault.WEAK_PASSWORD))) {
      Either<CognitoError, ?> r = p.runWith(Set.of(Fault.WEAK_PASSWORD));
      CognitoError.InvalidPassword.Wording expected = p.name().equals("SignUp")
          ? CognitoError.InvalidPassword.Wording.DID_NOT_CONFORM_WITH
          : p.name().startsWith("AdminCreateUser")
              ? CognitoError.InvalidPassword.Wording.DID_NOT_CONFORM_WITH_PASSWORD_POLICY
              : CognitoError.InvalidPassword.Wording.DOES_NOT_CONFORM_TO;
      require(r.isLeft() && r.getLeft() instanceof CognitoError.InvalidPassword i && i.wording() == expected,
          p.name() + " words a short password with " + expected + ", not " + r);
    }
  }

  static void historyWindow() {
    require(refused(1, 0) && !refused(1, 1), "with PasswordHistorySize 1 only the current password is refused");
    require(refused(3, 2) && !refused(3, 3), "with PasswordHistorySize 3 the current password and the 2 before it are refused");
    require(!refused(0, 0), "with PasswordHistorySize 0 even the current password is allowed");
  }

  /** Whether the password set {@code back} changes ago is refused under history size {@code n}. */
  private static boolean refused(int n, int back) {
    PasswordHasher hasher = Scenario.HASHER;
    PasswordHistory history = PasswordHistory.start(Salt.of(new byte[]{ 7 }));
    for (int i = 0; i < 5; i++) {
      history = history.record(hasher.hash(Password.of("Passw0rd-" + i + "!"), history.salt()), n);
    }
    return PasswordPolicy.builder().passwordHistorySize(n).build()
        .evaluate(Password.of("Passw0rd-" + (4 - back) + "!"), history, hasher).isInvalid();
  }

  static void policyBeforeHistory() {
    before("AdminSetUserPassword", Fault.WEAK_PASSWORD, Fault.PASSWORD_IN_HISTORY);
    before("ConfirmForgotPassword", Fault.WEAK_PASSWORD, Fault.PASSWORD_IN_HISTORY);
  }

  static void temporaryReuse() {
    require(PasswordPolicyDoc.answerWithTheTemporaryPassword(0).isRight(), "without history the temporary password is accepted");
    require(
        PasswordPolicyDoc.answerWithTheTemporaryPassword(3).swap().exists(e -> e instanceof CognitoError.PasswordHistoryPolicyViolation),
        "with a history the temporary password is refused as reused");
  }

  static void forgotPasswordKeepsStatus() {
    for (UserStatus s : UserStatus.values()) {
      Rule r = Lifecycle.rule(Action.FORGOT_PASSWORD, s);
      require(r instanceof Rule.Keeps || r instanceof Rule.Refuses, "ForgotPassword never changes the status, but from " + s + ": " + r);
    }
  }

  static void confirmForgotPassword() {
    require(Lifecycle.rule(Action.CONFIRM_FORGOT_PASSWORD, UserStatus.RESET_REQUIRED).equals(new Rule.MovesTo(UserStatus.CONFIRMED)),
        "ConfirmForgotPassword moves RESET_REQUIRED to CONFIRMED");
    require(Lifecycle.rule(Action.CONFIRM_FORGOT_PASSWORD, UserStatus.UNCONFIRMED).equals(new Rule.Refuses(Refusal.USER_NOT_CONFIRMED)),
        "ConfirmForgotPassword refuses UNCONFIRMED as not confirmed");
  }

  static void adminSetUserPasswordFromAnyStatus() {
    for (UserStatus s : UserStatus.values()) {
      require(Lifecycle.rule(Action.ADMIN_SET_USER_PASSWORD_PERMANENT, s).equals(new Rule.MovesTo(UserStatus.CONFIRMED))
          && Lifecycle.rule(Action.ADMIN_SET_USER_PASSWORD_TEMPORARY, s).equals(new Rule.MovesTo(UserStatus.FORCE_CHANGE_PASSWORD)),
          "AdminSetUserPassword moves " + s + " to CONFIRMED (permanent) or FORCE_CHANGE_PASSWORD (temporary)");
    }
  }

  static void adminResetOtherStatuses() {
    for (UserStatus s : List.of(UserStatus.UNCONFIRMED, UserStatus.RESET_REQUIRED, UserStatus.ARCHIVED, UserStatus.COMPROMISED,
        UserStatus.UNKNOWN)) {
      require(Lifecycle.rule(Action.ADMIN_RESET_USER_PASSWORD, s).equals(new Rule.MovesTo(UserStatus.RESET_REQUIRED)),
          "AdminResetUserPassword moves " + s + " to RESET_REQUIRED");
    }
  }

  static void retiredStatuses() {
    Rule notAuthorized = new Rule.Refuses(Refusal.NOT_AUTHORIZED_TO_GET_AUTH_DETAILS);
    require(Lifecycle.rule(Action.SIGN_IN, UserStatus.ARCHIVED).equals(notAuthorized)
        && Lifecycle.rule(Action.SIGN_IN, UserStatus.UNKNOWN).equals(notAuthorized)
        && Lifecycle.rule(Action.SIGN_IN, UserStatus.COMPROMISED).equals(new Rule.Refuses(Refusal.PASSWORD_RESET_REQUIRED)),
        "retired statuses are refused at sign-in as documented");
  }

  static void unconfirmedBeforePassword() {
    String signIn = "Sign-in (InitiateAuth, AdminInitiateAuth)";
    require(probe(signIn).refusedStatus().contains(UserStatus.UNCONFIRMED), "the table refuses UNCONFIRMED at sign-in");
    before(signIn, Fault.REFUSED_STATUS, Fault.WRONG_PASSWORD);
  }

  static void disabledFirst() {
    for (Probe p : Probe.decisions().filter(p -> p.candidates().contains(Fault.DISABLED))) {
      CheckOrder o = CheckOrder.observe(p);
      require(o.notChecked().contains(Fault.DISABLED) || o.steps().get(0).fault() == Fault.DISABLED,
          p.name() + " checks the Enabled flag first or not at all");
    }
    require(CheckOrder.observe(probe("AdminSetUserPassword")).notChecked().contains(Fault.DISABLED),
        "AdminSetUserPassword works on a disabled user");
  }

  static void changePasswordOrder() {
    before("ChangePassword", Fault.DISABLED, Fault.REFUSED_STATUS);
    before("ChangePassword", Fault.REFUSED_STATUS, Fault.WEAK_PASSWORD);
    before("ChangePassword", Fault.WEAK_PASSWORD, Fault.WRONG_PASSWORD);
    before("ChangePassword", Fault.WRONG_PASSWORD, Fault.PASSWORD_IN_HISTORY);
  }

  static void temporaryBoundary() {
    CurrentPassword temporary = new CurrentPassword(Scenario.HASHER.hash(Password.of("Temp-Passw0rd!"), Salt.of(new byte[]{ 1 })),
        Scenario.T0, PasswordKind.TEMPORARY);
    Duration validity = PasswordPolicy.cognitoDefault().temporaryPasswordValidity();
    require(!temporary.hasExpired(Scenario.T0.plus(validity), validity), "a temporary password is valid at exactly its validity");
    require(temporary.hasExpired(Scenario.T0.plus(validity).plusMillis(1), validity), "a millisecond later it has expired");
  }

  static void generatedTemporary() {
    PasswordPolicy full = PasswordPolicy.builder().minimumLength(PasswordPolicy.MIN_MINIMUM_LENGTH).build();
    for (int min = PasswordPolicy.MIN_MINIMUM_LENGTH; min <= PasswordPolicy.MAX_MINIMUM_LENGTH; min++) {
      PasswordPolicy none = PasswordPolicy.builder().minimumLength(min).requireUppercase(false).requireLowercase(false)
          .requireNumbers(false).requireSymbols(false).build();
      Password p = none.generateTemporaryPassword(SeededRandomness.withSeed(min));
      require(p.length() == Math.max(PasswordPolicy.GENERATED_PASSWORD_LENGTH, min), "generated length for MinimumLength " + min);
      require(full.violations(p).isEmpty() && !p.reveal().contains(" "), "a generated password has every class and no space");
      require(p.reveal().matches("[a-zA-Z0-9@_+.:/]+"), "a generated password draws from a-z A-Z 0-9 @_+.:/ only");
    }
  }

  static void sessionValidity() {
    require(AppClient.MIN_AUTH_SESSION_VALIDITY == 3 && AppClient.MAX_AUTH_SESSION_VALIDITY == 15
        && AppClient.DEFAULT_AUTH_SESSION_VALIDITY == 3, "AuthSessionValidity is 3..15 minutes, 3 by default");
  }

  static void statuses() {
    require(Arrays.stream(UserStatus.values()).map(Enum::name).toList().equals(List.of("UNCONFIRMED", "CONFIRMED", "ARCHIVED",
        "COMPROMISED", "UNKNOWN", "RESET_REQUIRED", "FORCE_CHANGE_PASSWORD", "EXTERNAL_PROVIDER")), "the eight statuses");
  }

  static void policyRanges() {
    PasswordPolicy d = PasswordPolicy.cognitoDefault();
    require(PasswordPolicy.MIN_MINIMUM_LENGTH == 6 && PasswordPolicy.MAX_MINIMUM_LENGTH == 99 && d.minimumLength() == 8
        && d.requireUppercase() && d.requireLowercase() && d.requireNumbers() && d.requireSymbols()
        && PasswordPolicy.MAX_PASSWORD_HISTORY_SIZE == 24 && PasswordPolicy.MAX_TEMPORARY_PASSWORD_VALIDITY_DAYS == 365
        && d.temporaryPasswordValidityDays() == 7
        && PasswordPolicy.builder().temporaryPasswordValidityDays(0).build().effectiveTemporaryPasswordValidityDays() == 7,
        "the policy's ranges and defaults are Cognito's");
  }

  static void symbols() {
    require(PasswordPolicy.SYMBOLS.length() == 32, "32 symbols");
  }

  // -- helpers

  private static Probe probe(String name) {
    return Probe.decisions().find(p -> p.name().equals(name)).getOrElseThrow(() -> new AssertionError("no probe " + name));
  }

  static void lockout() {
    require(FailedSignIns.lockout(4).isZero(), "four failures lock nobody out");
    require(FailedSignIns.lockout(5).equals(Duration.ofSeconds(1)), "five failures lock out for one second");
    require(FailedSignIns.lockout(9).equals(Duration.ofSeconds(16)), "each further failure doubles the lockout");
    require(FailedSignIns.lockout(40).equals(Duration.ofMinutes(15)), "the lockout stops at fifteen minutes");
    before("Sign-in (InitiateAuth, AdminInitiateAuth)", Fault.LOCKED_OUT, Fault.WRONG_PASSWORD);
  }

  static void srpCheckOrder() {
    String srp = "RespondToAuthChallenge (PASSWORD_VERIFIER, after InitiateAuth USER_SRP_AUTH)";
    before(srp, Fault.DISABLED, Fault.LOCKED_OUT);
    before(srp, Fault.LOCKED_OUT, Fault.REFUSED_STATUS);
    before(srp, Fault.REFUSED_STATUS, Fault.WRONG_PASSWORD);
    before(srp, Fault.WRONG_PASSWORD, Fault.TEMPORARY_PASSWORD_EXPIRED);
  }

  static void srpTimestamp() {
    require(SrpTimestamp.format(Instant.parse("2024-03-05T09:07:03Z")).equals("Tue Mar 5 09:07:03 UTC 2024"), "the day is not padded");
    require(SrpTimestamp.parse("Tue Mar 05 09:07:03 UTC 2024").isEmpty(), "a padded day is refused");
    require(SrpTimestamp.parse("Wed Mar 5 09:07:03 UTC 2024").isEmpty(), "a wrong weekday is refused");
  }

  static void srpVerifierEager() {
    SrpVerifier verifier = SrpVerifier.compute("AbCdEf123", "jane", Password.of("Blue-Harbor-42!"), bytes -> Arrays.fill(bytes, (byte) 7));
    byte[] identity = sha256("AbCdEf123jane:Blue-Harbor-42!".getBytes(StandardCharsets.UTF_8));
    BigInteger x = new BigInteger(1, sha256(new BigInteger(1, verifier.salt()).toByteArray(), identity));
    require(new BigInteger(1, verifier.verifier()).equals(SrpGroup.G.modPow(x, SrpGroup.N)), "the verifier is g^x mod N, computed now");
  }

  static void srpVerifierPowers() {
    VerifierPowers powers = VerifierPowers.remembering(1);
    BigInteger v = SrpGroup.G.modPow(BigInteger.valueOf(123_456_789), SrpGroup.N);
    for (int use = 1; use <= 3; use++) {
      BigInteger u = BigInteger.ONE.shiftLeft(255).add(BigInteger.valueOf(use));
      require(powers.pow(v, u).equals(v.modPow(u, SrpGroup.N)), "a remembered power is modPow's at every use");
    }
  }

  private static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      Arrays.stream(parts).forEach(digest::update);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void secretHash() {
    ClientSecret secret = ClientSecret.of("1example23456789abcdefghijklmnopqrstuvwxyz0123456");
    require(secret.secretHash("jane.doe", new ClientId("1example23456789")).equals("vx9eIzVncveXMD7VAMcMtGYqdeaTLHsnNwajRXuRMvY="),
        "SECRET_HASH is Base64(HMAC-SHA256(secret, username + client id))");
    require(!secret.toString().contains(secret.reveal()), "the secret is never printed");
  }

  static void getTokensFromRefreshToken() {
    ClientSecret secret = ClientSecret.of("1example23456789abcdefghijklmnopqrstuvwxyz0123456");
    AppClient plain = AppClient.builder().clientId(new ClientId("1example23456789")).clientName("web").build();
    AppClient withSecret = AppClient.builder().clientId(new ClientId("1example23456789")).clientName("server")
        .clientSecret(Option.some(secret)).build();
    require(withSecret.checkClientSecretAsHash(Option.none()).map(CognitoError::message)
        .contains("Client 1example23456789 is configured for secret but secret was not received"), "a missing ClientSecret is refused");
    require(withSecret.checkClientSecretAsHash(Option.some("w".repeat(30))).map(CognitoError::message)
        .contains("Unable to verify secret hash for client 1example23456789"), "a wrong ClientSecret is refused");
    require(withSecret.checkClientSecretAsHash(Option.some(secret.reveal())).isEmpty(), "the right ClientSecret passes");
    require(plain.checkClientSecretAsHash(Option.some("w".repeat(30))).isEmpty(), "a secret sent to a client without one is ignored");
  }

  private static void before(String probe, Fault first, Fault then) {
    List<Fault> order = CheckOrder.observe(probe(probe)).steps().stream().map(CheckOrder.Step::fault).toList();
    require(order.contains(first) && order.contains(then) && order.indexOf(first) < order.indexOf(then),
        probe + " checks " + first + " before " + then + "; observed order " + order);
  }

  private static void require(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError("decisions.md says: " + what + "; the code no longer does");
    }
  }
}

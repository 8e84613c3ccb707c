package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.KitPool.FINAL;
import static dev.userpool.testkit.conformance.KitPool.OTHER;
import static dev.userpool.testkit.conformance.KitPool.TEMPORARY;
import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;

import dev.userpool.error.PasswordErrors.InvalidPassword;
import dev.userpool.error.PasswordErrors.InvalidPassword.Wording;
import dev.userpool.password.Violation;
import dev.userpool.testkit.sdk.Expect;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/**
 * The password policy and history as rules: every operation that takes a new password refuses each kind of
 * violation of Cognito's default policy with {@code InvalidPasswordException} in that operation's wording
 * (decisions.md, "Which operations say did not conform with"), and changes nothing; with PasswordHistorySize,
 * each refuses a recent password.
 */
final class PolicyRules {

  /** A way to break the default policy (8 characters, the four classes): one violation each. */
  private record Breach(String name, String password, Violation violation) {}

  private static final List<Breach> VIOLATIONS = List.of(
      new Breach("too-short", "Sh0rt!a", new Violation.TooShort(8, 7)),
      new Breach("no-lowercase", "UPPER-CASE-1!", new Violation.MissingLowercase()),
      new Breach("no-uppercase", "lower-case-1!", new Violation.MissingUppercase()),
      new Breach("no-number", "No-Numbers-Here!", new Violation.MissingNumber()),
      new Breach("no-symbol", "NoSymbols1234", new Violation.MissingSymbol()));

  /** An operation that sets a password: its wording, and the call for a user it prepared. */
  private record Setter(String name, String operation, Wording wording, Prepared prepare) {}

  /** Puts jane where the operation can be called, and returns the call with the proposed password. */
  @FunctionalInterface
  private interface Prepared {
    PasswordCall on(KitPool pool);
  }

  @FunctionalInterface
  private interface PasswordCall {
    void set(String password);
  }

  private static final String USER = KitPool.JANE;

  private static final List<Setter> SETTERS = List.of(
      new Setter("sign-up", "SignUp", Wording.DID_NOT_CONFORM_WITH,
          pool -> p -> pool.cognito.signUp(b -> b.clientId(pool.clientId).username(USER).password(p))),
      new Setter("admin-create-user", "AdminCreateUser", Wording.DID_NOT_CONFORM_WITH_PASSWORD_POLICY, pool -> p -> pool.invite(USER, p)),
      new Setter("admin-set-user-password", "AdminSetUserPassword", Wording.DOES_NOT_CONFORM_TO, pool -> {
        pool.confirmed(USER, FINAL);
        return p -> pool.setPassword(USER, p, true);
      }), new Setter("change-password", "ChangePassword", Wording.DOES_NOT_CONFORM_TO, pool -> {
        pool.confirmed(USER, FINAL);
        String token = pool.tokens(USER, FINAL).accessToken();
        return p -> pool.cognito.changePassword(b -> b.accessToken(token).previousPassword(FINAL).proposedPassword(p));
      }), new Setter("respond-to-auth-challenge", "RespondToAuthChallenge", Wording.DOES_NOT_CONFORM_TO, pool -> {
        pool.invite(USER, TEMPORARY);
        String session = pool.signIn(USER, TEMPORARY).session();
        return p -> pool.cognito.respondToAuthChallenge(b -> b.clientId(pool.clientId).challengeName("NEW_PASSWORD_REQUIRED")
            .session(session).challengeResponses(Map.of("USERNAME", USER, "NEW_PASSWORD", p)));
      }), new Setter("confirm-forgot-password", "ConfirmForgotPassword", Wording.DOES_NOT_CONFORM_TO, pool -> {
        pool.confirmed(USER, FINAL);
        pool.cognito.forgotPassword(b -> b.clientId(pool.clientId).username(USER));
        String code = pool.code(USER);
        return p -> pool.cognito.confirmForgotPassword(b -> b.clientId(pool.clientId).username(USER).confirmationCode(code).password(p));
      }));

  private PolicyRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    for (Setter setter : SETTERS) {
      for (Breach violation : VIOLATIONS) {
        String message = new InvalidPassword(Vector.of(violation.violation()), setter.wording()).message();
        rules.add(new ConformanceRule("password-policy." + setter.name() + "." + violation.name(), Area.PASSWORD_POLICY,
            setter.operation() + " refuses a password that is " + violation.name().replace('-', ' ') + " with InvalidPasswordException \""
                + message + "\", and changes nothing",
            decision("invalid-password-wording"), target -> {
              KitPool pool = KitPool.create(target);
              PasswordCall call = setter.prepare().on(pool);
              String before = statusOrNone(pool);
              Expect.refused("InvalidPasswordException", 400, message, () -> call.set(violation.password()));
              equal(before, statusOrNone(pool), "status after the refusal");
            }));
      }
    }
    for (Setter setter : SETTERS.subList(2, SETTERS.size())) {
      if (setter.name().equals("respond-to-auth-challenge")) {
        continue;
      }
      rules.add(new ConformanceRule("password-policy.history." + setter.name(), Area.PASSWORD_POLICY,
          "With PasswordHistorySize 3, " + setter.operation()
              + " refuses the current password with PasswordHistoryPolicyViolationException, and changes nothing",
          decision("history-message"), target -> {
            KitPool pool = KitPool.create(target, p -> p.policies(b -> b.passwordPolicy(policy(3))), c -> {});
            PasswordCall call = setter.prepare().on(pool);
            Expect.refused("PasswordHistoryPolicyViolationException", 400,
                "The password was used recently. Choose a password that you haven't used before.", () -> call.set(FINAL));
            pool.tokens(USER, FINAL);
          }));
    }
    rules.add(new ConformanceRule("password-policy.history.zero-allows-reuse", Area.PASSWORD_POLICY,
        "Without PasswordHistorySize, AdminSetUserPassword accepts the current password again", decision("history-window"), target -> {
          KitPool pool = KitPool.create(target);
          pool.confirmed(USER, FINAL);
          pool.setPassword(USER, FINAL, true);
          pool.tokens(USER, FINAL);
        }));
    rules.add(new ConformanceRule("password-policy.history.older-than-the-window", Area.PASSWORD_POLICY,
        "With PasswordHistorySize 1, a password two changes old is accepted again", decision("history-window"), target -> {
          KitPool pool = KitPool.create(target, p -> p.policies(b -> b.passwordPolicy(policy(1))), c -> {});
          pool.confirmed(USER, FINAL);
          pool.setPassword(USER, OTHER, true);
          pool.setPassword(USER, "Third-Passw0rd!", true);
          pool.setPassword(USER, FINAL, true);
          pool.tokens(USER, FINAL);
        }));
    return rules;
  }

  private static String statusOrNone(KitPool pool) {
    try {
      return pool.status(USER);
    } catch (UserNotFoundException e) {
      return "no user";
    }
  }

  private static PasswordPolicyType policy(int historySize) {
    return PasswordPolicyType.builder().minimumLength(8).requireUppercase(true).requireLowercase(true).requireNumbers(true)
        .requireSymbols(true).passwordHistorySize(historySize).temporaryPasswordValidityDays(7).build();
  }
}

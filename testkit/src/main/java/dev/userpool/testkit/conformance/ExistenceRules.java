package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.KitPool.FINAL;
import static dev.userpool.testkit.conformance.KitPool.WRONG;
import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;
import static dev.userpool.testkit.sdk.Expect.that;

import dev.userpool.testkit.sdk.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

/**
 * What an unknown user looks like to each self-service operation, with the app client's
 * PreventUserExistenceErrors LEGACY (the operation says the user does not exist) and ENABLED (the answer does
 * not tell an unknown user from a known one), from AWS's page on managing errors and decisions.md.
 */
final class ExistenceRules {

  /** An expected refusal; a null code means the call succeeds with a simulated delivery to {@code nobody@nobody}. */
  private record Answer(String code, String message) {}

  private record Case(String name, String operation, Answer legacy, Answer enabled, Consumer<KitPool> call) {}

  private static final String NOBODY = "nobody";
  private static final Answer NOT_FOUND = new Answer("UserNotFoundException", "User does not exist.");
  private static final Answer NO_COMBINATION = new Answer("UserNotFoundException", "Username/client id combination not found.");
  private static final Answer INCORRECT = new Answer("NotAuthorizedException", "Incorrect username or password.");
  private static final Answer CODE_MISMATCH = new Answer("CodeMismatchException", "Invalid verification code provided, please try again.");
  private static final Answer SIMULATED = new Answer(null, null);

  private static final List<Case> CASES = List.of(
      new Case("initiate-auth", "InitiateAuth USER_PASSWORD_AUTH", NOT_FOUND, INCORRECT, pool -> pool.signIn(NOBODY, FINAL)),
      new Case("admin-initiate-auth", "AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH", NOT_FOUND, INCORRECT,
          pool -> pool.adminSignIn(NOBODY, FINAL)),
      new Case("forgot-password", "ForgotPassword", NO_COMBINATION, SIMULATED,
          pool -> delivered(pool.cognito.forgotPassword(b -> b.clientId(pool.clientId).username(NOBODY)).codeDeliveryDetails())),
      new Case("resend-confirmation-code", "ResendConfirmationCode", NO_COMBINATION, SIMULATED,
          pool -> delivered(pool.cognito.resendConfirmationCode(b -> b.clientId(pool.clientId).username(NOBODY)).codeDeliveryDetails())),
      new Case("confirm-sign-up", "ConfirmSignUp", NO_COMBINATION, CODE_MISMATCH,
          pool -> pool.cognito.confirmSignUp(b -> b.clientId(pool.clientId).username(NOBODY).confirmationCode("123456"))),
      new Case("confirm-forgot-password", "ConfirmForgotPassword", NO_COMBINATION, CODE_MISMATCH,
          pool -> pool.cognito.confirmForgotPassword(b -> b.clientId(pool.clientId).username(NOBODY).confirmationCode("123456")
              .password(FINAL))));

  private ExistenceRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    for (Case c : CASES) {
      add(rules, c, "LEGACY", c.legacy());
      add(rules, c, "ENABLED", c.enabled());
    }
    for (String setting : List.of("LEGACY", "ENABLED")) {
      rules.add(new ConformanceRule("existence-errors.wrong-password." + setting.toLowerCase(), Area.EXISTENCE_ERRORS,
          "With PreventUserExistenceErrors " + setting + ", a known user's wrong password is NotAuthorizedException "
              + "\"Incorrect username or password.\", as an unknown user's is when hidden",
          Sources.MANAGING_ERRORS, target -> {
            KitPool pool = KitPool.create(target, p -> {}, client -> client.preventUserExistenceErrors(setting));
            pool.confirmed(KitPool.JANE, FINAL);
            Expect.refused(INCORRECT.code(), 400, INCORRECT.message(), () -> pool.signIn(KitPool.JANE, WRONG));
          }));
    }
    rules.add(new ConformanceRule("existence-errors.admin-get-user.unknown", Area.EXISTENCE_ERRORS,
        "AdminGetUser of an unknown user is UserNotFoundException \"User does not exist.\" whatever the client's setting",
        decision("user-not-found"), target -> {
          KitPool pool = KitPool.create(target, p -> {}, client -> client.preventUserExistenceErrors("ENABLED"));
          Expect.refused(NOT_FOUND.code(), 400, NOT_FOUND.message(),
              () -> pool.cognito.adminGetUser(b -> b.userPoolId(pool.id).username(NOBODY)));
        }));
    rules.add(new ConformanceRule("existence-errors.admin-initiate-auth.disabled-hidden", Area.EXISTENCE_ERRORS,
        "With PreventUserExistenceErrors ENABLED, a disabled user's wrong password is \"Incorrect username or password.\", the right one"
            + " \"User is disabled.\"",
        decision("disabled-first"), target -> {
          KitPool pool = KitPool.create(target, p -> {}, client -> client.preventUserExistenceErrors("ENABLED"));
          pool.confirmed(KitPool.JANE, FINAL);
          pool.cognito.adminDisableUser(b -> b.userPoolId(pool.id).username(KitPool.JANE));
          Expect.refused(INCORRECT.code(), 400, INCORRECT.message(), () -> pool.adminSignIn(KitPool.JANE, WRONG));
          Expect.refused("NotAuthorizedException", 400, "User is disabled.", () -> pool.adminSignIn(KitPool.JANE, FINAL));
        }));
    rules.add(new ConformanceRule("existence-errors.respond-to-auth-challenge.unknown", Area.EXISTENCE_ERRORS,
        "With PreventUserExistenceErrors ENABLED, a NEW_PASSWORD_REQUIRED answer naming an unknown user is "
            + "NotAuthorizedException \"Invalid session for the user.\"",
        decision("existence-errors-details"), target -> {
          KitPool pool = KitPool.create(target, p -> {}, client -> client.preventUserExistenceErrors("ENABLED"));
          pool.invite(KitPool.JANE, KitPool.TEMPORARY);
          String session = pool.signIn(KitPool.JANE, KitPool.TEMPORARY).session();
          Expect.refused("NotAuthorizedException", 400, "Invalid session for the user.",
              () -> pool.cognito.respondToAuthChallenge(b -> b.clientId(pool.clientId).challengeName("NEW_PASSWORD_REQUIRED")
                  .session(session).challengeResponses(Map.of("USERNAME", NOBODY, "NEW_PASSWORD", FINAL))));
        }));
    return rules;
  }

  private static void add(List<ConformanceRule> rules, Case c, String setting, Answer answer) {
    String outcome = answer.code() == null
        ? "succeeds with a simulated delivery to " + NOBODY + "@" + NOBODY + " (nothing is sent)"
        : "is " + answer.code() + " \"" + answer.message() + "\"";
    rules.add(new ConformanceRule("existence-errors." + c.name() + "." + setting.toLowerCase(), Area.EXISTENCE_ERRORS,
        "With PreventUserExistenceErrors " + setting + ", " + c.operation() + " for an unknown user " + outcome,
        setting.equals("LEGACY") ? decision("user-not-found") : Sources.MANAGING_ERRORS, target -> {
          KitPool pool = KitPool.create(target, p -> {}, client -> client.preventUserExistenceErrors(setting));
          if (answer.code() == null) {
            c.call().accept(pool);
          } else {
            Expect.refused(answer.code(), 400, answer.message(), () -> c.call().accept(pool));
          }
        }));
  }

  private static void delivered(CodeDeliveryDetailsType delivery) {
    that(delivery != null, "CodeDeliveryDetails");
    equal("EMAIL", delivery.deliveryMediumAsString(), "DeliveryMedium");
    equal("email", delivery.attributeName(), "AttributeName");
    that(delivery.destination() != null && delivery.destination().startsWith("n") && delivery.destination().contains("@"),
        "a masked destination like n***@n***, got " + delivery.destination());
  }
}

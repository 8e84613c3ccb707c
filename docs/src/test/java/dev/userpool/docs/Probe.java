package dev.userpool.docs;

import static dev.userpool.docs.Fault.CODE_EXPIRED;
import static dev.userpool.docs.Fault.DISABLED;
import static dev.userpool.docs.Fault.FLOW_NOT_ENABLED;
import static dev.userpool.docs.Fault.LOCKED_OUT;
import static dev.userpool.docs.Fault.MALFORMED_NEW_PASSWORD;
import static dev.userpool.docs.Fault.MALFORMED_REQUEST;
import static dev.userpool.docs.Fault.NO_PENDING_CODE;
import static dev.userpool.docs.Fault.NO_VERIFIED_CONTACT;
import static dev.userpool.docs.Fault.PASSWORD_IN_HISTORY;
import static dev.userpool.docs.Fault.REFUSED_STATUS;
import static dev.userpool.docs.Fault.SESSION_ANSWERED;
import static dev.userpool.docs.Fault.SESSION_EXPIRED;
import static dev.userpool.docs.Fault.SESSION_NEVER_ISSUED;
import static dev.userpool.docs.Fault.TEMPORARY_PASSWORD_EXPIRED;
import static dev.userpool.docs.Fault.UNKNOWN_CLIENT;
import static dev.userpool.docs.Fault.UNKNOWN_POOL;
import static dev.userpool.docs.Fault.UNKNOWN_USER;
import static dev.userpool.docs.Fault.USERNAME_NOT_AN_EMAIL;
import static dev.userpool.docs.Fault.WEAK_PASSWORD;
import static dev.userpool.docs.Fault.WRONG_CODE;
import static dev.userpool.docs.Fault.WRONG_PASSWORD;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.SignInService;
import dev.userpool.service.UserPoolService;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.testkit.sdk.SrpClient;
import dev.userpool.user.Action;
import dev.userpool.user.Attributes;
import dev.userpool.user.AuthOutcome;
import dev.userpool.user.Authentication;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.Lifecycle;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Rule;
import dev.userpool.user.SignInRefused;
import dev.userpool.user.SrpInitiation;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One operation to observe: how to run it on a {@link Scenario}, the status it starts from, and the
 * faults to try, in the order the code's Javadoc gives its checks (used only to order checks whose
 * relative order cannot be observed). {@link CheckOrder} does the observing.
 */
record Probe(
    String name,
    Level level,
    CodeRef decision,
    Option<Action> action,
    UserStatus baseStatus,
    boolean emailUsernames,
    CodePurpose codePurpose,
    List<Fault> candidates,
    Function<Scenario, Either<CognitoError, ?>> run,
    Map<Fault, String> descriptions) {

  /** Where the probe runs: on the User aggregate's decision, or through the whole application service. */
  enum Level {
    DECISION, SERVICE
  }

  /** The status the table refuses for this probe's action, first in {@link UserStatus} order. */
  Option<UserStatus> refusedStatus() {
    return action.flatMap(a -> List.of(UserStatus.values()).find(s -> Lifecycle.rule(a, s) instanceof Rule.Refuses));
  }

  /** This probe, naming {@code fault} its own way (for example "the previous password is wrong"). */
  Probe describing(Fault fault, String description) {
    Map<Fault, String> more = new EnumMap<>(Fault.class);
    more.putAll(descriptions);
    more.put(fault, description);
    return new Probe(name, level, decision, action, baseStatus, emailUsernames, codePurpose, candidates, run, Map.copyOf(more));
  }

  /** How the documentation words {@code fault} for this probe. */
  String describe(Fault fault) {
    if (descriptions.containsKey(fault)) {
      return descriptions.get(fault);
    }
    if (fault == Fault.REFUSED_STATUS) {
      return "the user is `" + refusedStatus().get() + "`, which the table refuses";
    }
    if (fault == Fault.TEMPORARY_PASSWORD_EXPIRED) {
      return "the user is `FORCE_CHANGE_PASSWORD` and the temporary password is older than TemporaryPasswordValidityDays";
    }
    return fault.description();
  }

  Either<CognitoError, ?> runWith(Set<Fault> faults) {
    return run.apply(new Scenario(this, faults));
  }

  // -- the probes

  /** Every decision of the User aggregate, in the order a user's life meets them. */
  static List<Probe> decisions() {
    return List.of(
        decision("SignUp", "signUp", Option.none(), UserStatus.UNCONFIRMED, true, List.of(USERNAME_NOT_AN_EMAIL, WEAK_PASSWORD),
            s -> User.signUp(s.username(), Password.of(s.candidate()), Attributes.empty(), s.context()))
            .describing(WEAK_PASSWORD, "the password breaks the policy"),
        decision("AdminCreateUser", "adminCreateUser", Option.none(), UserStatus.FORCE_CHANGE_PASSWORD, true,
            List.of(USERNAME_NOT_AN_EMAIL, WEAK_PASSWORD),
            s -> User.adminCreateUser(s.username(), Option.some(Password.of(s.candidate())), Attributes.empty(), Option.none(),
                s.context()))
            .describing(WEAK_PASSWORD, "the temporary password breaks the policy"),
        decision("AdminCreateUser (MessageAction=RESEND)", "resendInvitation", Option.some(Action.ADMIN_CREATE_USER_RESEND),
            UserStatus.FORCE_CHANGE_PASSWORD, false, List.of(DISABLED, REFUSED_STATUS, WEAK_PASSWORD, PASSWORD_IN_HISTORY),
            s -> s.user().resendInvitation(Option.some(Password.of(s.candidate())), s.context()))
            .describing(WEAK_PASSWORD, "the new temporary password breaks the policy")
            .describing(PASSWORD_IN_HISTORY, "the new temporary password is one of the user's recent passwords"),
        decision("ConfirmSignUp", "confirmSignUp", Option.some(Action.CONFIRM_SIGN_UP), UserStatus.UNCONFIRMED, false,
            List.of(DISABLED, REFUSED_STATUS, NO_PENDING_CODE, WRONG_CODE, CODE_EXPIRED),
            s -> s.user().confirmSignUp(s.code(), s.context())),
        decision("AdminConfirmSignUp", "adminConfirmSignUp", Option.some(Action.CONFIRM_SIGN_UP), UserStatus.UNCONFIRMED, false,
            List.of(DISABLED, REFUSED_STATUS),
            s -> s.user().adminConfirmSignUp(s.context())),
        decision("Sign-in (InitiateAuth, AdminInitiateAuth)", "signIn", Option.some(Action.SIGN_IN), UserStatus.CONFIRMED, false,
            List.of(DISABLED, LOCKED_OUT, REFUSED_STATUS, WRONG_PASSWORD, TEMPORARY_PASSWORD_EXPIRED),
            s -> s.user().signIn(s.givenPassword(), Scenario.CLIENT, s.context())),
        decision("RespondToAuthChallenge (PASSWORD_VERIFIER, after InitiateAuth USER_SRP_AUTH)", "answerPasswordVerifier",
            Option.some(Action.SIGN_IN), UserStatus.CONFIRMED, false,
            List.of(DISABLED, LOCKED_OUT, REFUSED_STATUS, WRONG_PASSWORD, TEMPORARY_PASSWORD_EXPIRED),
            Probe::answerPasswordVerifier)
            .describing(WRONG_PASSWORD, "the proof is made with a wrong password"),
        decision("RespondToAuthChallenge (NEW_PASSWORD_REQUIRED)", "answerNewPasswordChallenge",
            Option.some(Action.ANSWER_NEW_PASSWORD_CHALLENGE), UserStatus.FORCE_CHANGE_PASSWORD, false,
            List.of(DISABLED, SESSION_NEVER_ISSUED, SESSION_ANSWERED, SESSION_EXPIRED, REFUSED_STATUS, MALFORMED_NEW_PASSWORD,
                WEAK_PASSWORD, PASSWORD_IN_HISTORY),
            s -> s.user().answerNewPasswordChallenge(s.session(), Password.of(s.candidate()), Attributes.empty(), s.context())),
        decision("AdminSetUserPassword", "adminSetUserPassword", Option.some(Action.ADMIN_SET_USER_PASSWORD_PERMANENT),
            UserStatus.CONFIRMED, false, List.of(DISABLED, WEAK_PASSWORD, PASSWORD_IN_HISTORY),
            s -> s.user().adminSetUserPassword(Password.of(s.candidate()), PasswordKind.PERMANENT, s.context())),
        decision("ChangePassword", "changePassword", Option.some(Action.CHANGE_PASSWORD), UserStatus.CONFIRMED, false,
            List.of(DISABLED, REFUSED_STATUS, WEAK_PASSWORD, WRONG_PASSWORD, PASSWORD_IN_HISTORY),
            s -> s.user().changePassword(s.givenPassword(), Password.of(s.candidate()), s.context()))
            .describing(WRONG_PASSWORD, "the previous password is wrong")
            .describing(WEAK_PASSWORD, "the proposed password breaks the policy")
            .describing(PASSWORD_IN_HISTORY, "the proposed password is one of the user's recent passwords"),
        decision("AdminResetUserPassword", "adminResetUserPassword", Option.some(Action.ADMIN_RESET_USER_PASSWORD),
            UserStatus.CONFIRMED, false, List.of(DISABLED, REFUSED_STATUS, NO_VERIFIED_CONTACT),
            s -> s.user().adminResetUserPassword(s.context())),
        decision("ForgotPassword", "forgotPassword", Option.some(Action.FORGOT_PASSWORD), UserStatus.CONFIRMED, false,
            List.of(DISABLED, REFUSED_STATUS, NO_VERIFIED_CONTACT),
            s -> s.user().forgotPassword(s.context())),
        decision("ConfirmForgotPassword", "confirmForgotPassword", Option.some(Action.CONFIRM_FORGOT_PASSWORD),
            UserStatus.RESET_REQUIRED, false,
            List.of(DISABLED, REFUSED_STATUS, NO_PENDING_CODE, WRONG_CODE, CODE_EXPIRED, WEAK_PASSWORD, PASSWORD_IN_HISTORY),
            s -> s.user().confirmForgotPassword(s.code(), Password.of(s.candidate()), s.context())),
        decision("AdminDisableUser", "adminDisableUser", Option.some(Action.ADMIN_DISABLE_USER), UserStatus.CONFIRMED, false,
            List.of(DISABLED),
            s -> s.user().adminDisableUser(s.context())),
        decision("AdminEnableUser", "adminEnableUser", Option.some(Action.ADMIN_ENABLE_USER), UserStatus.CONFIRMED, false,
            List.of(DISABLED),
            s -> s.user().adminEnableUser(s.context())));
  }

  /** Operations run end to end through {@link UserPoolService} (on an {@link InProcessCognito}), lookups included. */
  static List<Probe> services() {
    return List.of(
        new Probe("AdminSetUserPassword", Level.SERVICE, CodeRef.to(UserPoolService.class, "adminSetUserPassword"),
            Option.some(Action.ADMIN_SET_USER_PASSWORD_PERMANENT), UserStatus.CONFIRMED, false, CodePurpose.PASSWORD_RESET,
            List.of(MALFORMED_REQUEST, UNKNOWN_POOL, UNKNOWN_USER, DISABLED, WEAK_PASSWORD),
            s -> {
              Local local = Local.with(s);
              return local.service().adminSetUserPassword(new Requests.AdminSetUserPassword(
                  s.has(UNKNOWN_POOL) ? "us-east-1_Unknown0" : local.pool().id().value(),
                  s.has(UNKNOWN_USER) ? "nobody" : "jane", s.candidate(), true));
            }, Map.of())
            .describing(MALFORMED_REQUEST, "the request's password starts with a space"),
        new Probe("InitiateAuth (USER_PASSWORD_AUTH)", Level.SERVICE, CodeRef.to(SignInService.class, "initiateAuth"),
            Option.some(Action.SIGN_IN), UserStatus.CONFIRMED, false, CodePurpose.PASSWORD_RESET,
            List.of(MALFORMED_REQUEST, UNKNOWN_CLIENT, FLOW_NOT_ENABLED, UNKNOWN_USER, DISABLED, REFUSED_STATUS, WRONG_PASSWORD,
                TEMPORARY_PASSWORD_EXPIRED),
            s -> {
              Local local = Local.with(s);
              return local.service().signIns().initiateAuth(new Requests.InitiateAuth(
                  s.has(UNKNOWN_CLIENT) ? "unknownclient0123456789abc" : local.client().clientId().value(),
                  s.has(MALFORMED_REQUEST) ? null : "USER_PASSWORD_AUTH",
                  Map.of("USERNAME", s.has(UNKNOWN_USER) ? "nobody" : "jane", "PASSWORD", s.givenPassword().reveal())));
            }, Map.of())
            .describing(MALFORMED_REQUEST, "the request has no AuthFlow"));
  }

  /** Both round trips of USER_SRP_AUTH on the decision level, the client being the testkit's {@link SrpClient}. */
  private static Either<CognitoError, ?> answerPasswordVerifier(Scenario s) {
    SrpClient client = SrpClient.start(s.pool().id().value(), SeededRandomness.withSeed(3));
    SrpInitiation init = s.user().initiateSrp(client.srpA(), Scenario.CLIENT, s.context()).get();
    Map<String, String> answer = client.answer(Map.of("USER_ID_FOR_SRP", init.userIdForSrp(), "SALT", init.verifier().saltHex(),
        "SRP_B", init.challenge().srpB(), "SECRET_BLOCK", init.challenge().secretBlock()), s.givenPassword().reveal(), s.now());
    PasswordClaim claim = new PasswordClaim(answer.get("PASSWORD_CLAIM_SIGNATURE"), answer.get("PASSWORD_CLAIM_SECRET_BLOCK"),
        answer.get("TIMESTAMP"));
    return init.after().answerPasswordVerifier(claim, Option.some(init.session()), Scenario.CLIENT, s.context())
        .mapLeft(SignInRefused::error);
  }

  private static Probe decision(String name, String method, Option<Action> action, UserStatus base, boolean emailUsernames,
      List<Fault> candidates, Function<Scenario, Either<CognitoError, ?>> run) {
    CodePurpose purpose = action.contains(Action.CONFIRM_SIGN_UP) ? CodePurpose.SIGN_UP : CodePurpose.PASSWORD_RESET;
    return new Probe(name, Level.DECISION, CodeRef.to(User.class, method), action, base, emailUsernames, purpose, candidates, run,
        Map.of());
  }

  /** What a successful run yields, in words. */
  static String outcome(Object result) {
    if (result instanceof Transition t) {
      return "succeeds; the user is " + t.after().status() + (t.after().enabled() ? "" : " and disabled");
    }
    if (result instanceof Authentication a) {
      return a.outcome() instanceof AuthOutcome.NewPasswordRequired
          ? "the NEW_PASSWORD_REQUIRED challenge, no tokens"
          : "authenticated; the user is " + a.after().status();
    }
    if (result instanceof Results.NewPasswordRequired) {
      return "the NEW_PASSWORD_REQUIRED challenge, no tokens";
    }
    if (result instanceof Results.SignIn signIn) {
      return "authenticated; the user is " + signIn.user().status();
    }
    if (result instanceof User u) {
      return "succeeds; the user is " + u.status();
    }
    return "succeeds with " + result.getClass().getSimpleName();
  }

  /** A local Cognito with a pool (history {@value Scenario#HISTORY_SIZE}), a client and jane, as the scenario's faults say. */
  private record Local(InProcessCognito cognito, UserPool pool, AppClient client) {

    UserPoolService service() {
      return cognito.service();
    }

    static Local with(Scenario s) {
      InProcessCognito cognito = InProcessCognito.builder().seed(7).build();
      UserPoolService service = cognito.service();
      UserPool pool = service.poolConfiguration().createUserPool(new Requests.CreateUserPool("docs",
          new Requests.PasswordPolicyType(8, true, true, true, true, Scenario.HISTORY_SIZE, 7), null, null, null, null, null)).get();
      AppClient client = service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "docs",
          java.util.List.of(s.has(FLOW_NOT_ENABLED) ? "ALLOW_ADMIN_USER_PASSWORD_AUTH" : "ALLOW_USER_PASSWORD_AUTH"),
          null, null, null)).get();
      String poolId = pool.id().value();
      switch (s.status()) {
        case UNCONFIRMED ->
          service.signUps().signUp(new Requests.SignUp(client.clientId().value(), "jane", Scenario.CURRENT_PASSWORD, null)).get();
        case FORCE_CHANGE_PASSWORD -> service.adminCreateUser(
            new Requests.AdminCreateUser(poolId, "jane", Scenario.CURRENT_PASSWORD, null, "SUPPRESS")).get();
        case CONFIRMED -> {
          service.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", "Temporary-Passw0rd!", null, "SUPPRESS")).get();
          service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, "jane", Scenario.CURRENT_PASSWORD, true)).get();
        }
        default -> throw new IllegalStateException("no recipe for a " + s.status() + " user");
      }
      if (s.has(DISABLED)) {
        service.adminDisableUser(new Requests.AdminDisableUser(poolId, "jane")).get();
      }
      if (s.has(TEMPORARY_PASSWORD_EXPIRED)) {
        cognito.clock().advance(Duration.between(Scenario.T0, s.now()));
      }
      return new Local(cognito, pool, client);
    }
  }
}

package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.user.ChallengeResult;
import dev.userpool.customauth.CustomAuthRules;
import dev.userpool.user.CustomAuthSession;
import dev.userpool.docs.Decisions.Entry;
import dev.userpool.docs.Decisions.Kind;
import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.CognitoError;
import dev.userpool.error.LambdaConfigRefused;
import dev.userpool.pool.AppClient;
import dev.userpool.service.Results;
import dev.userpool.testkit.PoolTriggers;
import dev.userpool.trigger.CreateAnswer;
import dev.userpool.trigger.DefineAnswer;
import dev.userpool.trigger.VerifyAnswer;
import java.util.List;
import java.util.Optional;

/** The entries of {@link Decisions} about CUSTOM_AUTH and its three triggers (issue 25). */
final class CustomAuthDecisions {

  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";
  private static final String DEFINE = GUIDE + "user-pool-lambda-define-auth-challenge.html";
  private static final String CREATE = GUIDE + "user-pool-lambda-create-auth-challenge.html";
  private static final String VERIFY = GUIDE + "user-pool-lambda-verify-auth-challenge-response.html";
  private static final String FLOW = GUIDE + "amazon-cognito-user-pools-authentication-flow.html";
  private static final String LOCKOUT = GUIDE + "authentication.html#authentication-flow-lockout-behavior";

  static final List<Entry> ENTRIES = List.of(
      entry("custom-auth-sequence", Kind.CONFIRMED, "The CUSTOM_AUTH sequence",
          "InitiateAuth or AdminInitiateAuth with AuthFlow CUSTOM_AUTH and USERNAME (the client must allow ALLOW_CUSTOM_AUTH, "
              + "else `InvalidParameterException: Auth flow not enabled for this client`; the pool must have a DefineAuthChallenge "
              + "trigger, else `InvalidParameterException: Custom auth lambda trigger is not configured for the user pool.`, also "
              + "for a CUSTOM_CHALLENGE answer without VerifyAuthChallengeResponse) invokes DefineAuthChallenge with "
              + "`request.session` empty, or `[SRP_A: true]` when SRP_A is given. `CUSTOM_CHALLENGE` invokes CreateAuthChallenge; "
              + "its `publicChallengeParameters` are the response's ChallengeParameters, its `privateChallengeParameters` stay "
              + "on the server for VerifyAuthChallengeResponse, with the client's ANSWER as `challengeAnswer`; `answerCorrect` "
              + "becomes the step's `challengeResult` (with CreateAuthChallenge's `challengeMetadata`) and Define is asked again. "
              + "`PASSWORD_VERIFIER` right after SRP_A answers with USER_SRP_AUTH's PASSWORD_VERIFIER challenge; the proof adds "
              + "`PASSWORD_VERIFIER: true`. Tokens may come at InitiateAuth when Define issues them there. PreAuthentication runs "
              + "at InitiateAuth; PostAuthentication and PreTokenGeneration (`TokenGeneration_Authentication`) before tokens.",
          "The developer guide's pages of the three triggers and of the authentication flow; the missing-trigger message is "
              + "quoted from real responses in the reports cited.",
          List.of(to(CustomAuthRules.class), to(ChallengeResult.class), to(CreateAnswer.class), to(VerifyAnswer.class),
              to(AppClient.class, "allowsCustomAuth"), to(LambdaConfigRefused.Reason.class, "CUSTOM_AUTH_NOT_CONFIGURED")),
          List.of(Source.of(DEFINE), Source.of(CREATE), Source.of(VERIFY), Source.of(FLOW), Source.of("aws-amplify/amplify-js#5623"),
              Source.of("aws-amplify/amplify-js#6327"))),
      entry("custom-auth-define-answers", Kind.DECIDED, "What a DefineAuthChallenge answer the guide does not describe does",
          "`failAuthentication` wins over `issueTokens` (`NotAuthorizedException: Incorrect username or password.`, the message "
              + "applications report for a failed custom sign-in); `issueTokens` ignores a `challengeName` beside it; "
              + "`CUSTOM_CHALLENGE` in a pool without CreateAuthChallenge, `PASSWORD_VERIFIER` anywhere but right after SRP_A, any "
              + "other name, or neither a name nor a decision is `InvalidLambdaResponseException: Unrecognizable lambda output`. "
              + "A member of the wrong type in any of the three responses is the same error. The library sets no limit on the "
              + "number of rounds: Define decides.",
          "The guide documents each member alone; a response Cognito cannot follow is the trigger's invalid response.",
          List.of(to(CustomAuthRules.class, "next"), to(DefineAnswer.class, "read")),
          List.of(Source.of(DEFINE), Source.of("aws-amplify/amplify-js#8145"), Source.of("aws-amplify/amplify-studio#1006"))),
      entry("custom-auth-sessions", Kind.OBSERVED, "A round's session answers once",
          "Each challenge of a custom sign-in comes with a new session valid for the client's AuthSessionValidity; answering "
              + "uses it up, and the old session is then `Invalid session for the user.` (expired: `Invalid session for the user, "
              + "session is expired.`). A round whose answer failed on a trigger's error stays open (decided: failed operations "
              + "change nothing). The ChallengeParameters of a CUSTOM_CHALLENGE carry USERNAME beside the public parameters "
              + "unless CreateAuthChallenge set it (decided: clients answer with it).",
          "aws-amplify/amplify-js#5834 reports the reused session refused after a wrong answer, and prints an event.",
          List.of(to(CustomAuthSession.class)), List.of(Source.of("aws-amplify/amplify-js#5834"))),
      entry("custom-auth-lockout", Kind.CONFIRMED, "Wrong custom answers do not lock the user out",
          "A wrong answer to a custom challenge does not count toward the lockout of failed sign-ins; a wrong password in the "
              + "flow's PASSWORD_VERIFIER does, and ends the sign-in with `Incorrect username or password.` without asking "
              + "Define (decided: the guide only describes a verified password).",
          "The developer guide: the lockout does not apply to custom challenges unless they also perform password-based "
              + "authentication.",
          List.of(to(CustomAuthRules.class, "verifiedPassword")), List.of(Source.of(LOCKOUT))),
      entry("custom-auth-mfa", Kind.DECIDED, "MFA after a custom sign-in that verified a password",
          "When Define issues tokens and the flow verified the user's password (PASSWORD_VERIFIER passed), the MFA the user "
              + "owes follows as after any password sign-in; a custom sign-in without a password gets tokens without MFA.",
          "The guide: if MFA is enabled for a user, it is handled automatically after the password is verified; when, "
              + "relative to the custom challenges, it does not say.",
          List.of(to(CustomAuthRules.class, "verifiedPassword")), List.of(Source.of(FLOW))),
      entry("custom-auth-users", Kind.DECIDED, "Who may sign in with CUSTOM_AUTH",
          "An unknown user is answered as the other sign-ins answer one (`Incorrect username or password.` with "
              + "PreventUserExistenceErrors ENABLED, else `UserNotFoundException: User does not exist.`) and no trigger runs; a "
              + "disabled user is `User is disabled.`; the status table's refusals apply (UNCONFIRMED, RESET_REQUIRED). A "
              + "FORCE_CHANGE_PASSWORD user signs in through custom challenges alone, without NEW_PASSWORD_REQUIRED. Events carry "
              + "`userNotFound: false` for an app client with PreventUserExistenceErrors ENABLED, and no `userNotFound` otherwise.",
          "The guide populates userNotFound only with PreventUserExistenceErrors ENABLED; aws-amplify/amplify-js#5834 prints a "
              + "custom sign-in event of a FORCE_CHANGE_PASSWORD user.",
          List.of(to(CognitoError.NotAuthorized.Reason.class, "USER_DISABLED")),
          List.of(Source.of(DEFINE), Source.of("aws-amplify/amplify-js#5834"))),
      entry("custom-auth-event-members", Kind.DECIDED, "The members of the three events",
          "`request.session` lists `challengeName`, `challengeResult` and `challengeMetadata` (null unless CreateAuthChallenge "
              + "named the challenge); `challengeAnswer` is the client's ANSWER as a string (the guide's example compares it to a "
              + "string, its syntax block shows an object); the responses are sent at their defaults (`challengeName` null, both "
              + "flags false; the three CreateAuthChallenge members null; `answerCorrect` false). In a test, "
              + "`PoolTriggers.defineAuthChallenge`, `createAuthChallenge` and `verifyAuthChallengeResponse` register typed "
              + "functions.",
          "The three pages' syntax and examples; the printed event of aws-amplify/amplify-js#5834.",
          List.of(to(ChallengeResult.class), to(PoolTriggers.class, "defineAuthChallenge")),
          List.of(Source.of(DEFINE), Source.of(VERIFY), Source.of("aws-amplify/amplify-js#5834"))),
      entry("custom-auth-user-not-found", Kind.DECIDED, "CUSTOM_AUTH for a name no user has",
          "Under an app client with PreventUserExistenceErrors ENABLED, CUSTOM_AUTH for a name no user has runs "
              + "DefineAuthChallenge with `userNotFound: true`, empty `userAttributes` and an empty session; when it asks for "
              + "CUSTOM_CHALLENGE, CreateAuthChallenge runs the same way and its public parameters come back as the challenge, "
              + "with a session (a decoy); any other answer of Define is `NotAuthorizedException: Incorrect username or "
              + "password.`. Nothing is stored, so the decoy's answer (or any CUSTOM_CHALLENGE answer naming no user) gets "
              + "`Incorrect username or password.` without running VerifyAuthChallengeResponse. With LEGACY the name is "
              + "`UserNotFoundException` before any trigger.",
          "The guide says `userNotFound` is true when the name matched no user, so the functions can keep the same experience "
              + "for unknown users; it does not say how the decoy ends, and the library cannot verify an answer for no one.",
          List.of(to(AppClient.class, "hidesUnknownUsers"), to(Results.Challenged.class, "known")), List.of(Source.of(DEFINE))),
      entry("custom-auth-not-implemented", Kind.NOT_IMPLEMENTED, "What CUSTOM_AUTH does not have yet",
          "The decoy round of an unknown user ends at its first answer (`custom-auth-user-not-found`). The requests' "
              + "ClientMetadata is not sent as `clientMetadata`. Device challenges and SMS_MFA inside the "
              + "custom flow's session history are not produced.",
          "The guide documents them; the library's flow covers the documented sequence first.",
          List.of(to(CustomAuthRules.class)), List.of(Source.of(DEFINE))));

  private CustomAuthDecisions() {}

  private static Entry entry(String id, Kind kind, String title, String rule, String reason, List<CodeRef> code, List<Source> sources) {
    return new Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}

package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.docs.Decisions.Entry;
import dev.userpool.docs.Decisions.Kind;
import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.LambdaConfigRefused;
import dev.userpool.error.LambdaError;
import dev.userpool.pool.LambdaConfig;
import dev.userpool.pool.Trigger;
import dev.userpool.service.TriggerService;
import dev.userpool.testkit.endpoint.LambdaInvokeApi;
import dev.userpool.trigger.PreSignUpAnswer;
import dev.userpool.trigger.TokenCustomization;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.trigger.Triggers;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The entries of {@link Decisions} about Lambda triggers (issue 25). */
final class TriggerDecisions {

  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";
  private static final String TRIGGERS = GUIDE + "cognito-user-identity-pools-working-with-aws-lambda-triggers.html";
  private static final String PRE_TOKEN = GUIDE + "user-pool-lambda-pre-token-generation.html";
  private static final String PRE_SIGN_UP = GUIDE + "user-pool-lambda-pre-sign-up.html";

  static final List<Entry> ENTRIES = Stream.concat(Stream.of(
      entry("trigger-errors", Kind.OBSERVED, "A trigger's failure is one of three errors",
          "A function that raises an error: `UserLambdaValidationException`, `<Trigger> failed with error <its message>.` (the "
              + "full stop added even after the function's own). An answer that is not the trigger's response (a flag that is not "
              + "a boolean, not JSON): `InvalidLambdaResponseException`, `Unrecognizable lambda output`. A function that cannot be "
              + "invoked or does not answer in time: `UnexpectedLambdaException`, `<Trigger> invocation failed due to error "
              + "<cause>.` (`ResourceNotFoundException`, `Socket timeout while invoking Lambda function`; an unreachable runner is "
              + "`ServiceException`, the library's word). HTTP 400 for all three.",
          "The API model lists the three codes for every operation that runs a trigger; the messages are quoted from real "
              + "responses in the reports cited.",
          List.of(to(LambdaError.class), to(LambdaError.Kind.class)),
          List.of(Source.of("aws-amplify/amplify-ui-android#314"), Source.of("aws-amplify/amplify-flutter#1051"),
              Source.of("aws-amplify/amplify-studio#1006"), Source.of("awslabs/aws-sdk-android-samples#165"),
              Source.of("furaiev/amazon-cognito-identity-dart-2#204"),
              Source.of("https://repost.aws/knowledge-center/cognito-lambda-trigger-errors"))),
      entry("trigger-time-limit", Kind.CONFIRMED, "Five seconds, three attempts on a timeout",
          "A function has " + Trigger.TIME_LIMIT.toSeconds() + " seconds to answer over the wire (`--lambda-endpoint`); a call "
              + "that times out is made again, " + LambdaInvokeApi.ATTEMPTS + " attempts in all, then the operation fails with "
              + "UnexpectedLambdaException. A function error, an unknown function and an unreachable runner are not retried. "
              + "Java handlers in process run on the caller's thread without a limit.",
          "The developer guide: the function must respond within 5 seconds, the value cannot be changed; \"if the call can be "
              + "retried, Amazon Cognito retries the call. After three unsuccessful attempts, the function times out\"; Invoke "
              + "errors of HTTP status 500-599 are not retried.",
          List.of(to(Trigger.class, "TIME_LIMIT"), to(LambdaInvokeApi.class, "ATTEMPTS")), List.of(Source.of(TRIGGERS))),
      entry("trigger-unimplemented-refused", Kind.DECIDED, "A trigger the library does not run is refused, not ignored",
          "CreateUserPool and UpdateUserPool refuse a LambdaConfig naming a trigger the library does not run (the table of "
              + "trigger sources says which), CustomSMSSender, CustomEmailSender or KMSKeyID with "
              + "InvalidParameterException naming them all; nothing is created or changed. An application whose flow needs one "
              + "learns it at once rather than from a test that passes without its trigger.",
          "AWS runs them; storing them and never invoking them would make tests pass that fail against Cognito.",
          List.of(to(LambdaConfig.class, "parse"), to(LambdaConfigRefused.Reason.class, "NOT_IMPLEMENTED")), List.of()),
      entry("trigger-pre-sign-up", Kind.DECIDED, "When PreSignUp runs, and what its answer does",
          "PreSignUp runs after the request's shape, the app client, the secret hash and the schema's check of the attributes, "
              + "and before the password policy and the check that the username is free; a refusal stores nothing and sends "
              + "nothing. `autoConfirmUser` makes the user CONFIRMED with no code sent (SignUp answers UserConfirmed true), then "
              + "PostConfirmation runs (`PostConfirmation_ConfirmSignUp`); `autoVerifyEmail` and `autoVerifyPhone` mark the "
              + "email and phone number verified when the user has them. On AdminCreateUser the flags are ignored.",
          "The developer guide documents the flags; where Cognito checks the password and the name relative to the trigger is "
              + "not documented (reports show UserLambdaValidationException where UsernameExistsException was expected, "
              + "aws-amplify/aws-sdk-android#1730); AdminCreateUser ignoring the flags is SEMANTICS.md section 19.",
          List.of(to(TriggerService.class, "preSignUp"), to(PreSignUpAnswer.class)),
          List.of(Source.of(PRE_SIGN_UP), Source.of("aws-amplify/aws-sdk-android#1730"))),
      entry("trigger-post-confirmation-kept", Kind.DECIDED, "A failed PostConfirmation keeps the confirmation",
          "ConfirmSignUp, AdminConfirmSignUp and ConfirmForgotPassword confirm (or change the password) first and then run "
              + "PostConfirmation; its failure is returned as the operation's error, and the user stays confirmed.",
          "Cognito invokes the trigger after the confirmation; applications report users confirmed though the trigger failed.",
          List.of(to(TriggerService.class, "postConfirmation")), List.of()),
      entry("trigger-protected-claims", Kind.CONFIRMED, "PreTokenGeneration cannot change protected claims",
          "A response's claims to add, override or suppress never change " + String.join(", ", TokenCustomization.PROTECTED.toSortedSet()
              .toJavaList()) + " (the guide's list), nor the claims it changes another way (groups and roles through "
              + "groupOverrideDetails, `scope` through the scopes, `client_id`, `username`, `event_id`, `version`): they are left "
              + "out of the changes and the rest applies (decided: the guide says they cannot be modified, not what happens). A "
              + "claim both added and suppressed is suppressed; an empty or null groupOverrideDetails suppresses the groups. V2 "
              + "claim values other than strings, booleans, integers and string arrays are put in the token as their JSON text "
              + "(decided).",
          "The developer guide's pre token generation page.",
          List.of(to(TokenCustomization.class, "changeable"), to(TokenCustomization.class, "PROTECTED")), List.of(Source.of(PRE_TOKEN)))
          .checkedBy(TriggerDecisions::protectedClaims),
      entry("trigger-no-runner", Kind.DECIDED, "A pool naming a function no one runs",
          "In process, a function ARN with no handler, and over the wire without `--lambda-endpoint`, fails the trigger with "
              + "UnexpectedLambdaException `<Trigger> invocation failed due to error ResourceNotFoundException.`, as Lambda answers "
              + "for a function that does not exist.",
          "The library cannot run code it was not given; failing loudly is what Cognito does for a missing function.",
          List.of(to(Triggers.class, "NONE")), List.of()),
      entry("trigger-not-implemented", Kind.NOT_IMPLEMENTED, "Triggers and event members the library does not have yet",
          "The custom senders (and KMSKeyID); PreTokenGeneration's `TokenGeneration_HostedAuth` "
              + "and V3's client-credentials tokens; ClientMetadata of AdminCreateUser, AdminConfirmSignUp, AdminResetUserPassword, "
              + "AdminUpdateUserAttributes, UpdateUserAttributes, the initiate calls and the challenge answers (SignUp's "
              + "ValidationData and ClientMetadata reach PreSignUp and CustomMessage; ConfirmSignUp's and ConfirmForgotPassword's "
              + "reach PostConfirmation, ForgotPassword's UserMigration and CustomMessage, ResendConfirmationCode's CustomMessage; "
              + "elsewhere `validationData` is null and no `clientMetadata` is sent); a migrated user's welcome message and "
              + "forceAliasCreation.",
          "Issue 25 lists them; the table of trigger sources marks each.",
          List.of(to(TriggerSource.class, "implemented")), List.of(Source.of(TRIGGERS)))),
      MessageTriggerDecisions.ENTRIES.stream()).toList();

  private TriggerDecisions() {}

  static void protectedClaims() {
    for (String name : List.of("sub", "iss", "token_use", "aud", "exp", "iat", "auth_time", "jti", "origin_jti", "cognito:username")) {
      if (TokenCustomization.changeable(name)) {
        throw new AssertionError(name + " is changeable, but trigger-protected-claims says it is not");
      }
    }
  }

  private static Entry entry(String id, Kind kind, String title, String rule, String reason, List<CodeRef> code, List<Source> sources) {
    return new Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}

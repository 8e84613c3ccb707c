package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.docs.Decisions.Entry;
import dev.userpool.docs.Decisions.Kind;
import dev.userpool.docs.Decisions.Source;
import dev.userpool.pool.LambdaConfig;
import dev.userpool.service.CustomMessages;
import dev.userpool.service.TriggerService;
import dev.userpool.trigger.CustomMessageAnswer;
import dev.userpool.trigger.MigrationAnswer;
import dev.userpool.user.MessageText;
import dev.userpool.user.Migration;
import java.util.List;
import java.util.Optional;

/** The entries of {@link Decisions} about the custom message and user migration triggers, and the tier's say (issue 25). */
final class MessageTriggerDecisions {

  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";
  private static final String CUSTOM_MESSAGE = GUIDE + "user-pool-lambda-custom-message.html";
  private static final String MIGRATE = GUIDE + "user-pool-lambda-migrate-user.html";
  private static final String IMPORT = GUIDE + "cognito-user-pools-import-using-lambda.html";

  static final List<Entry> ENTRIES = List.of(
      entry("custom-message-words", Kind.OBSERVED, "A custom message without its placeholders is sent in the default words",
          "CustomMessage answers smsMessage, emailMessage and emailSubject. A message that lacks `{####}` (an invitation: "
              + "`{username}` too), or is longer than " + CustomMessageAnswer.MAX_EMAIL_MESSAGE + " (email) or "
              + CustomMessageAnswer.MAX_SMS_MESSAGE + " (SMS) characters once the code is in, is replaced by the default words "
              + "(`" + MessageText.VERIFICATION.emailMessage() + "`; invitations `" + MessageText.INVITATION.emailMessage() + "`); "
              + "a blank subject by the default subject. The code goes in only after the function answered: no response "
              + "changes the code delivered.",
          "The guide says each message must include the codeParameter, and gives the limits; a function's invitation without "
              + "both placeholders was reported sent in the pool's words. The limit's outcome is the library's reading.",
          List.of(to(CustomMessageAnswer.class, "worded"), to(MessageText.class, "VERIFICATION")),
          List.of(Source.of(CUSTOM_MESSAGE), Source.of("https://stackoverflow.com/questions/56865198"))),
      entry("custom-message-failure", Kind.DECIDED, "A failed CustomMessage keeps the change and sends nothing",
          "The custom message trigger runs once the operation's change is saved (the code is stored); its failure is returned "
              + "(`CustomMessage failed with error <message>.` and the other trigger errors), the change stays, and nothing is "
              + "delivered: the user asks for a new code, as after a bounced email. The events carry `codeParameter` `{####}`, "
              + "`usernameParameter` (`{username}` for invitations, else null) and the request's ClientMetadata when the "
              + "library has it. The guide's InvalidLambdaResponseException for an email answer without DEVELOPER sending is not "
              + "applied.",
          "Cognito sends the code after deciding it; the guide does not say what a failed message does to the change.",
          List.of(to(CustomMessages.class)), List.of(Source.of(CUSTOM_MESSAGE))),
      entry("user-migration", Kind.CONFIRMED, "UserMigration at sign-in and ForgotPassword",
          "When USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH or ForgotPassword names a user the pool does not have (by "
              + "username or alias) and the pool has the trigger, the function gets `userName`, the password typed "
              + "(sign-in only), `validationData` and `clientMetadata`; the user it returns is created with that password "
              + "(the pool's password policy is not applied) and CONFIRMED or RESET_REQUIRED as `finalUserStatus` says, and the "
              + "operation goes on: tokens, PasswordResetRequiredException, or the reset code to the verified contact. "
              + "USER_SRP_AUTH and the hosted sign-in page do not migrate.",
          "The guide: the trigger runs for a user that does not exist at sign-in with a password or in the forgot-password "
              + "flow; the password policy is not enforced during migration; apps must use USER_PASSWORD_AUTH, as SRP sends no "
              + "password.",
          List.of(to(Migration.class, "migrate"), to(MigrationAnswer.class, "read")), List.of(Source.of(MIGRATE), Source.of(IMPORT))),
      entry("user-migration-refused", Kind.DECIDED, "A refused migration stores nothing",
          "The function's error is `UserLambdaValidationException` `UserMigration failed with error <message>.`; an answer "
              + "without userAttributes migrates no one and the operation gives its unknown user's error (UserNotFoundException, "
              + "or NotAuthorizedException when the client hides existence); a finalUserStatus other than CONFIRMED or "
              + "RESET_REQUIRED, a messageAction other than SUPPRESS or a delivery medium other than EMAIL or SMS is "
              + "InvalidLambdaResponseException. Nothing is stored in any of these. ForgotPassword's migrated user is "
              + "RESET_REQUIRED. No welcome message is sent (its words are undocumented).",
          "The guide says userAttributes is required; applications quote `UserMigration failed with error ...` messages.",
          List.of(to(MigrationAnswer.class, "migrates")), List.of(Source.of(MIGRATE))),
      entry("pre-token-version-tier", Kind.DECIDED, "V2_0 and V3_0 pre token generation events need Essentials",
          "CreateUserPool and UpdateUserPool with PreTokenGenerationConfig LambdaVersion V2_0 or V3_0 on the LITE tier fail "
              + "with FeatureUnavailableInTierException `The following features need to be disabled for the LITE pricing tier "
              + "configured: " + LambdaConfig.ACCESS_TOKEN_CUSTOMIZATION + "`; nothing is created or changed.",
          "Access token customization is an Essentials feature (feature plans page); the feature's name in the message is the "
              + "library's.",
          List.of(to(TriggerService.class, "tierAllows")), List.of(Source.of(GUIDE + "cognito-sign-in-feature-plans.html"))));

  private MessageTriggerDecisions() {}

  private static Entry entry(String id, Kind kind, String title, String rule, String reason, List<CodeRef> code, List<Source> sources) {
    return new Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}

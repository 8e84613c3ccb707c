package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.MfaRefused;
import dev.userpool.error.TagsRefused;
import dev.userpool.pool.PoolArn;
import dev.userpool.pool.PoolTags;
import dev.userpool.schema.ImportHeader;
import dev.userpool.service.AttributeDeletion;
import dev.userpool.service.TagService;
import dev.userpool.service.UserSettingsService;
import java.util.List;
import java.util.Optional;

/** The rows of {@link Decisions} on the small operations: DeleteUserAttributes, tags, MFAOptions, GetCSVHeader. */
final class SmallOperationDecisions {

  private static final String API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/";
  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";

  static final List<Decisions.Entry> ENTRIES = List.of(
      entry("delete-required-attribute", Decisions.Kind.DECIDED, "DeleteUserAttributes keeps required attributes",
          "DeleteUserAttributes follows AdminDeleteUserAttributes (sub, unknown names and a username attribute refused; a "
              + "contact's `*_verified` goes with it; a name the user lacks, or an empty list, is no error) and refuses an "
              + "attribute the schema requires and the user has: `Attributes did not conform to the schema: <name>: The "
              + "attribute is required` (InvalidParameterException), changing nothing.",
          "The API reference does not say what deleting a required attribute does; a user without one could no longer satisfy "
              + "the schema SignUp enforced, and the wording is the one Cognito uses for a missing required attribute.",
          List.of(to(AttributeDeletion.class, "deleteUserAttributes")),
          List.of(Source.of(API + "API_DeleteUserAttributes.html"), Source.of("aws-amplify/amplify-js#12128"))),
      entry("pool-arn", Decisions.Kind.DECIDED, "A pool's ARN and the tag operations' refusals",
          "A pool's ARN is `arn:aws:cognito-idp:<region>:" + PoolArn.ACCOUNT + ":userpool/<id>`, reported by CreateUserPool "
              + "and DescribeUserPool; TagResource, UntagResource and ListTagsForResource take it. An ARN of another "
              + "service, account, region or resource type is ResourceNotFoundException `Resource <arn> does not exist.`; a "
              + "pool ARN whose pool is gone is `User pool <id> does not exist.`; more than " + PoolTags.MAX_TAGS
              + " tags is InvalidParameterException `User pool <id> cannot have more than 50 tags.`. UpdateUserPool with "
              + "UserPoolTags replaces the tags; without the member it keeps them.",
          "The library has no AWS account; the API reference documents the 50-tag limit and the error codes but no message.",
          List.of(to(PoolArn.class, "of"), to(TagsRefused.class, "message"), to(TagService.class, "keep")),
          List.of(Source.of(API + "API_TagResource.html"), Source.of(GUIDE + "tagging.html"))),
      entry("mfa-options", Decisions.Kind.DECIDED, "SetUserSettings' MFAOptions",
          "An option `{SMS, phone_number}` turns the user's SMS MFA on (a phone number needed, the preference untouched); an "
              + "empty list turns it off; any other option is InvalidParameterException `MFAOptions can only set SMS delivery "
              + "to phone_number.`.",
          "AWS says the operations are no longer supported and set SMS only; it does not say what an empty list or another "
              + "option does.",
          List.of(to(UserSettingsService.class, "setUserSettings"), to(MfaRefused.Reason.class, "MFA_OPTION_NOT_SMS")),
          List.of(Source.of(API + "API_SetUserSettings.html"), Source.of(API + "API_MFAOptionType.html"))),
      entry("csv-header", Decisions.Kind.CONFIRMED, "GetCSVHeader's columns",
          "Every schema attribute but `sub`, in schema order (standard, then custom), then `cognito:mfa_enabled` and "
              + "`cognito:username`.",
          "A real GetCSVHeader answer, recorded in a public gist, shows exactly this order.",
          List.of(to(ImportHeader.class, "columns")),
          List.of(Source.of(GUIDE + "cognito-user-pools-using-import-tool-csv-header.html"),
              Source.of("https://gist.github.com/mnanchev/b350b70303514958392ecbbefbaa4b38"))));

  private SmallOperationDecisions() {}

  private static Decisions.Entry entry(String id, Decisions.Kind kind, String title, String rule, String reason, List<CodeRef> code,
      List<Source> sources) {
    return new Decisions.Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}

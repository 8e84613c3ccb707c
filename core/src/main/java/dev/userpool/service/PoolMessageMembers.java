package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * CreateUserPool's and UpdateUserPool's members that the library does not keep: DeletionProtection, the tags,
 * AdminCreateUserConfig, the verification and invitation messages and VerificationMessageTemplate. Cognito validates
 * them with the rest of the request (lengths, patterns and ranges of the API model), so the library does too: a request
 * that breaks one is refused with every violation of the request, and changes nothing. A well-formed one is then refused
 * by name unless its value changes nothing (the testkit's {@code ConfigurationMembers} table says which).
 */
public final class PoolMessageMembers {

  /** {@code SmsVerificationMessageType}: 6 to 140 characters holding the code's placeholder. */
  private static final StringMember SMS_VERIFICATION = StringMember.plain("smsVerificationMessage").length(6, 140)
      .pattern(".*\\{####\\}.*", s -> s.contains("{####}"));
  /** {@code EmailVerificationMessageType}: 6 to 20000 characters holding the code's placeholder. */
  private static final StringMember EMAIL_VERIFICATION = StringMember.plain("emailVerificationMessage").length(6, 20000)
      .pattern("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*");
  /** {@code EmailVerificationSubjectType}. */
  private static final StringMember EMAIL_SUBJECT = StringMember.plain("emailVerificationSubject").length(1, 140)
      .pattern("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+");
  /** {@code EmailVerificationMessageByLinkType}: holds a {@code {##Click here##}} link. */
  private static final StringMember EMAIL_BY_LINK = StringMember.plain("emailMessageByLink").length(6, 20000)
      .pattern("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{##[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*##\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*");
  /** {@code SmsInviteMessageType}. */
  private static final StringMember SMS_INVITE = StringMember.plain("smsMessage").length(6, 140);
  /** {@code EmailInviteMessageType}. */
  private static final StringMember EMAIL_INVITE = StringMember.plain("emailMessage").length(6, 20000)
      .pattern("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*");
  /** {@code TagKeysType}: 1 to 128 characters. */
  private static final int MAX_TAG_KEY = 128;
  /** {@code TagValueType}: 0 to 256 characters. */
  private static final int MAX_TAG_VALUE = 256;
  /** The longest {@code UnusedAccountValidityDays}. */
  static final int MAX_UNUSED_ACCOUNT_VALIDITY_DAYS = 365;

  private static final Map<String, String> DELETION_PROTECTION = LinkedHashMap.of("ACTIVE", "ACTIVE", "INACTIVE", "INACTIVE");
  private static final Map<String, String> DEFAULT_EMAIL_OPTIONS = LinkedHashMap.of("CONFIRM_WITH_LINK", "CONFIRM_WITH_LINK",
      "CONFIRM_WITH_CODE", "CONFIRM_WITH_CODE");

  private PoolMessageMembers() {}

  /** {@code MessageTemplateType}: an invitation's SMS, email and subject; any may be null. */
  public record MessageTemplate(String smsMessage, String emailMessage, String emailSubject) {}

  /** {@code VerificationMessageTemplateType}; any member may be null. */
  public record VerificationTemplate(String smsMessage, String emailMessage, String emailSubject, String emailMessageByLink,
      String emailSubjectByLink, String defaultEmailOption) {}

  /**
   * The members as they arrived; any may be null (absent).
   *
   * @param tags the tags, key to value, null when absent
   * @param invite {@code AdminCreateUserConfig.InviteMessageTemplate}
   */
  public record Members(String deletionProtection, java.util.Map<String, String> tags, Integer unusedAccountValidityDays,
      MessageTemplate invite, String smsVerificationMessage, String emailVerificationMessage, String emailVerificationSubject,
      String smsAuthenticationMessage, VerificationTemplate template) {

    /** None of them. */
    public static Members none() {
      return new Members(null, null, null, null, null, null, null, null, null);
    }
  }

  /** Every violation of these members, in the model's member order. */
  public static Seq<ParameterViolation> violations(Members m) {
    Option<MessageTemplate> invite = Option.of(m.invite());
    Option<VerificationTemplate> t = Option.of(m.template());
    String a = "adminCreateUserConfig.";
    String i = a + "inviteMessageTemplate.";
    String v = "verificationMessageTemplate.";
    return List.<Seq<ParameterViolation>>of(
        enumValue("deletionProtection", m.deletionProtection(), DELETION_PROTECTION),
        SMS_VERIFICATION.checkIfPresent(m.smsVerificationMessage()),
        EMAIL_VERIFICATION.checkIfPresent(m.emailVerificationMessage()),
        EMAIL_SUBJECT.checkIfPresent(m.emailVerificationSubject()),
        SMS_VERIFICATION.named(v + "smsMessage").checkIfPresent(t.map(VerificationTemplate::smsMessage).getOrNull()),
        EMAIL_VERIFICATION.named(v + "emailMessage").checkIfPresent(t.map(VerificationTemplate::emailMessage).getOrNull()),
        EMAIL_SUBJECT.named(v + "emailSubject").checkIfPresent(t.map(VerificationTemplate::emailSubject).getOrNull()),
        EMAIL_BY_LINK.named(v + "emailMessageByLink").checkIfPresent(t.map(VerificationTemplate::emailMessageByLink).getOrNull()),
        EMAIL_SUBJECT.named(v + "emailSubjectByLink").checkIfPresent(t.map(VerificationTemplate::emailSubjectByLink).getOrNull()),
        enumValue(v + "defaultEmailOption", t.map(VerificationTemplate::defaultEmailOption).getOrNull(), DEFAULT_EMAIL_OPTIONS),
        SMS_VERIFICATION.named("smsAuthenticationMessage").checkIfPresent(m.smsAuthenticationMessage()),
        tags(m.tags()),
        days(a + "unusedAccountValidityDays", m.unusedAccountValidityDays()),
        SMS_INVITE.named(i + "sMSMessage").checkIfPresent(invite.map(MessageTemplate::smsMessage).getOrNull()),
        EMAIL_INVITE.named(i + "emailMessage").checkIfPresent(invite.map(MessageTemplate::emailMessage).getOrNull()),
        EMAIL_SUBJECT.named(i + "emailSubject").checkIfPresent(invite.map(MessageTemplate::emailSubject).getOrNull()))
        .flatMap(s -> s);
  }

  /**
   * The refusal of a request whose {@code members} break a constraint: {@code InvalidParameterException} with the
   * violations of the rest of the request ({@code parsed}'s, when it failed on its members) and then these; none when
   * these members are well formed, so the request goes on to the rest of its checks.
   */
  public static Option<CognitoError> refusal(Members members, Either<CognitoError, ?> parsed) {
    Seq<ParameterViolation> own = violations(members);
    if (own.isEmpty()) {
      return Option.none();
    }
    Seq<ParameterViolation> rest = parsed.isLeft() && parsed.getLeft() instanceof CognitoError.RequestInvalid invalid
        ? invalid.violations()
        : List.empty();
    return Option.some(new CognitoError.RequestInvalid(rest.appendAll(own)));
  }

  private static Seq<ParameterViolation> enumValue(String member, String value, Map<String, String> allowed) {
    return value == null || allowed.containsKey(value)
        ? List.empty()
        : List.of(new ParameterViolation.NotInEnum(member, value, allowed.keySet().toList()));
  }

  private static Seq<ParameterViolation> days(String member, Integer value) {
    if (value != null && value < 0) {
      return List.of(new ParameterViolation.ValueBelow(member, value, 0));
    }
    return value != null && value > MAX_UNUSED_ACCOUNT_VALIDITY_DAYS
        ? List.of(new ParameterViolation.ValueAbove(member, value, MAX_UNUSED_ACCOUNT_VALIDITY_DAYS))
        : List.empty();
  }

  /** The keys' violation, then the values': each names the map and shows it whole. */
  private static Seq<ParameterViolation> tags(java.util.Map<String, String> tags) {
    if (tags == null) {
      return List.empty();
    }
    Option<String> shown = Option.some(tags.toString());
    boolean badKey = tags.keySet().stream().anyMatch(k -> k == null || k.isEmpty() || k.length() > MAX_TAG_KEY);
    boolean badValue = tags.values().stream().anyMatch(v -> v != null && v.length() > MAX_TAG_VALUE);
    return List.<ParameterViolation>of(new ParameterViolation.MapEntries("userPoolTags", shown, true, 1, MAX_TAG_KEY),
        new ParameterViolation.MapEntries("userPoolTags", shown, false, 0, MAX_TAG_VALUE))
        .filter(v -> ((ParameterViolation.MapEntries) v).keys() ? badKey : badValue);
  }
}

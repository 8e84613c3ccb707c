package dev.userpool.service;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** Request-member checks the identifiers' own types do not cover: enums, lists of enums, numeric ranges, names. */
final class Members {

  static final StringMember POOL_NAME = StringMember.plain("poolName").length(1, 128).pattern("[\\w\\s+=,.@-]+");
  static final StringMember CLIENT_NAME = StringMember.plain("clientName").length(1, 128).pattern("[\\w\\s+=,.@-]+");
  static final StringMember PAGINATION_TOKEN = StringMember.plain("paginationToken").length(1, 131072).pattern("[\\S]+");
  static final StringMember FILTER = StringMember.plain("filter").length(0, 256);
  static final StringMember CHALLENGE_NAME = StringMember.plain("challengeName");

  static final Seq<String> TIERS = List.of("LITE", "ESSENTIALS", "PLUS");
  static final Seq<String> CONTACTS = List.of("phone_number", "email");
  static final Seq<String> ALIASES = List.of("phone_number", "email", "preferred_username");
  static final Seq<String> AUTH_FLOWS = List.of("USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN", "CUSTOM_AUTH",
      "ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH", "USER_AUTH");
  static final Seq<String> CHALLENGES = List.of("SMS_MFA", "EMAIL_OTP", "SOFTWARE_TOKEN_MFA", "SELECT_MFA_TYPE", "MFA_SETUP",
      "PASSWORD_VERIFIER", "CUSTOM_CHALLENGE", "SELECT_CHALLENGE", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER",
      "ADMIN_NO_SRP_AUTH", "NEW_PASSWORD_REQUIRED", "SMS_OTP", "PASSWORD", "WEB_AUTHN", "PASSWORD_SRP");
  static final Seq<String> MESSAGE_ACTIONS = List.of("RESEND", "SUPPRESS");
  static final Seq<String> EXISTENCE_ERRORS = List.of("LEGACY", "ENABLED");

  private Members() {}

  /** A required enum member. */
  static Seq<ParameterViolation> requiredEnum(String member, String value, Seq<String> allowed) {
    return value == null ? List.of(new ParameterViolation.Missing(member)) : optionalEnum(member, value, allowed);
  }

  /** An optional enum member. */
  static Seq<ParameterViolation> optionalEnum(String member, String value, Seq<String> allowed) {
    return value == null || allowed.contains(value) ? List.empty() : List.of(new ParameterViolation.NotInEnum(member, value, allowed));
  }

  /** Every element of an optional list of enum values, each named {@code member.N.member}. */
  static Seq<ParameterViolation> enumList(String member, java.util.List<String> values, Seq<String> allowed) {
    if (values == null) {
      return List.empty();
    }
    return List.ofAll(values).zipWithIndex().flatMap(v -> {
      String name = member + "." + (v._2 + 1) + ".member";
      return v._1 == null ? List.of(new ParameterViolation.Missing(name)) : optionalEnum(name, v._1, allowed);
    });
  }

  /** An optional integer member within {@code min..max}. */
  static Seq<ParameterViolation> range(String member, Integer value, int min, int max) {
    if (value == null) {
      return List.empty();
    }
    if (value < min) {
      return List.of(new ParameterViolation.ValueBelow(member, value, min));
    }
    return value > max ? List.of(new ParameterViolation.ValueAbove(member, value, max)) : List.empty();
  }
}

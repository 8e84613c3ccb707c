package dev.userpool.testkit.conformance;

import java.util.Arrays;
import java.util.Optional;

/** What a rule is about; {@code --only AREA} picks one by its {@link #slug()}. */
public enum Area {
  /** Every observable status x operation cell of the transition table. */
  LIFECYCLE("lifecycle", "Statuses and transitions"),
  /** The password policy and the password history. */
  PASSWORD_POLICY("password-policy", "Password policy and history"),
  /** Request members: missing, too long, too short, malformed, and the exact messages. */
  REQUEST_VALIDATION("request-validation", "Request validation"),
  /** Which of two faults an operation reports first. */
  CHECK_ORDER("check-order", "Check order"),
  /** The sign-in flows and their challenges. */
  SIGN_IN("sign-in", "Sign-in flows and challenges"),
  /** PreventUserExistenceErrors, usernames, aliases and sub. */
  EXISTENCE_ERRORS("existence-errors", "Existence-error hiding and finding users"),
  /** Tokens, their lifetimes, revocation and claims. */
  TOKENS("tokens", "Tokens and claims"),
  /** Groups and memberships. */
  GROUPS("groups", "Groups"),
  /** Failed sign-ins and the lockout they cause. */
  LOCKOUT("lockout", "Lockout"),
  /** App-client secrets and SECRET_HASH. */
  SECRETS("secrets", "Client secrets"),
  /** Pools, app clients, their defaults and their schemas. */
  SCHEMAS("schemas", "Pools, clients and schemas"),
  /** Temporary passwords, resets and codes. */
  RESETS("resets", "Temporary passwords, resets and codes"),
  /** Multi-factor authentication with a software token (TOTP). */
  MFA("mfa", "Multi-factor authentication"),
  /** Resource servers, the OAuth members of app clients, and domains. */
  OAUTH("oauth", "OAuth configuration"),
  /** Lambda triggers: the pool's LambdaConfig. */
  TRIGGERS("triggers", "Lambda triggers");

  private final String slug;
  private final String title;

  Area(String slug, String title) {
    this.slug = slug;
    this.title = title;
  }

  /** The area's name on the command line and in rule ids, for example {@code sign-in}. */
  public String slug() {
    return slug;
  }

  /** The area's heading in reports. */
  public String title() {
    return title;
  }

  /** The area called {@code slug}. */
  public static Optional<Area> ofSlug(String slug) {
    return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
  }
}

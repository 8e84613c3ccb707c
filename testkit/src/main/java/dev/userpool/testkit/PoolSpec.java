package dev.userpool.testkit;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * What a test pool looks like: the CreateUserPool settings that decide users' fate (password policy,
 * {@link Tier}, UsernameAttributes or AliasAttributes, AutoVerifiedAttributes, case sensitivity) and the
 * one app client {@link TestPool} creates, which allows the password flows ({@code ALLOW_USER_PASSWORD_AUTH},
 * {@code ALLOW_ADMIN_USER_PASSWORD_AUTH}, and {@code ALLOW_REFRESH_TOKEN_AUTH}) with the given
 * PreventUserExistenceErrors and AuthSessionValidity.
 *
 * <p>{@link #defaults()} is a pool created without any of these settings: Cognito's default policy,
 * tier ESSENTIALS, plain usernames, no aliases, nothing auto-verified, case-sensitive, and a client
 * with LEGACY existence errors and 3-minute sessions (the API's defaults). Immutable: every method
 * that changes a setting returns a copy.
 *
 * <pre>{@code
 * PoolSpec spec = PoolSpec.defaults().historySize(5).aliasAttributes(AliasAttribute.EMAIL).caseInsensitive();
 * }</pre>
 *
 * <p>Ranges are checked as the policy is built (an out-of-range value throws
 * {@link IllegalArgumentException}); combinations Cognito refuses (history on LITE, UsernameAttributes
 * with AliasAttributes) are refused by the service when {@link TestPool#create} sends the request.
 */
public final class PoolSpec {

  /** The name pools get unless told otherwise. */
  public static final String DEFAULT_NAME = "test";

  /** The readable base of {@link #defaultPassword()}; it has every character class Cognito counts. */
  public static final String DEFAULT_PASSWORD = "Passw0rd!";

  private static final PoolSpec DEFAULTS = new PoolSpec(DEFAULT_NAME, PasswordPolicy.cognitoDefault(), Tier.ESSENTIALS,
      Set.of(), Set.of(), Set.of(), CaseSensitivity.CASE_SENSITIVE,
      PreventUserExistenceErrors.LEGACY, AppClient.DEFAULT_AUTH_SESSION_VALIDITY);

  private final String name;
  private final PasswordPolicy policy;
  private final Tier tier;
  private final Set<ContactAttribute> usernameAttributes;
  private final Set<AliasAttribute> aliasAttributes;
  private final Set<ContactAttribute> autoVerifiedAttributes;
  private final CaseSensitivity caseSensitivity;
  private final PreventUserExistenceErrors preventUserExistenceErrors;
  private final int authSessionValidity;

  private PoolSpec(String name, PasswordPolicy policy, Tier tier, Set<ContactAttribute> usernameAttributes,
      Set<AliasAttribute> aliasAttributes, Set<ContactAttribute> autoVerifiedAttributes, CaseSensitivity caseSensitivity,
      PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity) {
    this.name = name;
    this.policy = policy;
    this.tier = tier;
    this.usernameAttributes = usernameAttributes;
    this.aliasAttributes = aliasAttributes;
    this.autoVerifiedAttributes = autoVerifiedAttributes;
    this.caseSensitivity = caseSensitivity;
    this.preventUserExistenceErrors = preventUserExistenceErrors;
    this.authSessionValidity = authSessionValidity;
  }

  // -- static API

  /** A pool created with the API's defaults (see the class comment). */
  public static PoolSpec defaults() {
    return DEFAULTS;
  }

  // -- pool settings

  /**
   * This spec with another pool name (CreateUserPool's {@code PoolName}).
   *
   * @throws NullPointerException if {@code name} is null
   */
  public PoolSpec name(String name) {
    return new PoolSpec(Objects.requireNonNull(name, "name is null"), policy, tier, usernameAttributes, aliasAttributes,
        autoVerifiedAttributes, caseSensitivity, preventUserExistenceErrors, authSessionValidity);
  }

  /**
   * This spec with another password policy.
   *
   * @throws NullPointerException if {@code policy} is null
   */
  public PoolSpec policy(PasswordPolicy policy) {
    return new PoolSpec(name, Objects.requireNonNull(policy, "policy is null"), tier, usernameAttributes, aliasAttributes,
        autoVerifiedAttributes, caseSensitivity, preventUserExistenceErrors, authSessionValidity);
  }

  /**
   * This spec with another {@code MinimumLength}.
   *
   * @throws IllegalArgumentException if it is outside {@value PasswordPolicy#MIN_MINIMUM_LENGTH}..{@value
   * PasswordPolicy#MAX_MINIMUM_LENGTH}
   */
  public PoolSpec minimumLength(int minimumLength) {
    PasswordPolicy p = policy;
    return policy(policyOf(minimumLength, p.requireUppercase(), p.requireLowercase(), p.requireNumbers(), p.requireSymbols(),
        p.passwordHistorySize(), p.temporaryPasswordValidityDays()));
  }

  /** This spec with {@code RequireUppercase} set or cleared. */
  public PoolSpec requireUppercase(boolean required) {
    PasswordPolicy p = policy;
    return policy(policyOf(p.minimumLength(), required, p.requireLowercase(), p.requireNumbers(), p.requireSymbols(),
        p.passwordHistorySize(), p.temporaryPasswordValidityDays()));
  }

  /** This spec with {@code RequireLowercase} set or cleared. */
  public PoolSpec requireLowercase(boolean required) {
    PasswordPolicy p = policy;
    return policy(policyOf(p.minimumLength(), p.requireUppercase(), required, p.requireNumbers(), p.requireSymbols(),
        p.passwordHistorySize(), p.temporaryPasswordValidityDays()));
  }

  /** This spec with {@code RequireNumbers} set or cleared. */
  public PoolSpec requireNumbers(boolean required) {
    PasswordPolicy p = policy;
    return policy(policyOf(p.minimumLength(), p.requireUppercase(), p.requireLowercase(), required, p.requireSymbols(),
        p.passwordHistorySize(), p.temporaryPasswordValidityDays()));
  }

  /** This spec with {@code RequireSymbols} set or cleared. */
  public PoolSpec requireSymbols(boolean required) {
    PasswordPolicy p = policy;
    return policy(policyOf(p.minimumLength(), p.requireUppercase(), p.requireLowercase(), p.requireNumbers(), required,
        p.passwordHistorySize(), p.temporaryPasswordValidityDays()));
  }

  /**
   * This spec with another {@code PasswordHistorySize}; above 0 it needs tier ESSENTIALS or PLUS.
   *
   * @throws IllegalArgumentException if it is outside 0..{@value PasswordPolicy#MAX_PASSWORD_HISTORY_SIZE}
   */
  public PoolSpec historySize(int historySize) {
    PasswordPolicy p = policy;
    return policy(policyOf(p.minimumLength(), p.requireUppercase(), p.requireLowercase(), p.requireNumbers(), p.requireSymbols(),
        historySize, p.temporaryPasswordValidityDays()));
  }

  /**
   * This spec with another {@code TemporaryPasswordValidityDays} (0 means the default, 7).
   *
   * @throws IllegalArgumentException if it is outside 0..{@value PasswordPolicy#MAX_TEMPORARY_PASSWORD_VALIDITY_DAYS}
   */
  public PoolSpec temporaryPasswordValidityDays(int days) {
    PasswordPolicy p = policy;
    return policy(policyOf(p.minimumLength(), p.requireUppercase(), p.requireLowercase(), p.requireNumbers(), p.requireSymbols(),
        p.passwordHistorySize(), days));
  }

  /**
   * This spec with another feature plan.
   *
   * @throws NullPointerException if {@code tier} is null
   */
  public PoolSpec tier(Tier tier) {
    return new PoolSpec(name, policy, Objects.requireNonNull(tier, "tier is null"), usernameAttributes, aliasAttributes,
        autoVerifiedAttributes, caseSensitivity, preventUserExistenceErrors, authSessionValidity);
  }

  /**
   * This spec with {@code UsernameAttributes}: users sign up with an email or phone number as their
   * username, and the stored username is their sub.
   *
   * @throws NullPointerException if an attribute is null
   */
  public PoolSpec usernameAttributes(ContactAttribute... attributes) {
    return new PoolSpec(name, policy, tier, setOf(attributes), aliasAttributes, autoVerifiedAttributes, caseSensitivity,
        preventUserExistenceErrors, authSessionValidity);
  }

  /**
   * This spec with {@code AliasAttributes}: attributes users may also sign in with (email and phone once verified).
   *
   * @throws NullPointerException if an attribute is null
   */
  public PoolSpec aliasAttributes(AliasAttribute... attributes) {
    return new PoolSpec(name, policy, tier, usernameAttributes, setOf(attributes), autoVerifiedAttributes, caseSensitivity,
        preventUserExistenceErrors, authSessionValidity);
  }

  /**
   * This spec with {@code AutoVerifiedAttributes}: where SignUp sends its confirmation code.
   *
   * @throws NullPointerException if an attribute is null
   */
  public PoolSpec autoVerifiedAttributes(ContactAttribute... attributes) {
    return new PoolSpec(name, policy, tier, usernameAttributes, aliasAttributes, setOf(attributes), caseSensitivity,
        preventUserExistenceErrors, authSessionValidity);
  }

  /**
   * This spec with another {@code UsernameConfiguration.CaseSensitive} setting.
   *
   * @throws NullPointerException if {@code caseSensitivity} is null
   */
  public PoolSpec caseSensitivity(CaseSensitivity caseSensitivity) {
    return new PoolSpec(name, policy, tier, usernameAttributes, aliasAttributes, autoVerifiedAttributes,
        Objects.requireNonNull(caseSensitivity, "caseSensitivity is null"), preventUserExistenceErrors, authSessionValidity);
  }

  /** This spec with {@code CaseSensitive: false}: usernames, emails and preferred usernames match regardless of case. */
  public PoolSpec caseInsensitive() {
    return caseSensitivity(CaseSensitivity.CASE_INSENSITIVE);
  }

  // -- app client settings

  /**
   * This spec with the client's {@code PreventUserExistenceErrors}.
   *
   * @throws NullPointerException if {@code setting} is null
   */
  public PoolSpec preventUserExistenceErrors(PreventUserExistenceErrors setting) {
    return new PoolSpec(name, policy, tier, usernameAttributes, aliasAttributes, autoVerifiedAttributes, caseSensitivity,
        Objects.requireNonNull(setting, "setting is null"), authSessionValidity);
  }

  /**
   * This spec with the client's {@code AuthSessionValidity}, in minutes.
   *
   * @throws IllegalArgumentException if it is outside {@value AppClient#MIN_AUTH_SESSION_VALIDITY}..{@value
   * AppClient#MAX_AUTH_SESSION_VALIDITY}
   */
  public PoolSpec authSessionValidity(int minutes) {
    if (minutes < AppClient.MIN_AUTH_SESSION_VALIDITY || minutes > AppClient.MAX_AUTH_SESSION_VALIDITY) {
      throw new IllegalArgumentException("authSessionValidity must be 3..15: " + minutes);
    }
    return new PoolSpec(name, policy, tier, usernameAttributes, aliasAttributes, autoVerifiedAttributes, caseSensitivity,
        preventUserExistenceErrors, minutes);
  }

  // -- accessors

  /** The pool name. */
  public String name() {
    return name;
  }

  /** The password policy. */
  public PasswordPolicy policy() {
    return policy;
  }

  /** The feature plan. */
  public Tier tier() {
    return tier;
  }

  /** {@code UsernameAttributes}, in the order given (unmodifiable). */
  public Set<ContactAttribute> usernameAttributes() {
    return usernameAttributes;
  }

  /** {@code AliasAttributes}. */
  public Set<AliasAttribute> aliasAttributes() {
    return aliasAttributes;
  }

  /** {@code AutoVerifiedAttributes}. */
  public Set<ContactAttribute> autoVerifiedAttributes() {
    return autoVerifiedAttributes;
  }

  /** Whether names match regardless of case. */
  public CaseSensitivity caseSensitivity() {
    return caseSensitivity;
  }

  /** The client's {@code PreventUserExistenceErrors}. */
  public PreventUserExistenceErrors preventUserExistenceErrors() {
    return preventUserExistenceErrors;
  }

  /** The client's {@code AuthSessionValidity}, in minutes. */
  public int authSessionValidity() {
    return authSessionValidity;
  }

  /**
   * The password fixtures give users when the test names none: {@value #DEFAULT_PASSWORD}, padded
   * with {@code x} up to the policy's minimum length, so it satisfies this spec's policy whatever it requires.
   */
  public Password defaultPassword() {
    int missing = Math.max(0, policy.minimumLength() - DEFAULT_PASSWORD.length());
    return Password.of(DEFAULT_PASSWORD + "x".repeat(missing));
  }

  // -- helpers

  /** A policy from every value (the builder is strict: each attribute is set exactly once). */
  private static PasswordPolicy policyOf(int minimumLength, boolean upper, boolean lower, boolean numbers, boolean symbols,
      int historySize, int validityDays) {
    return PasswordPolicy.builder()
        .minimumLength(minimumLength)
        .requireUppercase(upper)
        .requireLowercase(lower)
        .requireNumbers(numbers)
        .requireSymbols(symbols)
        .passwordHistorySize(historySize)
        .temporaryPasswordValidityDays(validityDays)
        .build();
  }

  private static final Collector<CharSequence, ?, String> LIST = Collectors.joining(",", "[", "]");

  @SafeVarargs
  private static <T> Set<T> setOf(T... values) {
    for (T v : values) {
      Objects.requireNonNull(v, "an attribute is null");
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PoolSpec other && name.equals(other.name) && policy.equals(other.policy) && tier == other.tier
        && usernameAttributes.equals(other.usernameAttributes) && aliasAttributes.equals(other.aliasAttributes)
        && autoVerifiedAttributes.equals(other.autoVerifiedAttributes) && caseSensitivity == other.caseSensitivity
        && preventUserExistenceErrors == other.preventUserExistenceErrors && authSessionValidity == other.authSessionValidity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, policy, tier, usernameAttributes, aliasAttributes, autoVerifiedAttributes, caseSensitivity,
        preventUserExistenceErrors, authSessionValidity);
  }

  @Override
  public String toString() {
    return "PoolSpec[" + name + ", minimumLength=" + policy.minimumLength()
        + (policy.requireUppercase() ? ", upper" : "") + (policy.requireLowercase() ? ", lower" : "")
        + (policy.requireNumbers() ? ", numbers" : "") + (policy.requireSymbols() ? ", symbols" : "")
        + ", historySize=" + policy.passwordHistorySize() + ", temporaryPasswordValidityDays=" + policy.temporaryPasswordValidityDays()
        + ", " + tier + ", usernameAttributes=" + usernameAttributes.stream().map(String::valueOf).collect(LIST)
        + ", aliasAttributes=" + aliasAttributes.stream().map(String::valueOf).collect(LIST)
        + ", autoVerifiedAttributes=" + autoVerifiedAttributes.stream().map(String::valueOf).collect(LIST)
        + ", " + caseSensitivity + ", " + preventUserExistenceErrors + ", authSessionValidity=" + authSessionValidity + "]";
  }
}

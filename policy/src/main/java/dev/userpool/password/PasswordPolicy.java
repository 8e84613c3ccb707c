package dev.userpool.password;

import dev.userpool.parameter.ParameterViolation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A user pool's password policy. Mirrors Cognito's {@code PasswordPolicyType}: {@code MinimumLength}
 * {@value #MIN_MINIMUM_LENGTH}..{@value #MAX_MINIMUM_LENGTH}, the four {@code Require*} flags,
 * {@code PasswordHistorySize} 0..{@value #MAX_PASSWORD_HISTORY_SIZE} and
 * {@code TemporaryPasswordValidityDays} 0..{@value #MAX_TEMPORARY_PASSWORD_VALIDITY_DAYS}
 * (0 means the default {@value #DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS}).
 *
 * <p>The builder's defaults are Cognito's for a pool created without a policy: length
 * {@value #DEFAULT_MINIMUM_LENGTH}, all four character classes required, no history, temporary
 * passwords valid {@value #DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS} days. A policy object is always
 * within range; values from a request go through {@link #draft()}, which reports every problem.
 *
 * <p>Character classes follow Cognito: upper and lower case are the Basic Latin letters only, numbers
 * are {@code 0-9}, symbols are {@link #SYMBOLS} plus the space when it is neither leading nor
 * trailing. Length counts Unicode code points.
 */
@Value.Immutable
@DomainStyle
public abstract class PasswordPolicy {

  /** The smallest {@code MinimumLength} Cognito accepts. */
  public static final int MIN_MINIMUM_LENGTH = 6;
  /** The largest {@code MinimumLength} Cognito accepts. */
  public static final int MAX_MINIMUM_LENGTH = 99;
  /** {@code MinimumLength} of a pool created without a policy. */
  public static final int DEFAULT_MINIMUM_LENGTH = 8;
  /** The largest {@code PasswordHistorySize}. */
  public static final int MAX_PASSWORD_HISTORY_SIZE = 24;
  /** The largest {@code TemporaryPasswordValidityDays}. */
  public static final int MAX_TEMPORARY_PASSWORD_VALIDITY_DAYS = 365;
  /** The validity of a temporary password when the policy says 0 or nothing. */
  public static final int DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS = 7;
  /** The length of a generated temporary password, unless the policy asks for more. */
  public static final int GENERATED_PASSWORD_LENGTH = 12;
  /** Cognito's symbol characters (the inner space counts too). */
  public static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-";
  /**
   * The symbols a generated temporary password draws from: the ones of {@link #SYMBOLS} that neither a POSIX
   * shell (unquoted) nor the AWS CLI's shorthand syntax ({@code NEW_PASSWORD=...} in
   * {@code --challenge-responses}) treats specially, and that cannot start an option; so a temporary password
   * pastes into a command line as it is. Its alphabet is {@code a-z A-Z 0-9} and these.
   */
  public static final String GENERATED_SYMBOLS = "@_+.:/";
  /** Where a policy sits in CreateUserPool and UpdateUserPool requests, as validation messages name it. */
  public static final String MEMBER_PATH = "policies.passwordPolicy";

  private static final long SYMBOLS_LOW = asciiMask(SYMBOLS, 0);
  private static final long SYMBOLS_HIGH = asciiMask(SYMBOLS, 64);
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";
  private static final String GENERATED_ALPHABET = LOWER + UPPER + DIGITS + GENERATED_SYMBOLS;
  private static final Violation MISSING_LOWERCASE = new Violation.MissingLowercase();
  private static final Violation MISSING_UPPERCASE = new Violation.MissingUppercase();
  private static final Violation MISSING_NUMBER = new Violation.MissingNumber();
  private static final Violation MISSING_SYMBOL = new Violation.MissingSymbol();

  PasswordPolicy() {}

  // -- attributes

  /** {@code MinimumLength}, in code points. */
  @Value.Default
  public int minimumLength() {
    return DEFAULT_MINIMUM_LENGTH;
  }

  /** {@code RequireUppercase}: at least one of {@code A-Z}. */
  @Value.Default
  public boolean requireUppercase() {
    return true;
  }

  /** {@code RequireLowercase}: at least one of {@code a-z}. */
  @Value.Default
  public boolean requireLowercase() {
    return true;
  }

  /** {@code RequireNumbers}: at least one of {@code 0-9}. */
  @Value.Default
  public boolean requireNumbers() {
    return true;
  }

  /** {@code RequireSymbols}: at least one of {@link #SYMBOLS} or an inner space. */
  @Value.Default
  public boolean requireSymbols() {
    return true;
  }

  /** {@code PasswordHistorySize}: how many passwords, the current one included, may not be reused; 0 turns history off. */
  @Value.Default
  public int passwordHistorySize() {
    return 0;
  }

  /** {@code TemporaryPasswordValidityDays} as configured; 0 means the default. */
  @Value.Default
  public int temporaryPasswordValidityDays() {
    return DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS;
  }

  @Value.Check
  void check() {
    Seq<ParameterViolation> problems = rangeViolations(minimumLength(), passwordHistorySize(), temporaryPasswordValidityDays());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(ParameterViolation.describe(problems));
    }
  }

  // -- static API

  /** A builder whose unset attributes take Cognito's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy of a pool created without one. */
  public static PasswordPolicy cognitoDefault() {
    return builder().build();
  }

  /** A policy from untrusted request values, validated as a whole by {@link Draft#validate()}. */
  public static Draft draft() {
    return new Draft();
  }

  /** Builds a policy; {@code build()} throws {@link IllegalArgumentException} for an out-of-range value. */
  public static final class Builder extends ImmutablePasswordPolicy.Builder {
    Builder() {}
  }

  // -- derived values

  /** The days a temporary password stays valid: {@link #temporaryPasswordValidityDays()}, or the default for 0. */
  public int effectiveTemporaryPasswordValidityDays() {
    int days = temporaryPasswordValidityDays();
    return days == 0 ? DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS : days;
  }

  /** How long a temporary password stays valid. */
  public Duration temporaryPasswordValidity() {
    return Duration.ofDays(effectiveTemporaryPasswordValidityDays());
  }

  // -- evaluation

  /**
   * Every rule {@code candidate} breaks, in the order Cognito reports them (length, lowercase,
   * uppercase, numeric, symbol; {@code docs/generated/password-policy.md}); empty when it satisfies the policy.
   *
   * @throws NullPointerException if {@code candidate} is null
   */
  public Seq<Violation> violations(Password candidate) {
    String s = Objects.requireNonNull(candidate, "candidate is null").value();
    int n = s.length();
    int first = 0;
    while (first < n && isAsciiWhitespace(s.charAt(first))) {
      first++;
    }
    int last = n - 1;
    while (last > first && isAsciiWhitespace(s.charAt(last))) {
      last--;
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    // Stops once every class is seen (a flag never goes back to false): a long acceptable password
    // costs what its first few characters cost.
    for (int i = 0; i < n && !(lower & upper & digit & symbol); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == ' ') {
        symbol |= i > first && i < last;
      } else if (c < 64) {
        symbol |= (SYMBOLS_LOW & (1L << c)) != 0;
      } else if (c < 128) {
        symbol |= (SYMBOLS_HIGH & (1L << (c - 64))) != 0;
      }
    }
    List<Violation> found = List.empty();
    if (requireSymbols() && !symbol) {
      found = found.prepend(MISSING_SYMBOL);
    }
    if (requireNumbers() && !digit) {
      found = found.prepend(MISSING_NUMBER);
    }
    if (requireUppercase() && !upper) {
      found = found.prepend(MISSING_UPPERCASE);
    }
    if (requireLowercase() && !lower) {
      found = found.prepend(MISSING_LOWERCASE);
    }
    if (candidate.length() < minimumLength()) {
      found = found.prepend(new Violation.TooShort(minimumLength(), candidate.length()));
    }
    return found;
  }

  /**
   * The candidate, or every rule it breaks (see {@link #violations(Password)}).
   *
   * @throws NullPointerException if {@code candidate} is null
   */
  public Validation<Seq<Violation>, Password> evaluate(Password candidate) {
    Seq<Violation> found = violations(candidate);
    return found.isEmpty() ? Validation.valid(candidate) : Validation.invalid(found);
  }

  /**
   * The candidate's hash, ready to become the user's current password, or why it is refused: every
   * policy rule it breaks, or else {@link Violation.ReusedPassword} when it is one of the newest
   * {@link #passwordHistorySize()} passwords. The rules are checked before the history, so a candidate
   * that breaks a rule costs no key derivation; one that passes costs exactly one, whatever the size.
   *
   * @throws NullPointerException if an argument is null
   */
  public Validation<Seq<Violation>, PasswordHash> evaluate(Password candidate, PasswordHistory history, PasswordHasher hasher) {
    Objects.requireNonNull(history, "history is null");
    Objects.requireNonNull(hasher, "hasher is null");
    Seq<Violation> found = violations(candidate);
    if (!found.isEmpty()) {
      return Validation.invalid(found);
    }
    PasswordHash derived = hasher.hash(candidate, history.salt());
    if (history.remembers(candidate, derived, passwordHistorySize(), hasher)) {
      return Validation.invalid(List.of(new Violation.ReusedPassword(passwordHistorySize())));
    }
    return Validation.valid(derived);
  }

  // -- generation

  /**
   * A new temporary password that satisfies this policy whatever it requires: {@value #GENERATED_PASSWORD_LENGTH}
   * code points or the minimum length if longer, at least one lowercase, uppercase, digit and symbol, in an
   * order drawn from {@code randomness}. The symbols are {@link #GENERATED_SYMBOLS} only (never a space,
   * a quote, a bracket, {@code , = & $} or a backslash), so the password survives a shell and the AWS CLI.
   *
   * @throws NullPointerException if {@code randomness} is null
   */
  public Password generateTemporaryPassword(Randomness randomness) {
    Randomness.require(randomness);
    char[] chars = new char[Math.max(minimumLength(), GENERATED_PASSWORD_LENGTH)];
    chars[0] = pick(LOWER, randomness);
    chars[1] = pick(UPPER, randomness);
    chars[2] = pick(DIGITS, randomness);
    chars[3] = pick(GENERATED_SYMBOLS, randomness);
    for (int i = 4; i < chars.length; i++) {
      chars[i] = pick(GENERATED_ALPHABET, randomness);
    }
    for (int i = chars.length - 1; i > 0; i--) {
      int j = randomness.nextInt(i + 1);
      char t = chars[i];
      chars[i] = chars[j];
      chars[j] = t;
    }
    return Password.of(new String(chars));
  }

  // -- helpers

  /** Every range problem of the three numeric members, in member order, named as in CreateUserPool. */
  static Seq<ParameterViolation> rangeViolations(long minimumLength, long historySize, long validityDays) {
    return List.of(
        range("minimumLength", minimumLength, MIN_MINIMUM_LENGTH, MAX_MINIMUM_LENGTH),
        range("passwordHistorySize", historySize, 0, MAX_PASSWORD_HISTORY_SIZE),
        range("temporaryPasswordValidityDays", validityDays, 0, MAX_TEMPORARY_PASSWORD_VALIDITY_DAYS))
        .flatMap(p -> p);
  }

  private static Option<ParameterViolation> range(String member, long value, long min, long max) {
    String path = MEMBER_PATH + "." + member;
    if (value < min) {
      return Option.some(new ParameterViolation.ValueBelow(path, value, min));
    }
    if (value > max) {
      return Option.some(new ParameterViolation.ValueAbove(path, value, max));
    }
    return Option.none();
  }

  private static char pick(String alphabet, Randomness randomness) {
    return alphabet.charAt(randomness.nextInt(alphabet.length()));
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static long asciiMask(String chars, int offset) {
    long mask = 0;
    for (char c : chars.toCharArray()) {
      if (c >= offset && c < offset + 64) {
        mask |= 1L << (c - offset);
      }
    }
    return mask;
  }

  /**
   * Untrusted policy values, as a {@code PasswordPolicyType} in a request carries them: any member may
   * be absent. An absent {@code Require*} flag is false and an absent number takes its default
   * ({@value #DEFAULT_MINIMUM_LENGTH}, 0, {@value #DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS}); this is
   * the library's decision, AWS documents only the defaults of a pool created without any policy.
   */
  public static final class Draft {
    private Integer minimumLength;
    private Boolean requireUppercase;
    private Boolean requireLowercase;
    private Boolean requireNumbers;
    private Boolean requireSymbols;
    private Integer passwordHistorySize;
    private Integer temporaryPasswordValidityDays;

    Draft() {}

    /** {@code MinimumLength}, or null when absent. */
    public Draft minimumLength(Integer value) {
      this.minimumLength = value;
      return this;
    }

    /** {@code RequireUppercase}, or null when absent. */
    public Draft requireUppercase(Boolean value) {
      this.requireUppercase = value;
      return this;
    }

    /** {@code RequireLowercase}, or null when absent. */
    public Draft requireLowercase(Boolean value) {
      this.requireLowercase = value;
      return this;
    }

    /** {@code RequireNumbers}, or null when absent. */
    public Draft requireNumbers(Boolean value) {
      this.requireNumbers = value;
      return this;
    }

    /** {@code RequireSymbols}, or null when absent. */
    public Draft requireSymbols(Boolean value) {
      this.requireSymbols = value;
      return this;
    }

    /** {@code PasswordHistorySize}, or null when absent. */
    public Draft passwordHistorySize(Integer value) {
      this.passwordHistorySize = value;
      return this;
    }

    /** {@code TemporaryPasswordValidityDays}, or null when absent. */
    public Draft temporaryPasswordValidityDays(Integer value) {
      this.temporaryPasswordValidityDays = value;
      return this;
    }

    /**
     * The policy, or every out-of-range member as AWS's validation words it, for example
     * {@code Value '5' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member
     * must have value greater than or equal to 6}.
     */
    public Validation<Seq<ParameterViolation>, PasswordPolicy> validate() {
      int length = minimumLength == null ? DEFAULT_MINIMUM_LENGTH : minimumLength;
      int history = passwordHistorySize == null ? 0 : passwordHistorySize;
      int days = temporaryPasswordValidityDays == null ? DEFAULT_TEMPORARY_PASSWORD_VALIDITY_DAYS : temporaryPasswordValidityDays;
      Seq<ParameterViolation> problems = rangeViolations(length, history, days);
      if (!problems.isEmpty()) {
        return Validation.invalid(problems);
      }
      return Validation.valid(builder()
          .minimumLength(length)
          .requireUppercase(Boolean.TRUE.equals(requireUppercase))
          .requireLowercase(Boolean.TRUE.equals(requireLowercase))
          .requireNumbers(Boolean.TRUE.equals(requireNumbers))
          .requireSymbols(Boolean.TRUE.equals(requireSymbols))
          .passwordHistorySize(history)
          .temporaryPasswordValidityDays(days)
          .build());
    }
  }
}

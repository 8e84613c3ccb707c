package dev.userpool.password;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

final class PolicyArbitraries {

  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String DIGITS = "0123456789";
  static final String OTHER = "\u00e9\u00c4\u00df\u20ac\u00a7\uff21\u0391";

  private PolicyArbitraries() {}

  static Arbitrary<PasswordPolicy> policies() {
    return Combinators.combine(
        Arbitraries.integers().between(PasswordPolicy.MIN_MINIMUM_LENGTH, PasswordPolicy.MAX_MINIMUM_LENGTH),
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, PasswordPolicy.MAX_PASSWORD_HISTORY_SIZE),
        Arbitraries.integers().between(0, PasswordPolicy.MAX_TEMPORARY_PASSWORD_VALIDITY_DAYS))
        .as((length, upper, lower, numbers, symbols, history, days) -> PasswordPolicy.builder()
            .minimumLength(length).requireUppercase(upper).requireLowercase(lower).requireNumbers(numbers)
            .requireSymbols(symbols).passwordHistorySize(history).temporaryPasswordValidityDays(days).build());
  }

  /** A password with at least one character of every class and at least the policy's length. */
  static Arbitrary<String> satisfying(PasswordPolicy policy) {
    Arbitrary<Character> any = Arbitraries.chars().with(LOWER + UPPER + DIGITS + PasswordPolicy.SYMBOLS + OTHER);
    Arbitrary<String> filler = any.list().ofMinSize(Math.max(0, policy.minimumLength() - 4)).ofMaxSize(policy.minimumLength() + 10)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    return Combinators.combine(
        Arbitraries.chars().with(LOWER), Arbitraries.chars().with(UPPER), Arbitraries.chars().with(DIGITS),
        Arbitraries.chars().with(PasswordPolicy.SYMBOLS), filler)
        .as((l, u, d, s, rest) -> l + rest + u + d + s)
        .flatMap(p -> Arbitraries.shuffle(p.chars().mapToObj(c -> (char) c).toList()))
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }
}

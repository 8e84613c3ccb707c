package dev.userpool.userauth;

import dev.userpool.error.CognitoError;
import dev.userpool.error.UserAuthRefused;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A pool's {@code Policies.SignInPolicy}: the first factors USER_AUTH may start with ({@code AllowedFirstAuthFactors},
 * 1..{@value #MAX_FACTORS} of {@link AuthFactor}). A pool without one allows only PASSWORD.
 *
 * @param allowedFirstAuthFactors the factors, in the order given, without repeats
 */
public record SignInPolicy(Seq<AuthFactor> allowedFirstAuthFactors) {

  /** The API model's maximum length of AllowedFirstAuthFactors. */
  public static final int MAX_FACTORS = 4;

  /** The library's name of choice-based sign-in's factors in {@code FeatureUnavailableInTierException}'s message. */
  public static final String PASSWORDLESS = "Passwordless";

  public SignInPolicy {
    Objects.requireNonNull(allowedFirstAuthFactors, "allowedFirstAuthFactors is null");
  }

  /** A pool's policy when none was given: PASSWORD only. */
  public static SignInPolicy passwordOnly() {
    return new SignInPolicy(List.of(AuthFactor.PASSWORD));
  }

  /** Whether the policy allows {@code factor}. */
  public boolean allows(AuthFactor factor) {
    return allowedFirstAuthFactors.contains(factor);
  }

  /**
   * CreateUserPool's and UpdateUserPool's decision on {@code SignInPolicy} (none given: PASSWORD only). Checks, in
   * order: each name is an AuthFactorType and the list has 1..{@value #MAX_FACTORS} entries (the API model; the
   * library's message); PASSWORD is among them (the library's decision: a pool keeps a password factor, as the console
   * does); a factor besides PASSWORD needs the Essentials tier or Plus ({@code FeatureUnavailableInTierException}; the
   * API model: "your user pool must be in the Essentials tier or higher").
   *
   * @param given the AllowedFirstAuthFactors sent, if SignInPolicy was sent
   * @param tier the pool's feature plan, by its name
   */
  public static Either<CognitoError, SignInPolicy> decide(Option<Seq<String>> given, String tier) {
    if (given.isEmpty()) {
      return Either.right(passwordOnly());
    }
    Seq<String> names = given.get();
    Seq<Option<AuthFactor>> parsed = names.map(n -> List.of(AuthFactor.values()).find(f -> f.name().equals(n)));
    if (names.isEmpty() || names.size() > MAX_FACTORS || parsed.exists(Option::isEmpty)) {
      return Either.left(new UserAuthRefused(UserAuthRefused.Reason.INVALID_FACTORS));
    }
    Seq<AuthFactor> factors = parsed.map(Option::get).distinct();
    if (!factors.contains(AuthFactor.PASSWORD)) {
      return Either.left(new UserAuthRefused(UserAuthRefused.Reason.PASSWORD_REQUIRED));
    }
    if (factors.exists(f -> f != AuthFactor.PASSWORD) && "LITE".equals(tier)) {
      return Either.left(new CognitoError.FeatureUnavailableInTier(tier, PASSWORDLESS));
    }
    return Either.right(new SignInPolicy(factors));
  }
}

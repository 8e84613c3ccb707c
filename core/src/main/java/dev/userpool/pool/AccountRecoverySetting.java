package dev.userpool.pool;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Mirrors {@code AccountRecoverySettingType}: the mechanisms ForgotPassword may use, by priority. The AWS developer guide
 * ("Recovering user accounts") says: Cognito chooses the code's destination by the priorities set, 1 first; it sends the code
 * to only one of them; with the setting, a phone number the user receives SMS MFA at cannot be used for recovery (and, the API
 * reference adds, an email the user receives email MFA at); {@code admin_only} leaves recovery to an administrator and
 * cannot be combined with another mechanism. A pool without the setting uses Cognito's legacy choice (the service's).
 */
public final class AccountRecoverySetting {

  /** Why a list of mechanisms is not a setting. */
  public enum Problem {
    /** The same mechanism twice. */
    DUPLICATE_MECHANISM,
    /** Two mechanisms with the same priority. */
    DUPLICATE_PRIORITY,
    /** {@code admin_only} beside another mechanism. */
    ADMIN_ONLY_COMBINED
  }

  private final Seq<RecoveryOption> mechanisms;

  private AccountRecoverySetting(Seq<RecoveryOption> mechanisms) {
    this.mechanisms = mechanisms;
  }

  /**
   * The setting of {@code mechanisms} (one or two, in any order), or the problem with them.
   *
   * @throws NullPointerException if {@code mechanisms} is null
   * @throws IllegalArgumentException if there are none, or more than two (the request's shape, checked before)
   */
  public static Either<Problem, AccountRecoverySetting> of(Seq<RecoveryOption> mechanisms) {
    Objects.requireNonNull(mechanisms, "mechanisms is null");
    if (mechanisms.isEmpty() || mechanisms.size() > RecoveryOption.LOWEST) {
      throw new IllegalArgumentException("one or two recovery mechanisms, not " + mechanisms.size());
    }
    if (mechanisms.map(RecoveryOption::name).distinct().size() < mechanisms.size()) {
      return Either.left(Problem.DUPLICATE_MECHANISM);
    }
    if (mechanisms.size() > 1 && mechanisms.exists(m -> m.name() == RecoveryOption.Name.ADMIN_ONLY)) {
      return Either.left(Problem.ADMIN_ONLY_COMBINED);
    }
    if (mechanisms.map(RecoveryOption::priority).distinct().size() < mechanisms.size()) {
      return Either.left(Problem.DUPLICATE_PRIORITY);
    }
    return Either.right(new AccountRecoverySetting(List.ofAll(mechanisms).sortBy(RecoveryOption::priority)));
  }

  /** The mechanisms, by priority. */
  public Seq<RecoveryOption> mechanisms() {
    return mechanisms;
  }

  /** Whether only an administrator may reset passwords ({@code admin_only}). */
  public boolean adminOnly() {
    return mechanisms.exists(m -> m.name() == RecoveryOption.Name.ADMIN_ONLY);
  }

  /**
   * The contact ForgotPassword sends the code to: the first mechanism, by priority, whose contact is verified and not the
   * user's MFA channel; none when no mechanism qualifies (or the setting is {@code admin_only}).
   *
   * @param verified whether the user's contact attribute is verified
   * @param mfaChannel whether the user receives MFA codes through the contact (SMS MFA at the phone, email MFA at the email)
   * @throws NullPointerException if an argument is null
   */
  public Option<ContactAttribute> channel(Predicate<ContactAttribute> verified, Predicate<ContactAttribute> mfaChannel) {
    Objects.requireNonNull(verified, "verified is null");
    Objects.requireNonNull(mfaChannel, "mfaChannel is null");
    return mechanisms.flatMap(m -> contact(m.name())).find(c -> verified.test(c) && !mfaChannel.test(c));
  }

  private static Option<ContactAttribute> contact(RecoveryOption.Name name) {
    switch (name) {
      case VERIFIED_EMAIL :
        return Option.some(ContactAttribute.EMAIL);
      case VERIFIED_PHONE_NUMBER :
        return Option.some(ContactAttribute.PHONE_NUMBER);
      case ADMIN_ONLY :
        return Option.none();
      default :
        throw new IllegalStateException("unknown mechanism " + name);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountRecoverySetting other && mechanisms.equals(other.mechanisms);
  }

  @Override
  public int hashCode() {
    return mechanisms.hashCode();
  }

  @Override
  public String toString() {
    return "AccountRecoverySetting" + mechanisms.map(m -> m.name().wireName() + ":" + m.priority()).mkString("[", ", ", "]");
  }
}

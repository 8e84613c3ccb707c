package dev.userpool.mfa;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What follows a first factor (a password, an SRP proof, a NEW_PASSWORD_REQUIRED answer), as a table of data that
 * the sign-in and the generated documentation both read: by the pool's MfaConfiguration and the factors the user has
 * enabled among those the pool turns on, the next step is tokens, the user's factor, the preferred one, a choice
 * (SELECT_MFA_TYPE) or a software token's set-up (MFA_SETUP). Sources: AWS developer guide "Adding MFA to a user
 * pool" (OPTIONAL: only users who enabled a factor; required: every user, set-up for those without one) and the API
 * reference of RespondToAuthChallenge (SELECT_MFA_TYPE, MFA_SETUP). The same table holds for every first factor.
 */
public final class ChallengeSequence {

  /** The factors a user can use, as the table sees them. */
  public enum Factors {
    /** None enabled (or none the pool turns on). */
    NONE,
    /** Exactly one. */
    ONE,
    /** Several, one of them preferred. */
    SEVERAL_WITH_PREFERRED,
    /** Several, none preferred. */
    SEVERAL
  }

  /** What comes next. */
  public enum Next {
    /** No second factor: tokens. */
    TOKENS,
    /** The user's only factor's challenge. */
    THE_FACTOR,
    /** The preferred factor's challenge. */
    THE_PREFERRED,
    /** SELECT_MFA_TYPE. */
    SELECT_MFA_TYPE,
    /** MFA_SETUP. */
    MFA_SETUP
  }

  /** One row: for this configuration and these factors, this comes next. */
  public record Row(MfaConfiguration mode, Factors factors, Next next) {
    public Row {
      Objects.requireNonNull(mode, "mode is null");
      Objects.requireNonNull(factors, "factors is null");
      Objects.requireNonNull(next, "next is null");
    }
  }

  /** The table, every configuration by every kind of user. */
  public static final List<Row> ROWS = List.of(
      new Row(MfaConfiguration.OFF, Factors.NONE, Next.TOKENS),
      new Row(MfaConfiguration.OFF, Factors.ONE, Next.TOKENS),
      new Row(MfaConfiguration.OFF, Factors.SEVERAL_WITH_PREFERRED, Next.TOKENS),
      new Row(MfaConfiguration.OFF, Factors.SEVERAL, Next.TOKENS),
      new Row(MfaConfiguration.OPTIONAL, Factors.NONE, Next.TOKENS),
      new Row(MfaConfiguration.OPTIONAL, Factors.ONE, Next.THE_FACTOR),
      new Row(MfaConfiguration.OPTIONAL, Factors.SEVERAL_WITH_PREFERRED, Next.THE_PREFERRED),
      new Row(MfaConfiguration.OPTIONAL, Factors.SEVERAL, Next.SELECT_MFA_TYPE),
      new Row(MfaConfiguration.ON, Factors.NONE, Next.MFA_SETUP),
      new Row(MfaConfiguration.ON, Factors.ONE, Next.THE_FACTOR),
      new Row(MfaConfiguration.ON, Factors.SEVERAL_WITH_PREFERRED, Next.THE_PREFERRED),
      new Row(MfaConfiguration.ON, Factors.SEVERAL, Next.SELECT_MFA_TYPE));

  private ChallengeSequence() {}

  /** The row for this configuration and these factors. */
  public static Row row(MfaConfiguration mode, Factors factors) {
    return ROWS.find(r -> r.mode() == mode && r.factors() == factors).get();
  }

  /** The factors of {@code user} the pool turns on, in the pool's order. */
  public static Set<MfaType> usable(PoolMfa pool, UserMfa user) {
    return pool.factors().filter(user.enabled()::contains);
  }

  /** The challenge after a first factor, or none (tokens). */
  public static Option<MfaStep> after(PoolMfa pool, UserMfa user) {
    Set<MfaType> usable = usable(pool, user);
    Option<MfaType> preferred = user.preferred().filter(usable::contains);
    Factors factors = usable.isEmpty()
        ? Factors.NONE
        : usable.size() == 1
            ? Factors.ONE
            : preferred.isDefined() ? Factors.SEVERAL_WITH_PREFERRED : Factors.SEVERAL;
    switch (row(pool.mode(), factors).next()) {
      case TOKENS :
        return Option.none();
      case THE_FACTOR :
        return Option.some(MfaStep.of(usable.head()));
      case THE_PREFERRED :
        return Option.some(MfaStep.of(preferred.get()));
      case SELECT_MFA_TYPE :
        return Option.some(MfaStep.SELECT_MFA_TYPE);
      case MFA_SETUP :
        return Option.some(MfaStep.MFA_SETUP);
      default :
        throw new IllegalStateException("every Next is handled");
    }
  }
}

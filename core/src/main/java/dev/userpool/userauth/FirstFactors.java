package dev.userpool.userauth;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The first factors of USER_AUTH as a table of data that the sign-in and the generated documentation both read: for
 * each, the pool's factor that allows it, what the user needs to use it, what starting it needs in the same request
 * and what answers it. A factor is available to a user when the pool's SignInPolicy allows it and the user has what
 * it needs (AWS developer guide "Manage authentication methods in AWS SDKs", authentication-flows-selection-sdk:
 * passwordless codes go to a verified email or phone; a passkey must be registered). The order of the table is the
 * order of {@code AvailableChallenges}.
 */
public final class FirstFactors {

  /** What a user needs for a factor. */
  public enum Needs {
    /** A permanent password. */
    PASSWORD(UserFacts::password),
    /** A verified email address. */
    VERIFIED_EMAIL(UserFacts::verifiedEmail),
    /** A verified phone number. */
    VERIFIED_PHONE(UserFacts::verifiedPhone),
    /** A registered passkey. */
    PASSKEY(UserFacts::passkey);

    private final Predicate<UserFacts> test;

    Needs(Predicate<UserFacts> test) {
      this.test = test;
    }

    /** Whether {@code user} has it. */
    public boolean metBy(UserFacts user) {
      return test.test(user);
    }
  }

  /**
   * One row: the factor, what the user needs, the AuthParameters or ChallengeResponses member that starts it in the same
   * request (if any), and the challenge and member that answer it.
   */
  public record Row(FirstFactor factor, Needs needs, Option<String> startsWith, String answeredBy) {
    public Row {
      Objects.requireNonNull(factor, "factor is null");
      Objects.requireNonNull(needs, "needs is null");
      Objects.requireNonNull(startsWith, "startsWith is null");
      Objects.requireNonNull(answeredBy, "answeredBy is null");
    }
  }

  /** The table (sources: the API reference of InitiateAuth and RespondToAuthChallenge, ChallengeResponses). */
  public static final List<Row> ROWS = List.of(
      new Row(FirstFactor.PASSWORD, Needs.PASSWORD, Option.some("PASSWORD"), "tokens or the MFA that follows a password"),
      new Row(FirstFactor.PASSWORD_SRP, Needs.PASSWORD, Option.some("SRP_A"), "PASSWORD_VERIFIER"),
      new Row(FirstFactor.EMAIL_OTP, Needs.VERIFIED_EMAIL, Option.none(), "EMAIL_OTP with EMAIL_OTP_CODE"),
      new Row(FirstFactor.SMS_OTP, Needs.VERIFIED_PHONE, Option.none(), "SMS_OTP with SMS_OTP_CODE"),
      new Row(FirstFactor.WEB_AUTHN, Needs.PASSKEY, Option.none(), "WEB_AUTHN with CREDENTIAL"));

  private FirstFactors() {}

  /** The row of {@code factor}. */
  public static Row row(FirstFactor factor) {
    return ROWS.find(r -> r.factor() == factor).get();
  }

  /** The factors {@code user} may start with under {@code policy}, in the table's order ({@code AvailableChallenges}). */
  public static Seq<FirstFactor> available(SignInPolicy policy, UserFacts user) {
    return ROWS.filter(r -> policy.allows(r.factor().factor()) && r.needs().metBy(user)).map(Row::factor);
  }

  /** The factor named {@code name} (a PREFERRED_CHALLENGE or an ANSWER), if it is one. */
  public static Option<FirstFactor> named(String name) {
    return List.of(FirstFactor.values()).find(f -> f.name().equals(name));
  }
}

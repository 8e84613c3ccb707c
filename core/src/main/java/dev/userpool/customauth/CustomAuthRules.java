package dev.userpool.customauth;

import dev.userpool.trigger.DefineAnswer;
import dev.userpool.user.ChallengeResult;
import io.vavr.collection.Seq;

/**
 * What DefineAuthChallenge's answer means (AWS developer guide, "Define Auth challenge Lambda trigger" and "Custom
 * authentication flow and challenges"): {@code failAuthentication} ends the sign-in with
 * {@code NotAuthorizedException: Incorrect username or password.}; {@code issueTokens} signs the user in; otherwise
 * {@code challengeName} is the next challenge: {@code CUSTOM_CHALLENGE} (CreateAuthChallenge makes it), or
 * {@code PASSWORD_VERIFIER} right after {@code SRP_A}. Where AWS is silent the library decides (registered decisions):
 * {@code failAuthentication} wins over {@code issueTokens}; an unknown user (PreventUserExistenceErrors) is never
 * signed in; any other answer ({@code CUSTOM_CHALLENGE} without a CreateAuthChallenge trigger, {@code PASSWORD_VERIFIER}
 * anywhere but after {@code SRP_A}, another name, or nothing at all) is {@code InvalidLambdaResponseException}.
 */
public final class CustomAuthRules {

  /** The first step of a custom sign-in that starts with SRP. */
  public static final String SRP_A = "SRP_A";

  /** The SRP proof. */
  public static final String PASSWORD_VERIFIER = "PASSWORD_VERIFIER";

  /** A challenge of CreateAuthChallenge's. */
  public static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";

  private CustomAuthRules() {}

  /** What follows a DefineAuthChallenge answer. */
  public enum Next {
    /** Tokens (or, after a verified password, the MFA the user owes). */
    ISSUE_TOKENS,
    /** CreateAuthChallenge makes the next challenge. */
    CUSTOM_CHALLENGE,
    /** The SRP proof is asked for. */
    PASSWORD_VERIFIER,
    /** {@code NotAuthorizedException: Incorrect username or password.} */
    FAIL,
    /** {@code InvalidLambdaResponseException: Unrecognizable lambda output}. */
    INVALID
  }

  /**
   * What follows {@code answer}, given the steps so far, whether the user exists, and whether the pool has a
   * CreateAuthChallenge trigger.
   */
  public static Next next(DefineAnswer answer, Seq<ChallengeResult> history, boolean userFound, boolean canCreate) {
    if (answer.failAuthentication()) {
      return Next.FAIL;
    }
    if (answer.issueTokens()) {
      return userFound ? Next.ISSUE_TOKENS : Next.FAIL;
    }
    String name = answer.challengeName().getOrElse("");
    if (CUSTOM_CHALLENGE.equals(name)) {
      return canCreate ? Next.CUSTOM_CHALLENGE : Next.INVALID;
    }
    boolean afterSrpA = history.lastOption().exists(step -> SRP_A.equals(step.challengeName()));
    return PASSWORD_VERIFIER.equals(name) && afterSrpA ? Next.PASSWORD_VERIFIER : Next.INVALID;
  }

  /** Whether a password was verified in this sign-in: the MFA sequence then follows tokens, as after any password. */
  public static boolean verifiedPassword(Seq<ChallengeResult> history) {
    return history.exists(step -> PASSWORD_VERIFIER.equals(step.challengeName()) && step.challengeResult());
  }
}

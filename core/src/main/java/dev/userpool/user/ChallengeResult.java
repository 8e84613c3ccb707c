package dev.userpool.user;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One step of a custom sign-in (CUSTOM_AUTH), as the define and create auth challenge events list it in {@code request.session}
 * (AWS developer guide, "Define Auth challenge Lambda trigger": {@code challengeName}, {@code challengeResult},
 * {@code challengeMetadata}). {@code challengeMetadata} is null unless CreateAuthChallenge named the custom challenge
 * (an event with {@code "challengeMetadata": None} is printed in aws-amplify/amplify-js#5834).
 *
 * @param challengeName {@code SRP_A}, {@code PASSWORD_VERIFIER} or {@code CUSTOM_CHALLENGE}
 * @param challengeResult whether the user passed it
 * @param challengeMetadata CreateAuthChallenge's name for a custom challenge
 */
public record ChallengeResult(String challengeName, boolean challengeResult, Option<String> challengeMetadata) {

  /** The first step of a custom sign-in that starts with SRP: {@code SRP_A}, passed. */
  public static final ChallengeResult SRP_A = new ChallengeResult("SRP_A", true, Option.none());

  /**
   * @throws NullPointerException if a component is null
   */
  public ChallengeResult {
    Objects.requireNonNull(challengeName, "challengeName is null");
    Objects.requireNonNull(challengeMetadata, "challengeMetadata is null");
  }

}

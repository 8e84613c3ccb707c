package dev.userpool.user;

import dev.userpool.srp.SrpChallenge;
import dev.userpool.srp.SrpVerifier;
import java.util.Objects;

/**
 * The user after {@code USER_SRP_AUTH} opened an exchange, and what the {@code PASSWORD_VERIFIER} challenge
 * shows: {@code SALT} from the verifier, {@code SRP_B} and {@code SECRET_BLOCK} from the challenge,
 * {@code USER_ID_FOR_SRP} and {@code USERNAME} (the stored username) and the session.
 */
public record SrpInitiation(User after, SrpVerifier verifier, SrpChallenge challenge, Session session) {

  public SrpInitiation {
    Objects.requireNonNull(after, "after is null");
    Objects.requireNonNull(verifier, "verifier is null");
    Objects.requireNonNull(challenge, "challenge is null");
    Objects.requireNonNull(session, "session is null");
  }

  /** {@code USER_ID_FOR_SRP}: the stored username the verifier and the signature are bound to. */
  public String userIdForSrp() {
    return after.username().value();
  }
}

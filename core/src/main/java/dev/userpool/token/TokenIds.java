package dev.userpool.token;

import dev.userpool.password.Randomness;
import dev.userpool.user.Sub;
import java.util.Objects;

/**
 * The random identifiers of one issuance, each a version 4 UUID as Cognito's are: the ID and access
 * tokens' {@code jti}, the {@code origin_jti} their sign-in shares with every token renewed from it, and
 * the {@code event_id} of the sign-in.
 *
 * @param idJti the ID token's {@code jti}
 * @param accessJti the access token's {@code jti}
 * @param originJti the sign-in's {@code origin_jti}
 * @param eventId the sign-in's {@code event_id}
 */
public record TokenIds(String idJti, String accessJti, String originJti, String eventId) {

  /**
   * @throws NullPointerException if a component is null
   */
  public TokenIds {
    Objects.requireNonNull(idJti, "idJti is null");
    Objects.requireNonNull(accessJti, "accessJti is null");
    Objects.requireNonNull(originJti, "originJti is null");
    Objects.requireNonNull(eventId, "eventId is null");
  }

  /** Fresh ids for a sign-in: four new UUIDs. */
  public static TokenIds forSignIn(Randomness randomness) {
    return new TokenIds(uuid(randomness), uuid(randomness), uuid(randomness), uuid(randomness));
  }

  /** Fresh ids for tokens renewed from a refresh token: new {@code jti}s, the family's origin and event. */
  public static TokenIds forRenewal(Randomness randomness, TokenFamily family) {
    return new TokenIds(uuid(randomness), uuid(randomness), family.originJti(), family.eventId());
  }

  private static String uuid(Randomness randomness) {
    return Sub.generate(randomness).value();
  }
}

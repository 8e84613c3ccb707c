package dev.userpool.token;

import dev.userpool.group.Group;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.TokenValidity;
import dev.userpool.user.Attributes;
import dev.userpool.user.User;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Objects;

/**
 * The claims of the ID and access tokens of one issuance, decided as Cognito decides them (AWS developer
 * guide, "Understanding the identity (ID) token" and "Understanding the access token").
 *
 * <p>Both carry {@code sub}, {@code iss}, {@code token_use}, {@code auth_time}, {@code iat}, {@code exp},
 * their own {@code jti}, the sign-in's {@code origin_jti} and {@code event_id}, and {@code cognito:groups}
 * (the user's groups by precedence) when the user is in a group. The ID token adds {@code aud} (the app
 * client), {@code cognito:username}, the user's attributes the app client reads ({@code email_verified} and
 * {@code phone_number_verified} as JSON booleans; developer-only {@code dev:} attributes left out) and,
 * from the groups' roles, {@code cognito:roles} and {@code cognito:preferred_role}. The access token adds
 * {@code client_id}, {@code username} and {@code scope} {@value #SCOPE}, the scope of a sign-in through
 * the API.
 *
 * @param id the ID token's claims
 * @param access the access token's claims
 */
public record TokenClaims(Claims id, Claims access) {

  /** The scope of tokens from an API sign-in: the user may read and change their own profile. */
  public static final String SCOPE = "aws.cognito.signin.user.admin";

  /**
   * @throws NullPointerException if a component is null
   */
  public TokenClaims {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(access, "access is null");
  }

  /**
   * The claims of tokens issued at {@code now} to {@code user} through {@code client}.
   *
   * @param issuer the {@code iss} claim
   * @param client the app client the user signed in through
   * @param validity the client's token lifetimes
   * @param user the user, as stored now (attributes as of this issuance)
   * @param groups the user's groups, in any order
   * @param authTime when the user authenticated: now for a sign-in, the original sign-in's time for a renewal
   * @param now the issue time
   * @param ids the issuance's identifiers
   * @throws NullPointerException if an argument is null
   */
  public static TokenClaims decide(Issuer issuer, ClientId client, TokenValidity validity, User user, Seq<Group> groups,
      Instant authTime, Instant now, TokenIds ids) {
    return decide(issuer, client, validity, user, Objects.requireNonNull(user, "user is null").attributes(), groups, authTime, now, ids);
  }

  /**
   * As {@link #decide(Issuer, ClientId, TokenValidity, User, Seq, Instant, Instant, TokenIds)}, with the ID token
   * carrying {@code shown} (the attributes the app client reads, see {@code ClientAttributes}) rather than all the
   * user's attributes.
   *
   * @throws NullPointerException if an argument is null
   */
  public static TokenClaims decide(Issuer issuer, ClientId client, TokenValidity validity, User user, Attributes shown,
      Seq<Group> groups, Instant authTime, Instant now, TokenIds ids) {
    Objects.requireNonNull(shown, "shown is null");
    Objects.requireNonNull(issuer, "issuer is null");
    Objects.requireNonNull(client, "client is null");
    Objects.requireNonNull(validity, "validity is null");
    Objects.requireNonNull(user, "user is null");
    Objects.requireNonNull(groups, "groups is null");
    Objects.requireNonNull(authTime, "authTime is null");
    Objects.requireNonNull(now, "now is null");
    Objects.requireNonNull(ids, "ids is null");
    Seq<String> groupNames = Group.inPrecedenceOrder(groups).map(g -> g.name().value());

    Map<String, ClaimValue> id = LinkedHashMap.<String, ClaimValue>empty().put(Claims.SUB, text(user.sub().value()));
    if (!groupNames.isEmpty()) {
      id = id.put(Claims.GROUPS, new ClaimValue.Texts(groupNames));
    }
    Seq<String> roles = Group.roles(groups);
    if (!roles.isEmpty()) {
      id = id.put(Claims.ROLES, new ClaimValue.Texts(roles));
    }
    if (Group.preferredRole(groups).isDefined()) {
      id = id.put(Claims.PREFERRED_ROLE, text(Group.preferredRole(groups).get()));
    }
    for (Tuple2<String, String> a : shown.asMap().filterKeys(n -> !n.startsWith("dev:"))) {
      id = id.put(attribute(a._1, a._2));
    }
    id = id.put(Claims.ISS, text(issuer.value()))
        .put(Claims.COGNITO_USERNAME, text(user.username().value()))
        .put(Claims.ORIGIN_JTI, text(ids.originJti()))
        .put(Claims.AUD, text(client.value()))
        .put(Claims.EVENT_ID, text(ids.eventId()))
        .put(Claims.TOKEN_USE, text(TokenUse.ID.claim()))
        .put(Claims.AUTH_TIME, time(authTime))
        .put(Claims.EXP, time(now.plus(validity.idToken().duration())))
        .put(Claims.IAT, time(now))
        .put(Claims.JTI, text(ids.idJti()));

    Map<String, ClaimValue> access = LinkedHashMap.<String, ClaimValue>empty().put(Claims.SUB, text(user.sub().value()));
    if (!groupNames.isEmpty()) {
      access = access.put(Claims.GROUPS, new ClaimValue.Texts(groupNames));
    }
    access = access.put(Claims.ISS, text(issuer.value()))
        .put(Claims.CLIENT_ID, text(client.value()))
        .put(Claims.ORIGIN_JTI, text(ids.originJti()))
        .put(Claims.EVENT_ID, text(ids.eventId()))
        .put(Claims.TOKEN_USE, text(TokenUse.ACCESS.claim()))
        .put(Claims.SCOPE, text(SCOPE))
        .put(Claims.AUTH_TIME, time(authTime))
        .put(Claims.EXP, time(now.plus(validity.accessToken().duration())))
        .put(Claims.IAT, time(now))
        .put(Claims.JTI, text(ids.accessJti()))
        .put(Claims.USERNAME, text(user.username().value()));
    return new TokenClaims(Claims.of(id), Claims.of(access));
  }

  /** An attribute as a claim: the two verification flags are JSON booleans, every other attribute a string. */
  static Tuple2<String, ClaimValue> attribute(String name, String value) {
    boolean flag = name.equals("email_verified") || name.equals("phone_number_verified");
    return Tuple.of(name, flag ? new ClaimValue.Flag(value.equals("true")) : text(value));
  }

  private static ClaimValue text(String value) {
    return new ClaimValue.Text(value);
  }

  private static ClaimValue time(Instant instant) {
    return new ClaimValue.Number(instant.getEpochSecond());
  }
}

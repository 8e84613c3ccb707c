package dev.userpool.trigger;

import dev.userpool.pool.LambdaConfig;

import dev.userpool.token.ClaimValue;
import dev.userpool.token.Claims;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a pre token generation function's response may change, and the pure application of it to the claims Cognito
 * decided. V1 ({@code claimsOverrideDetails}) changes the ID token; V2 and V3 ({@code claimsAndScopeOverrideDetails})
 * change the ID token ({@code idTokenGeneration}) and the access token ({@code accessTokenGeneration}: claims, and
 * scopes to add or suppress). Both may override the groups ({@code groupOverrideDetails}: {@code cognito:groups} in
 * both tokens, {@code cognito:roles} and {@code cognito:preferred_role} in the ID token; an empty or null object
 * suppresses them). A claim both added and suppressed is suppressed (AWS developer guide, "Pre token generation Lambda
 * trigger").
 *
 * <p>The claims the guide lists as unchangeable ({@link #PROTECTED}) are never changed: a response that names one is
 * applied without it (the library's decision: AWS says they cannot be modified, not what the answer is). Nor are the
 * claims a response changes another way ({@code cognito:groups}, {@code cognito:roles}, {@code cognito:preferred_role}
 * through the group override; {@code scope} through the scopes; {@code client_id}, {@code username}, {@code version}
 * and {@code event_id}, which say who the token is for).
 *
 * @param id the ID token's changes
 * @param access the access token's changes (none in V1)
 * @param groups the group override, if the response has one
 */
public record TokenCustomization(TokenChanges id, TokenChanges access, Option<GroupOverride> groups) {

  /**
   * The claims the guide says a function cannot modify: acr, amr, aud, at_hash, auth_time, azp, cognito:username, exp,
   * iat, identities, iss, jti, nbf, nonce, origin_jti, sub, token_use (awsdocs/amazon-cognito-developer-guide,
   * user-pool-lambda-pre-token-generation.md).
   */
  public static final Set<String> PROTECTED = HashSet.of("acr", "amr", "aud", "at_hash", "auth_time", "azp", "cognito:username", "exp",
      "iat", "identities", "iss", "jti", "nbf", "nonce", "origin_jti", "sub", "token_use");

  /** Claims changed only through the group override or the scopes, or that say who the token is for. */
  public static final Set<String> CHANGED_OTHERWISE = HashSet.of(Claims.GROUPS, Claims.ROLES, Claims.PREFERRED_ROLE, Claims.SCOPE,
      Claims.CLIENT_ID, Claims.USERNAME, Claims.EVENT_ID, "version");

  /** No change. */
  public static final TokenCustomization NONE = new TokenCustomization(TokenChanges.NONE, TokenChanges.NONE, Option.none());

  /**
   * One token's changes.
   *
   * @param addOrOverride claims to add or override
   * @param suppress claims to remove
   * @param scopesToAdd scopes to add (access token, V2)
   * @param scopesToSuppress scopes to remove (access token, V2)
   */
  public record TokenChanges(Map<String, ClaimValue> addOrOverride, Seq<String> suppress, Seq<String> scopesToAdd,
      Seq<String> scopesToSuppress) {

    /** No change. */
    public static final TokenChanges NONE = new TokenChanges(LinkedHashMap.empty(), List.empty(), List.empty(), List.empty());

    /**
     * @throws NullPointerException if a component is null
     */
    public TokenChanges {
      Objects.requireNonNull(addOrOverride, "addOrOverride is null");
      Objects.requireNonNull(suppress, "suppress is null");
      Objects.requireNonNull(scopesToAdd, "scopesToAdd is null");
      Objects.requireNonNull(scopesToSuppress, "scopesToSuppress is null");
    }

    Claims apply(Claims claims) {
      Map<String, ClaimValue> values = claims.asMap();
      for (Tuple2<String, ClaimValue> claim : addOrOverride) {
        if (changeable(claim._1)) {
          values = values.put(claim._1, claim._2);
        }
      }
      for (String name : suppress) {
        if (changeable(name)) {
          values = values.remove(name);
        }
      }
      Option<String> scope = values.get(Claims.SCOPE).filter(ClaimValue.Text.class::isInstance).map(v -> ((ClaimValue.Text) v).value());
      if (scope.isDefined() && !(scopesToAdd.isEmpty() && scopesToSuppress.isEmpty())) {
        Seq<String> scopes = List.of(scope.get().split(" ")).filter(s -> !s.isEmpty()).appendAll(scopesToAdd).distinct()
            .filter(s -> !scopesToSuppress.contains(s));
        values = values.put(Claims.SCOPE, new ClaimValue.Text(scopes.mkString(" ")));
      }
      return Claims.of(values);
    }
  }

  /**
   * {@code groupOverrideDetails}.
   *
   * @param groups {@code groupsToOverride}
   * @param roles {@code iamRolesToOverride}
   * @param preferredRole {@code preferredRole}
   */
  public record GroupOverride(Seq<String> groups, Seq<String> roles, Option<String> preferredRole) {
    /**
     * @throws NullPointerException if a component is null
     */
    public GroupOverride {
      Objects.requireNonNull(groups, "groups is null");
      Objects.requireNonNull(roles, "roles is null");
      Objects.requireNonNull(preferredRole, "preferredRole is null");
    }

    Claims apply(Claims claims, boolean idToken) {
      Map<String, ClaimValue> values = claims.asMap().remove(Claims.GROUPS).remove(Claims.ROLES).remove(Claims.PREFERRED_ROLE);
      if (!groups.isEmpty()) {
        values = values.put(Claims.GROUPS, new ClaimValue.Texts(groups));
      }
      if (idToken && !roles.isEmpty()) {
        values = values.put(Claims.ROLES, new ClaimValue.Texts(roles));
      }
      if (idToken && preferredRole.isDefined()) {
        values = values.put(Claims.PREFERRED_ROLE, new ClaimValue.Text(preferredRole.get()));
      }
      return Claims.of(values);
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public TokenCustomization {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(access, "access is null");
    Objects.requireNonNull(groups, "groups is null");
  }

  /** Whether a response may change the claim {@code name} through its claims to add, override or suppress. */
  public static boolean changeable(String name) {
    return !PROTECTED.contains(name) && !CHANGED_OTHERWISE.contains(name);
  }

  /** The ID token's claims, changed. */
  public Claims applyToId(Claims claims) {
    Claims changed = id.apply(claims);
    return groups.map(g -> g.apply(changed, true)).getOrElse(changed);
  }

  /** The access token's claims, changed. */
  public Claims applyToAccess(Claims claims) {
    Claims changed = access.apply(claims);
    return groups.map(g -> g.apply(changed, false)).getOrElse(changed);
  }

  /** The changes in a function's answer to an event of {@code version}, or InvalidLambdaResponse. */
  public static Either<TriggerFailure, TokenCustomization> read(Json answer, LambdaConfig.PreTokenGenerationVersion version) {
    return Responses.response(answer).flatMap(r -> version.customizesAccessToken()
        ? Responses.object(r, "claimsAndScopeOverrideDetails").flatMap(d -> d.isEmpty()
            ? Either.right(NONE)
            : Responses.object(d.get(), "idTokenGeneration").flatMap(id -> changes(id, false)
                .flatMap(idChanges -> Responses.object(d.get(), "accessTokenGeneration").flatMap(a -> changes(a, true))
                    .flatMap(accessChanges -> groupOverride(d.get()).map(g -> new TokenCustomization(idChanges, accessChanges, g))))))
        : Responses.object(r, "claimsOverrideDetails").flatMap(d -> d.isEmpty()
            ? Either.right(NONE)
            : changes(d, false).flatMap(idChanges -> groupOverride(d.get())
                .map(g -> new TokenCustomization(idChanges, TokenChanges.NONE, g)))));
  }

  private static Either<TriggerFailure, TokenChanges> changes(Option<Json.Obj> details, boolean scopes) {
    if (details.isEmpty()) {
      return Either.right(TokenChanges.NONE);
    }
    Json.Obj d = details.get();
    return Responses.members(d, "claimsToAddOrOverride").flatMap(add -> claimValues(add).flatMap(values -> Responses
        .texts(d, "claimsToSuppress").flatMap(suppress -> (scopes
            ? Responses.texts(d, "scopesToAdd")
            : Either
                .<TriggerFailure, Seq<String>>right(List.empty()))
            .flatMap(scopesToAdd -> (scopes
                ? Responses.texts(d, "scopesToSuppress")
                : Either.<TriggerFailure, Seq<String>>right(List.empty()))
                .map(scopesToSuppress -> new TokenChanges(values, suppress, scopesToAdd, scopesToSuppress))))));
  }

  /**
   * Claim values: strings, booleans, integers and arrays of strings as themselves; any other JSON value (a fraction, an
   * object, a mixed array) as its JSON text (the library's decision: its tokens' claims are of those four kinds).
   */
  private static Either<TriggerFailure, Map<String, ClaimValue>> claimValues(Map<String, Json> given) {
    return Either.right(given.filterValues(v -> !(v instanceof Json.Null)).mapValues(TokenCustomization::claimValue));
  }

  private static ClaimValue claimValue(Json v) {
    if (v instanceof Json.Text t) {
      return new ClaimValue.Text(t.value());
    }
    if (v instanceof Json.Bool b) {
      return new ClaimValue.Flag(b.value());
    }
    if (v instanceof Json.Num n && n.value().matches("-?\\d{1,18}")) {
      return new ClaimValue.Number(Long.parseLong(n.value()));
    }
    if (v instanceof Json.Arr a && a.items().forAll(Json.Text.class::isInstance)) {
      return new ClaimValue.Texts(a.items().map(i -> ((Json.Text) i).value()));
    }
    return new ClaimValue.Text(v.render());
  }

  private static Either<TriggerFailure, Option<GroupOverride>> groupOverride(Json.Obj details) {
    if (!details.members().containsKey("groupOverrideDetails")) {
      return Either.right(Option.none());
    }
    return Responses.object(details, "groupOverrideDetails").flatMap(g -> g.isEmpty()
        ? Either.right(Option.some(new GroupOverride(List.empty(), List.empty(), Option.none())))
        : Responses.texts(g.get(), "groupsToOverride").flatMap(groups -> Responses.texts(g.get(), "iamRolesToOverride")
            .flatMap(roles -> Responses.text(g.get(), "preferredRole").map(p -> Option.some(new GroupOverride(groups, roles, p))))));
  }
}

package dev.userpool.token;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The payload of an ID or access token: claims by name, in the order they were decided, each with its
 * JSON type. Built by {@link TokenClaims}; read back from a verified token by the signing adapter.
 *
 * <p>Claims hold the user's attributes, which are personal data: {@link #toString()} shows names only.
 */
public final class Claims {

  /** {@code sub}. */
  public static final String SUB = "sub";
  /** {@code iss}. */
  public static final String ISS = "iss";
  /** {@code token_use}. */
  public static final String TOKEN_USE = "token_use";
  /** {@code jti}. */
  public static final String JTI = "jti";
  /** {@code origin_jti}. */
  public static final String ORIGIN_JTI = "origin_jti";
  /** {@code event_id}. */
  public static final String EVENT_ID = "event_id";
  /** {@code auth_time}. */
  public static final String AUTH_TIME = "auth_time";
  /** {@code iat}. */
  public static final String IAT = "iat";
  /** {@code exp}. */
  public static final String EXP = "exp";
  /** {@code aud}: the app client, in ID tokens. */
  public static final String AUD = "aud";
  /** {@code client_id}: the app client, in access tokens. */
  public static final String CLIENT_ID = "client_id";
  /** {@code cognito:username}, in ID tokens. */
  public static final String COGNITO_USERNAME = "cognito:username";
  /** {@code username}, in access tokens. */
  public static final String USERNAME = "username";
  /** {@code scope}, in access tokens. */
  public static final String SCOPE = "scope";
  /** {@code cognito:groups}. */
  public static final String GROUPS = "cognito:groups";
  /** {@code cognito:roles}, in ID tokens. */
  public static final String ROLES = "cognito:roles";
  /** {@code cognito:preferred_role}, in ID tokens. */
  public static final String PREFERRED_ROLE = "cognito:preferred_role";

  private final Map<String, ClaimValue> values;

  private Claims(Map<String, ClaimValue> values) {
    this.values = values;
  }

  /**
   * Claims from name-value pairs, in their order (a later pair with the same name replaces the value).
   *
   * @throws NullPointerException if {@code values} is null
   */
  public static Claims of(Map<String, ClaimValue> values) {
    return new Claims(LinkedHashMap.ofEntries(Objects.requireNonNull(values, "values is null")));
  }

  /** Every claim, in order. */
  public Map<String, ClaimValue> asMap() {
    return values;
  }

  /** The claim {@code name}, if present. */
  public Option<ClaimValue> get(String name) {
    return values.get(name);
  }

  /** The string claim {@code name}, if present and a string. */
  public Option<String> text(String name) {
    return values.get(name).filter(ClaimValue.Text.class::isInstance).map(v -> ((ClaimValue.Text) v).value());
  }

  /** The time claim {@code name} (seconds since the epoch), if present and a number. */
  public Option<Instant> time(String name) {
    return values.get(name).filter(ClaimValue.Number.class::isInstance)
        .map(v -> Instant.ofEpochSecond(((ClaimValue.Number) v).value()));
  }

  /** The list claim {@code name}, if present and a list. */
  public Option<Seq<String>> texts(String name) {
    return values.get(name).filter(ClaimValue.Texts.class::isInstance).map(v -> ((ClaimValue.Texts) v).values());
  }

  /** Which token these are the claims of, if {@code token_use} says. */
  public Option<TokenUse> use() {
    return text(TOKEN_USE).flatMap(u -> List.of(TokenUse.values()).find(t -> t.claim().equals(u)));
  }

  /** The app client: {@code aud} in an ID token, {@code client_id} in an access token. */
  public Option<String> clientId() {
    return text(CLIENT_ID).orElse(() -> text(AUD));
  }

  /** When the token stops being valid ({@code exp}). */
  public Option<Instant> expiresAt() {
    return time(EXP);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Claims c && c.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Claims" + values.keySet().toJavaList();
  }
}

package dev.userpool.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Salt;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ClientSecret;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import dev.userpool.pool.TimeUnits;
import dev.userpool.pool.TokenValidity;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.srp.SrpChallenge;
import dev.userpool.srp.SrpVerifier;
import dev.userpool.token.TokenFamily;
import dev.userpool.user.Attributes;
import dev.userpool.user.ChallengeSession;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.FailedSignIns;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.PendingCode;
import dev.userpool.user.PendingVerification;
import dev.userpool.user.ContactVerifications;
import dev.userpool.user.Session;
import dev.userpool.user.SrpExchange;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;

/**
 * The JSON documents that hold what no query looks into: a whole {@link UserPool} (its clients
 * included), a whole {@link User}, {@link Group} and {@link TokenFamily} but their versions (and a
 * family's revocation), which are columns. Written field by field, not by
 * reflection, so every field's stored form is visible here and a new field fails the round-trip
 * properties until it is added. Secrets are stored as the aggregate holds them (salted hashes, codes,
 * sessions), never printed. Every non-ASCII character is escaped, so any Java string (a lone surrogate,
 * a NUL) survives the text column exactly.
 */
final class Documents {

  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final Base64.Encoder B64 = Base64.getEncoder();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  /**
   * The verifier an SRP exchange is restored against when the password has none (the exchange was opened
   * against a random password's verifier, which the user does not keep): the proof fails either way, as
   * {@code User.answerPasswordVerifier} requires the password's verifier, so only SRP_B differs.
   */
  private static final SrpVerifier NO_VERIFIER = SrpVerifier.of(new byte[]{ 1 }, new byte[]{ 1 });

  private Documents() {}

  // -- users

  /** The user as a document; its version is not in it. */
  static String ofUser(User u) {
    ObjectNode o = JSON.createObjectNode();
    o.put("username", u.username().value());
    o.put("sub", u.sub().value());
    o.put("status", u.status().name());
    o.put("enabled", u.enabled());
    ObjectNode attributes = o.putObject("attributes");
    u.attributes().asMap().forEach((name, value) -> attributes.put(name, value));
    u.password().forEach(p -> {
      ObjectNode password = o.putObject("password");
      password.set("hash", hash(p.hash()));
      password.put("setAt", p.setAt().toString());
      password.put("kind", p.kind().name());
      p.srpVerifier().forEach(v -> {
        ObjectNode srp = password.putObject("srpVerifier");
        srp.put("salt", B64.encodeToString(v.salt()));
        srp.put("verifier", B64.encodeToString(v.verifier()));
      });
    });
    ObjectNode history = o.putObject("passwordHistory");
    history.put("salt", B64.encodeToString(u.passwordHistory().salt().bytes()));
    ArrayNode entries = history.putArray("entries");
    u.passwordHistory().entries().forEach(h -> entries.add(hash(h)));
    u.pendingCode().forEach(c -> code(o.putObject("pendingCode"), c));
    if (!u.contactVerifications().isEmpty()) {
      ArrayNode verifications = o.putArray("contactVerifications");
      u.contactVerifications().all().forEach(v -> {
        ObjectNode verification = code(verifications.addObject(), v.code());
        v.pendingValue().forEach(value -> verification.put("pendingValue", value));
      });
    }
    u.challenge().forEach(c -> {
      ObjectNode challenge = o.putObject("challenge");
      challenge.put("session", c.session().reveal());
      challenge.put("expiresAt", c.expiresAt().toString());
      c.answeredAt().forEach(a -> challenge.put("answeredAt", a.toString()));
    });
    u.failedSignIns().forEach(f -> {
      ObjectNode failed = o.putObject("failedSignIns");
      failed.put("count", f.count());
      failed.put("lastFailure", f.lastFailure().toString());
      failed.put("lastAttempt", f.lastAttempt().toString());
    });
    u.srpExchange().forEach(e -> {
      ObjectNode exchange = o.putObject("srpExchange");
      exchange.put("srpA", e.challenge().srpA());
      exchange.put("ephemeralSecret", B64.encodeToString(e.challenge().ephemeralSecret()));
      exchange.put("secretBlock", e.challenge().secretBlock());
      exchange.put("srpB", e.challenge().srpB());
      exchange.put("session", e.session().reveal());
      exchange.put("expiresAt", e.expiresAt().toString());
    });
    MfaDocuments.writeUser(o, u.mfa());
    CustomAuthDocuments.writeUser(o, u.customAuth());
    o.put("creationDate", u.creationDate().toString());
    o.put("lastModifiedDate", u.lastModifiedDate().toString());
    return write(o);
  }

  /** The user a document holds, at {@code version}. */
  static User user(String document, long version) {
    JsonNode o = read(document);
    User.Builder b = User.builder();
    b.username(new Username(o.get("username").textValue()));
    b.sub(new Sub(o.get("sub").textValue()));
    b.status(UserStatus.valueOf(o.get("status").textValue()));
    b.enabled(o.get("enabled").booleanValue());
    b.attributes(Attributes.of(List.ofAll(() -> o.get("attributes").fields())
        .map(e -> Tuple.of(e.getKey(), e.getValue().textValue()))));
    JsonNode password = o.get("password");
    Option<CurrentPassword> current = password == null
        ? Option.none()
        : Option.some(new CurrentPassword(
            hash(password.get("hash")), Instant.parse(password.get("setAt").textValue()),
            PasswordKind.valueOf(password.get("kind").textValue()),
            Option.of(password.get("srpVerifier")).map(v -> SrpVerifier.of(B64D.decode(v.get("salt").textValue()),
                B64D.decode(v.get("verifier").textValue())))));
    b.password(current);
    JsonNode history = o.get("passwordHistory");
    b.passwordHistory(PasswordHistory.of(Salt.of(B64D.decode(history.get("salt").textValue())),
        List.ofAll(history.get("entries")).map(Documents::hash)));
    b.pendingCode(Option.of(o.get("pendingCode")).map(Documents::code));
    b.contactVerifications(ContactVerifications.of(Option.of(o.get("contactVerifications")).toList().flatMap(List::ofAll)
        .map(v -> new PendingVerification(code(v), Option.of(v.get("pendingValue")).map(JsonNode::textValue)))));
    JsonNode challenge = o.get("challenge");
    b.challenge(challenge == null
        ? Option.none()
        : Option.some(new ChallengeSession(
            Session.parse(challenge.get("session").textValue())
                .getOrElseThrow(() -> new IllegalStateException("a stored session is malformed")),
            Instant.parse(challenge.get("expiresAt").textValue()),
            Option.of(challenge.get("answeredAt")).map(a -> Instant.parse(a.textValue())))));
    JsonNode failed = o.get("failedSignIns");
    b.failedSignIns(failed == null
        ? Option.none()
        : Option.some(new FailedSignIns(failed.get("count").intValue(),
            Instant.parse(failed.get("lastFailure").textValue()), Instant.parse(failed.get("lastAttempt").textValue()))));
    JsonNode exchange = o.get("srpExchange");
    b.srpExchange(exchange == null
        ? Option.none()
        : Option.some(new SrpExchange(exchange(exchange, current),
            Session.parse(exchange.get("session").textValue())
                .getOrElseThrow(() -> new IllegalStateException("a stored session is malformed")),
            Instant.parse(exchange.get("expiresAt").textValue()))));
    b.mfa(MfaDocuments.readUser(o.get("mfa")));
    b.customAuth(CustomAuthDocuments.readUser(o.get("customAuth")));
    b.creationDate(Instant.parse(o.get("creationDate").textValue()));
    b.lastModifiedDate(Instant.parse(o.get("lastModifiedDate").textValue()));
    b.version(version);
    return b.build();
  }

  /**
   * A kept exchange: from its {@code srpB} as sent (no power of g to compute again on every read of the user), or,
   * in a document written before B was kept, with B computed again from the current password's verifier (a new
   * password ends an exchange, so it is the one B was made from).
   */
  private static SrpChallenge exchange(JsonNode exchange, Option<CurrentPassword> current) {
    String srpA = exchange.get("srpA").textValue();
    byte[] b = B64D.decode(exchange.get("ephemeralSecret").textValue());
    String block = exchange.get("secretBlock").textValue();
    JsonNode srpB = exchange.get("srpB");
    return srpB != null
        ? SrpChallenge.restore(srpA, b, block, srpB.textValue())
        : SrpChallenge.restore(current.flatMap(CurrentPassword::srpVerifier).getOrElse(NO_VERIFIER), srpA, b, block);
  }

  private static ObjectNode code(ObjectNode code, PendingCode c) {
    code.put("purpose", c.purpose().name());
    code.put("code", c.code().reveal());
    code.put("expiresAt", c.expiresAt().toString());
    code.put("channel", c.delivery().channel().name());
    code.put("destination", c.delivery().destination());
    return code;
  }

  private static PendingCode code(JsonNode code) {
    return new PendingCode(
        CodePurpose.valueOf(code.get("purpose").textValue()),
        ConfirmationCode.of(code.get("code").textValue()),
        Instant.parse(code.get("expiresAt").textValue()),
        new CodeDelivery(ContactAttribute.valueOf(code.get("channel").textValue()), code.get("destination").textValue()));
  }

  // -- pools

  /** The pool as a document, its clients in order; its version is not in it. */
  static String ofPool(UserPool p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", p.id().value());
    o.put("name", p.name());
    PasswordPolicy policy = p.passwordPolicy();
    ObjectNode pp = o.putObject("passwordPolicy");
    pp.put("minimumLength", policy.minimumLength());
    pp.put("requireUppercase", policy.requireUppercase());
    pp.put("requireLowercase", policy.requireLowercase());
    pp.put("requireNumbers", policy.requireNumbers());
    pp.put("requireSymbols", policy.requireSymbols());
    pp.put("passwordHistorySize", policy.passwordHistorySize());
    pp.put("temporaryPasswordValidityDays", policy.temporaryPasswordValidityDays());
    o.put("tier", p.tier().name());
    names(o.putArray("usernameAttributes"), p.usernameAttributes());
    names(o.putArray("aliasAttributes"), p.aliasAttributes());
    names(o.putArray("autoVerifiedAttributes"), p.autoVerifiedAttributes());
    names(o.putArray("attributesRequireVerificationBeforeUpdate"), p.attributesRequireVerificationBeforeUpdate());
    o.put("caseSensitivity", p.caseSensitivity().name());
    ArrayNode clients = o.putArray("clients");
    p.clients().values().forEach(c -> {
      ObjectNode client = clients.addObject();
      client.put("clientId", c.clientId().value());
      client.put("clientName", c.clientName());
      names(client.putArray("explicitAuthFlows"), c.explicitAuthFlows());
      client.put("preventUserExistenceErrors", c.preventUserExistenceErrors().name());
      client.put("authSessionValidity", c.authSessionValidity());
      c.clientSecret().forEach(secret -> client.put("clientSecret", secret.reveal()));
      ObjectNode validity = client.putObject("tokenValidity");
      lifetime(validity.putObject("accessToken"), c.tokenValidity().accessToken());
      lifetime(validity.putObject("idToken"), c.tokenValidity().idToken());
      lifetime(validity.putObject("refreshToken"), c.tokenValidity().refreshToken());
      SchemaDocuments.writeClient(client, c);
      OAuthDocuments.writeClient(client, c);
    });
    SchemaDocuments.write(o.putArray("schema"), p.schema());
    OAuthDocuments.writePool(o, p);
    TagDocuments.write(o, p);
    PoolOptionDocuments.write(o, p);
    LambdaConfigDocuments.write(o, p.lambdaConfig());
    DeviceDocuments.writePool(o, p.deviceConfiguration());
    MfaDocuments.writePool(o, p.mfa());
    MfaDocuments.writeSignInPolicy(o, p.signInPolicy());
    o.put("creationDate", p.creationDate().toString());
    o.put("lastModifiedDate", p.lastModifiedDate().toString());
    return write(o);
  }

  /** The pool a document holds, at {@code version}. */
  static UserPool pool(String document, long version) {
    JsonNode o = read(document);
    JsonNode pp = o.get("passwordPolicy");
    PasswordPolicy policy = PasswordPolicy.builder()
        .minimumLength(pp.get("minimumLength").intValue())
        .requireUppercase(pp.get("requireUppercase").booleanValue())
        .requireLowercase(pp.get("requireLowercase").booleanValue())
        .requireNumbers(pp.get("requireNumbers").booleanValue())
        .requireSymbols(pp.get("requireSymbols").booleanValue())
        .passwordHistorySize(pp.get("passwordHistorySize").intValue())
        .temporaryPasswordValidityDays(pp.get("temporaryPasswordValidityDays").intValue())
        .build();
    LinkedHashMap<ClientId, AppClient> clients = LinkedHashMap.empty();
    for (JsonNode c : o.get("clients")) {
      AppClient client = AppClient.builder()
          .clientId(new ClientId(c.get("clientId").textValue()))
          .clientName(c.get("clientName").textValue())
          .explicitAuthFlows(enums(c.get("explicitAuthFlows"), ExplicitAuthFlow::valueOf))
          .preventUserExistenceErrors(PreventUserExistenceErrors.valueOf(c.get("preventUserExistenceErrors").textValue()))
          .authSessionValidity(c.get("authSessionValidity").intValue())
          .tokenValidity(tokenValidity(c.get("tokenValidity")))
          .clientSecret(Option.of(c.get("clientSecret")).map(secret -> ClientSecret.of(secret.textValue())))
          .readAttributes(SchemaDocuments.names(c, "readAttributes"))
          .writeAttributes(SchemaDocuments.names(c, "writeAttributes"))
          .build();
      client = OAuthDocuments.readClient(c, client);
      clients = clients.put(client.clientId(), client);
    }
    return PoolOptionDocuments.read(o, TagDocuments.read(o, OAuthDocuments.readPool(o, UserPool.builder()
        .id(new UserPoolId(o.get("id").textValue()))
        .name(o.get("name").textValue())
        .passwordPolicy(policy)
        .tier(Tier.valueOf(o.get("tier").textValue()))
        .usernameAttributes(enums(o.get("usernameAttributes"), ContactAttribute::valueOf))
        .aliasAttributes(enums(o.get("aliasAttributes"), AliasAttribute::valueOf))
        .autoVerifiedAttributes(enums(o.get("autoVerifiedAttributes"), ContactAttribute::valueOf))
        .attributesRequireVerificationBeforeUpdate(o.has("attributesRequireVerificationBeforeUpdate")
            ? enums(o.get("attributesRequireVerificationBeforeUpdate"), ContactAttribute::valueOf)
            : HashSet.empty())
        .caseSensitivity(CaseSensitivity.valueOf(o.get("caseSensitivity").textValue()))
        .clients(clients)
        .schema(SchemaDocuments.read(o.get("schema")))
        .lambdaConfig(LambdaConfigDocuments.read(o))
        .deviceConfiguration(DeviceDocuments.readPool(o))
        .mfa(MfaDocuments.readPool(o.get("mfa")))
        .signInPolicy(MfaDocuments.readSignInPolicy(o.get("signInPolicy")))
        .creationDate(Instant.parse(o.get("creationDate").textValue()))
        .lastModifiedDate(Instant.parse(o.get("lastModifiedDate").textValue()))
        .version(version)
        .build())));
  }

  // -- groups

  /** The group as a document; its version is not in it. */
  static String ofGroup(Group g) {
    ObjectNode o = JSON.createObjectNode();
    o.put("poolId", g.poolId().value());
    o.put("name", g.name().value());
    g.description().forEach(d -> o.put("description", d));
    g.roleArn().forEach(r -> o.put("roleArn", r));
    g.precedence().forEach(p -> o.put("precedence", p));
    o.put("creationDate", g.creationDate().toString());
    o.put("lastModifiedDate", g.lastModifiedDate().toString());
    return write(o);
  }

  /** The group a document holds, at {@code version}. */
  static Group group(String document, long version) {
    JsonNode o = read(document);
    return Group.builder()
        .poolId(new UserPoolId(o.get("poolId").textValue()))
        .name(new GroupName(o.get("name").textValue()))
        .description(Option.of(o.get("description")).map(JsonNode::textValue))
        .roleArn(Option.of(o.get("roleArn")).map(JsonNode::textValue))
        .precedence(Option.of(o.get("precedence")).map(JsonNode::intValue))
        .creationDate(Instant.parse(o.get("creationDate").textValue()))
        .lastModifiedDate(Instant.parse(o.get("lastModifiedDate").textValue()))
        .version(version)
        .build();
  }

  // -- token families

  /** The family as a document; its revocation is a column, not in it. */
  static String ofFamily(TokenFamily f) {
    ObjectNode o = JSON.createObjectNode();
    o.put("originJti", f.originJti());
    o.put("eventId", f.eventId());
    o.put("pool", f.pool().value());
    o.put("sub", f.sub().value());
    o.put("client", f.client().value());
    o.put("authTime", f.authTime().toString());
    o.put("refreshExpiresAt", f.refreshExpiresAt().toString());
    f.scopes().forEach(scopes -> scopes.forEach(o.putArray("scopes")::add));
    return write(o);
  }

  /** The family a document holds, revoked or not. */
  static TokenFamily family(String document, boolean revoked) {
    JsonNode o = read(document);
    return TokenFamily.builder()
        .originJti(o.get("originJti").textValue())
        .eventId(o.get("eventId").textValue())
        .pool(new UserPoolId(o.get("pool").textValue()))
        .sub(new Sub(o.get("sub").textValue()))
        .client(new ClientId(o.get("client").textValue()))
        .authTime(Instant.parse(o.get("authTime").textValue()))
        .refreshExpiresAt(Instant.parse(o.get("refreshExpiresAt").textValue()))
        .scopes(Option.of(o.get("scopes")).map(a -> List.ofAll(a).map(JsonNode::textValue)))
        .revoked(revoked)
        .build();
  }

  // -- helpers

  private static ObjectNode hash(PasswordHash h) {
    ObjectNode o = JSON.createObjectNode();
    o.put("scheme", h.scheme());
    o.put("salt", B64.encodeToString(h.salt().bytes()));
    o.put("digest", B64.encodeToString(h.digest()));
    return o;
  }

  private static PasswordHash hash(JsonNode o) {
    return PasswordHash.of(o.get("scheme").textValue(), Salt.of(B64D.decode(o.get("salt").textValue())),
        B64D.decode(o.get("digest").textValue()));
  }

  /** A client's token validity; Cognito's default in a document written before clients had one. */
  private static TokenValidity tokenValidity(JsonNode o) {
    return o == null
        ? TokenValidity.cognitoDefault()
        : new TokenValidity(lifetime(o.get("accessToken")), lifetime(o.get("idToken")), lifetime(o.get("refreshToken")));
  }

  private static void lifetime(ObjectNode into, TokenValidity.Lifetime l) {
    into.put("amount", l.amount());
    into.put("unit", l.unit().name());
  }

  private static TokenValidity.Lifetime lifetime(JsonNode o) {
    return new TokenValidity.Lifetime(o.get("amount").intValue(), TimeUnits.valueOf(o.get("unit").textValue()));
  }

  private static void names(ArrayNode into, Set<? extends Enum<?>> values) {
    values.toList().sortBy(Enum::ordinal).forEach(v -> into.add(v.name()));
  }

  private static <E extends Enum<E>> Set<E> enums(JsonNode array, Function<String, E> valueOf) {
    return HashSet.ofAll(List.ofAll(array).map(n -> valueOf.apply(n.textValue())));
  }

  /** The document in printable ASCII: Jackson escapes what is past ASCII, and DEL (only ever inside a string) is escaped here. */
  private static String write(ObjectNode o) {
    try {
      return JSON.writeValueAsString(o).replace("\u007f", "\\u007f");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a document", e);
    }
  }

  private static JsonNode read(String document) {
    try {
      return JSON.readTree(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored document is not JSON", e);
    }
  }
}

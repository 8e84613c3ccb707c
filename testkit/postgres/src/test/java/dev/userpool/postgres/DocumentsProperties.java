package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.TimeUnits;
import dev.userpool.pool.TokenValidity;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Users;
import dev.userpool.schema.Schema;
import dev.userpool.srp.SrpChallenge;
import dev.userpool.srp.SrpVerifier;
import dev.userpool.testkit.jqwik.CognitoDomain;
import dev.userpool.user.Attributes;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.FailedSignIns;
import dev.userpool.user.SrpExchange;
import dev.userpool.user.ChallengeSession;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.LookupKey;
import dev.userpool.user.ContactVerifications;
import dev.userpool.user.PendingCode;
import dev.userpool.user.PendingVerification;
import dev.userpool.user.Session;
import dev.userpool.user.User;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import dev.userpool.pool.DeviceConfiguration;
import dev.userpool.pool.LambdaConfig;
import dev.userpool.pool.Trigger;
import java.util.Set;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.domains.Domain;

/**
 * Every field of a user and a pool survives the stored document and the database: hashes, salts,
 * codes and sessions included, and attribute values of any characters (NUL, lone surrogates, emoji).
 */
class DocumentsProperties {

  @Property
  void everyFieldOfAUserSurvivesItsDocument(@ForAll("fullUsers") User user) {
    User back = Documents.user(Documents.ofUser(user), user.version());

    // Field by field, by reflection down to the SRP exchange's numbers: a field the document drops fails here.
    assertThat(back).usingRecursiveComparison().isEqualTo(user);
    assertThat(back.srpExchange().map(e -> e.challenge().srpB())).isEqualTo(user.srpExchange().map(e -> e.challenge().srpB()));
  }

  @Property
  @Domain(CognitoDomain.class)
  void everyFieldOfAPoolSurvivesItsDocument(@ForAll UserPool pool) {
    UserPool saved = pool.withVersion(7);
    assertThat(Documents.pool(Documents.ofPool(saved), 7)).isEqualTo(saved);
  }

  @Property
  @Domain(CognitoDomain.class)
  void everyPoolsTagsSurviveItsDocumentInOrder(@ForAll UserPool pool, @ForAll Map<@AlphaChars @StringLength(min = 1,
      max = 10) String, @AlphaChars String> tags) {
    UserPool saved = pool.withTags(LinkedHashMap.ofAll(tags)).withVersion(4);

    UserPool read = Documents.pool(Documents.ofPool(saved), 4);

    assertThat(read.tags().keySet().toList()).isEqualTo(saved.tags().keySet().toList());
    assertThat(read).isEqualTo(saved);
  }

  @Property
  @Domain(CognitoDomain.class)
  void everyPoolsLambdaConfigSurvivesItsDocument(@ForAll UserPool pool, @ForAll Set<Trigger> triggers,
      @ForAll LambdaConfig.PreTokenGenerationVersion version) {
    LinkedHashMap<Trigger, String> functions = LinkedHashMap.empty();
    for (Trigger t : triggers) {
      functions = functions.put(t, "arn:aws:lambda:us-east-1:123456789012:function:" + t.memberName());
    }
    UserPool saved = pool.withLambdaConfig(new LambdaConfig(functions, version)).withVersion(5);

    UserPool read = Documents.pool(Documents.ofPool(saved), 5);

    assertThat(read.lambdaConfig()).isEqualTo(triggers.isEmpty() ? LambdaConfig.none() : saved.lambdaConfig());
  }

  @Property(tries = 30)
  @Domain(CognitoDomain.class)
  void everyPoolsDeviceConfigurationSurvivesItsDocument(@ForAll UserPool pool, @ForAll boolean tracked, @ForAll boolean challenge,
      @ForAll boolean prompt) {
    Option<DeviceConfiguration> configuration = tracked ? Option.some(new DeviceConfiguration(challenge, prompt)) : Option.none();
    UserPool saved = pool.withDeviceConfiguration(configuration).withVersion(5);

    assertThat(Documents.pool(Documents.ofPool(saved), 5).deviceConfiguration()).isEqualTo(configuration);
  }

  @Property(tries = 50)
  void aUserStoredBeforeSrpBWasKeptHasTheSameExchange(@ForAll("fullUsers") User user) throws Exception {
    ObjectNode document = (ObjectNode) new ObjectMapper().readTree(Documents.ofUser(user));
    if (document.has("srpExchange")) {
      assertThat(document.get("srpExchange").get("srpB").textValue()).isEqualTo(user.srpExchange().get().challenge().srpB());
      ((ObjectNode) document.get("srpExchange")).remove("srpB");
    }

    User back = Documents.user(document.toString(), user.version());

    // Without the kept B, it is computed again from the password's verifier: the same exchange.
    assertThat(back).usingRecursiveComparison().isEqualTo(user);
  }

  @Property(tries = 50)
  @Domain(CognitoDomain.class)
  void aPoolStoredBeforeSchemasWereKeptHasTheStandardAttributesAndDefaultClients(@ForAll UserPool pool) throws Exception {
    ObjectNode document = (ObjectNode) new ObjectMapper().readTree(Documents.ofPool(pool));
    document.remove("schema");
    document.withArray("clients").forEach(c -> ((ObjectNode) c).remove(java.util.List.of("readAttributes", "writeAttributes")));

    UserPool read = Documents.pool(document.toString(), 1);

    assertThat(read.schema()).isEqualTo(Schema.standard());
    assertThat(read.clients().values().forAll(c -> c.readAttributes().isEmpty() && c.writeAttributes().isEmpty())).isTrue();
  }

  @Property
  @Domain(CognitoDomain.class)
  void everyClientsTokenValiditySurvivesItsDocument(@ForAll UserPool pool, @ForAll @IntRange(min = 5, max = 1440) int minutes,
      @ForAll @IntRange(min = 1, max = 24) int hours, @ForAll @IntRange(min = 1, max = 3650) int days) {
    TokenValidity validity = new TokenValidity(new TokenValidity.Lifetime(minutes, TimeUnits.MINUTES),
        new TokenValidity.Lifetime(hours, TimeUnits.HOURS), new TokenValidity.Lifetime(days, TimeUnits.DAYS));
    LinkedHashMap<ClientId, AppClient> clients = LinkedHashMap.empty();
    for (AppClient c : pool.clients().values()) {
      clients = clients.put(c.clientId(), AppClient.builder().clientId(c.clientId()).clientName(c.clientName())
          .explicitAuthFlows(c.explicitAuthFlows()).preventUserExistenceErrors(c.preventUserExistenceErrors())
          .authSessionValidity(c.authSessionValidity()).tokenValidity(validity).build());
    }
    UserPool saved = pool.withClients(clients).withVersion(3);

    assertThat(Documents.pool(Documents.ofPool(saved), 3)).isEqualTo(saved);
  }

  @Property
  void aDocumentIsAsciiWhateverTheAttributes(@ForAll("fullUsers") User user) {
    assertThat(Documents.ofUser(user).chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  @Property(tries = 100)
  void everyFieldOfAUserSurvivesTheDatabase(@ForAll("fullUsers") User user) {
    Users users = new PostgresUsersProperties().subject();
    User first = user.version() == 1 ? user : withVersion(user, 1);
    users.save(first, HashSet.empty()).get();
    if (user.version() > 1) {
      users.save(withVersion(user, 2), HashSet.empty()).get();
    }
    User expected = user.version() > 1 ? withVersion(user, 2) : user;

    assertThat(users.find(new LookupKey.BySub(user.sub())).get()).usingRecursiveComparison().isEqualTo(expected);
  }

  @Property(tries = 100)
  @Domain(CognitoDomain.class)
  void everyFieldOfAPoolSurvivesTheDatabase(@ForAll UserPool pool) {
    TestDatabase.deleteEverything();
    UserPool first = pool.withVersion(1);
    TestDatabase.stores().userPools().save(first).get();
    UserPool second = pool.withVersion(2);
    TestDatabase.stores().userPools().save(second).get();

    assertThat(TestDatabase.stores().userPools().find(pool.id())).isEqualTo(Option.some(second));
    assertThat(TestDatabase.stores().userPools().find(new UserPoolId(pool.id().value() + "x"))).isEqualTo(Option.none());
  }

  /** Users with every optional part drawn: a pending code, a challenge, odd attribute values, any version. */
  @Provide
  Arbitrary<User> fullUsers() {
    Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(12)
        .edgeCases(e -> e.add("\u0000", "\ud800", "\udc00x", "\ud83d\ude00", "é", "\"\\"));
    Arbitrary<Option<PendingCode>> codes = Combinators.combine(Arbitraries.of(CodePurpose.values()),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8), Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
        Arbitraries.of(ContactAttribute.values()), anyText)
        .as((purpose, code, at, channel, to) -> new PendingCode(purpose, ConfirmationCode.of(code), Instant.ofEpochSecond(at, 123_456_789),
            new CodeDelivery(channel, to)))
        .optional().map(Option::ofOptional);
    Arbitrary<Option<ChallengeSession>> challenges = Combinators.combine(
        Arbitraries.strings().alpha().ofMinLength(20).ofMaxLength(60), Arbitraries.longs().between(0, 4_000_000_000L),
        Arbitraries.longs().between(0, 4_000_000_000L).optional())
        .as((session, expires, answered) -> new ChallengeSession(Session.parse(session).get(), Instant.ofEpochSecond(expires, 1),
            Option.ofOptional(answered).map(Instant::ofEpochMilli)))
        .optional().map(Option::ofOptional);
    Arbitrary<Map<String, String>> extra = Arbitraries
        .maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(s -> "custom:" + s), anyText)
        .ofMaxSize(3);
    Arbitrary<Option<SrpVerifier>> verifiers = Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16),
        Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TWO.pow(3000)))
        .as((salt, v) -> SrpVerifier.of(salt, v.toByteArray()))
        .optional().map(Option::ofOptional);
    Arbitrary<Option<FailedSignIns>> failures = Combinators.combine(Arbitraries.integers().between(1, 100),
        Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.longs().between(0, 4_000_000_000L))
        .as((count, last, attempt) -> new FailedSignIns(count, Instant.ofEpochSecond(last, 7), Instant.ofEpochSecond(attempt)))
        .optional().map(Option::ofOptional);
    Arbitrary<Option<SrpExchange>> exchanges = Combinators.combine(
        Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TWO.pow(1000)),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(32).filter(b -> new BigInteger(1, b).signum() != 0),
        Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(64),
        Arbitraries.strings().alpha().ofMinLength(20).ofMaxLength(60), Arbitraries.longs().between(0, 4_000_000_000L))
        .as((a, b, block, session, expires) -> new SrpExchange(
            SrpChallenge.restore(SrpVerifier.of(new byte[]{ 1 }, new byte[]{ 1 }), a.toString(16), b,
                Base64.getEncoder().encodeToString(block)),
            Session.parse(session).get(), Instant.ofEpochSecond(expires, 3)))
        .optional().map(Option::ofOptional);
    Arbitrary<ContactVerifications> verifications = Combinators.combine(codes.filter(Option::isDefined).map(Option::get),
        anyText.optional().map(Option::ofOptional))
        .as(PendingVerification::new).list().ofMaxSize(2).map(v -> ContactVerifications.of(List.ofAll(v)));
    Arbitrary<Extras> extras = Combinators.combine(verifiers, failures, exchanges, verifications).as(Extras::new);
    return Combinators.combine(CognitoDomain.anyUser(), codes, challenges, extra, Arbitraries.longs().between(1, 1L << 40), extras)
        .as((u, code, challenge, more, version, x) -> {
          Attributes attributes = u.attributes();
          for (Map.Entry<String, String> e : more.entrySet()) {
            attributes = attributes.with(e.getKey(), e.getValue());
          }
          Option<CurrentPassword> password = u.password().map(p -> new CurrentPassword(p.hash(), p.setAt(), p.kind(), x.verifier()));
          // An exchange is restored against the password's verifier: draw it against that one (or none).
          Option<SrpExchange> exchange = x.exchange().map(e -> new SrpExchange(SrpChallenge.restore(
              password.flatMap(CurrentPassword::srpVerifier).getOrElse(SrpVerifier.of(new byte[]{ 1 }, new byte[]{ 1 })),
              e.challenge().srpA(), e.challenge().ephemeralSecret(), e.challenge().secretBlock()), e.session(), e.expiresAt()));
          return User.builder().username(u.username()).sub(u.sub()).status(u.status()).enabled(u.enabled())
              .attributes(attributes).password(password).passwordHistory(u.passwordHistory())
              .pendingCode(code).contactVerifications(x.verifications()).challenge(challenge).failedSignIns(x.failures())
              .srpExchange(exchange)
              .creationDate(u.creationDate()).lastModifiedDate(u.lastModifiedDate().plusNanos(1))
              .version(version).build();
        });
  }

  /** The optional parts a drawn user gets besides the testkit's. */
  record Extras(Option<SrpVerifier> verifier, Option<FailedSignIns> failures, Option<SrpExchange> exchange,
      ContactVerifications verifications) {}

  private static User withVersion(User u, long version) {
    return User.builder().username(u.username()).sub(u.sub()).status(u.status()).enabled(u.enabled())
        .attributes(u.attributes()).password(u.password()).passwordHistory(u.passwordHistory())
        .pendingCode(u.pendingCode()).contactVerifications(u.contactVerifications()).challenge(u.challenge())
        .failedSignIns(u.failedSignIns()).mfa(u.mfa())
        .srpExchange(u.srpExchange()).creationDate(u.creationDate())
        .lastModifiedDate(u.lastModifiedDate()).version(version).build();
  }
}

package dev.userpool.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Violation;
import dev.userpool.pool.UserPool;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.testkit.PoolSpec;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.TestUser;
import dev.userpool.testkit.UserSpec;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.testkit.store.InMemoryUsers;
import dev.userpool.user.Attributes;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import net.jqwik.api.statistics.StatisticsReport;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

@Domain(CognitoDomain.class)
class CognitoDomainProperties {

  // -- passwords

  @Property
  void satisfyingPasswordsPassThePolicyAndTheRequestShape(@ForAll("satisfying") Tuple2<PasswordPolicy, Password> pair) {
    assertThat(pair.get1().violations(pair.get2())).isEmpty();
    assertThat(Password.MEMBER.check(pair.get2().reveal())).isEmpty();
    assertThat(pair.get2().length()).isBetween(pair.get1().minimumLength(), pair.get1().minimumLength() + 12);
  }

  @StatisticsReport(StatisticsReportMode.OFF)
  @Property
  void brokenPasswordsBreakExactlyTheirOneRule(@ForAll BrokenPassword broken) {
    assertThat(broken.policy().violations(broken.password())).containsExactly(broken.violation());
    assertThat(Password.MEMBER.check(broken.password().reveal())).isEmpty();
    Statistics.collect(broken.violation().code());
    Statistics.coverage(c -> {
      for (String code : List.of("PASSWORD_TOO_SHORT", "PASSWORD_MISSING_LOWERCASE", "PASSWORD_MISSING_UPPERCASE",
          "PASSWORD_MISSING_NUMBER", "PASSWORD_MISSING_SYMBOL")) {
        c.check(code).count(n -> n > 0);
      }
    });
  }

  @Property
  void aRequestedRuleIsTheOneBroken(@ForAll("withSymbolsRequired") PasswordPolicy policy) {
    BrokenPassword broken = CognitoDomain.anyPasswordViolating(policy, Violation.MissingSymbol.class).sample();

    assertThat(policy.violations(broken.password())).containsExactly(new Violation.MissingSymbol());
    assertThat(broken.password().reveal()).doesNotContain(" ");
  }

  @Example
  void compositeArbitrariesKeepTheirEdgeCasesFewerThanAPropertysTries() {
    // Beyond 100 (or the tries), jqwik logs "Edge case generation exceeds number of tries" in every property using them.
    assertThat(CognitoDomain.anyPolicy().edgeCases(10_000).size()).isEqualTo(2);
    for (Arbitrary<?> none : java.util.List.of(CognitoDomain.anyBrokenPassword(), CognitoDomain.anyUserPool(), CognitoDomain.anyPoolSpec(),
        CognitoDomain.anyUser(), CognitoDomain.anyOperationSequence())) {
      assertThat(none.edgeCases(10_000).size()).isZero();
    }
  }

  @Example
  void shouldRefuseARuleThePolicyDoesNotHave() {
    PasswordPolicy noSymbols = PasswordPolicy.builder().requireSymbols(false).build();

    assertThatThrownBy(() -> CognitoDomain.anyPasswordViolating(noSymbols, Violation.MissingSymbol.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the policy does not require symbol characters");
    assertThatThrownBy(() -> CognitoDomain.anyPasswordViolating(noSymbols, Violation.ReusedPassword.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ReusedPassword");
  }

  @Property(tries = 200)
  void aBrokenPasswordIsRefusedByTheServiceWithItsRule(@ForAll BrokenPassword broken) {
    InProcessCognito cognito = InProcessCognito.create();
    TestPool pool = TestPool.create(cognito, PoolSpec.defaults().policy(broken.policy()));
    pool.user("jane").confirmed();

    var refused = pool.service().adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "jane",
        broken.password().reveal(), true));

    assertThat(refused.getLeft().cognitoError()).isEqualTo("InvalidPasswordException");
    assertThat(refused.getLeft().message()).isEqualTo("Password does not conform to policy: " + broken.violation().description());
  }

  /**
   * The printed form is the same for any other password of the same length, so it cannot carry this
   * one. (A plain "does not contain" fails by coincidence: a two-letter password such as "mi" sits
   * inside "minimumLength".)
   */
  @Property
  void brokenPasswordsNeverShowThePasswordWhenPrinted(@ForAll BrokenPassword broken) {
    Password other = Password.of("\u00a7".repeat(broken.password().length()));

    assertThat(broken.toString()).isEqualTo(new BrokenPassword(broken.policy(), other, broken.violation()).toString())
        .contains(broken.violation().code());
  }

  // -- names

  @Property
  void usernamesAreWhatTheUsernameMemberAccepts(@ForAll Username username) {
    assertThat(Username.parse(username.value()).isValid()).isTrue();
    assertThat(username.value().codePointCount(0, username.value().length())).isBetween(1, 128);
  }

  @Property
  void emailsAndPhoneNumbersHaveTheirAttributesShape(@ForAll("emails") String email, @ForAll("phoneNumbers") String phone) {
    assertThat(Attributes.isEmail(email)).isTrue();
    assertThat(Attributes.isPhoneNumber(phone)).isTrue();
  }

  @Property
  void subsAreVersionFourUuids(@ForAll Sub sub) {
    assertThat(sub.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  // -- users and pools

  @StatisticsReport(StatisticsReportMode.OFF)
  @Property
  void usersAreStoreReadyInEveryStatus(@ForAll User user) {
    assertThat(user.version()).isEqualTo(1);
    assertThat(user.password().exists(p -> p.isTemporary())).isEqualTo(user.status() == UserStatus.FORCE_CHANGE_PASSWORD);
    if (user.status() == UserStatus.EXTERNAL_PROVIDER) {
      assertThat(user.password()).isEmpty();
    }
    InMemoryUsers store = new InMemoryUsers();
    assertThat(store.save(user, LinkedHashSet.of(new LookupKey.BySub(user.sub()))).isRight()).isTrue();
    Statistics.collect(user.status());
    Statistics.coverage(c -> {
      for (UserStatus s : UserStatus.values()) {
        c.check(s).count(n -> n > 0);
      }
    });
  }

  @Property
  void usersInAStatusHaveIt(@ForAll UserStatus status) {
    assertThat(CognitoDomain.anyUserIn(status).sample().status()).isEqualTo(status);
  }

  @Property
  void poolsCanBeStored(@ForAll UserPool pool) {
    InMemoryUserPools pools = new InMemoryUserPools();

    assertThat(pools.save(pool).isRight()).isTrue();
    assertThat(pool.usernameAttributes().isEmpty() || pool.aliasAttributes().isEmpty()).isTrue();
    pool.clients().keySet().forEach(id -> assertThat(pools.findByClient(id)).contains(pool));
  }

  @Property(tries = 200)
  void poolSpecsAreAcceptedByCognito(@ForAll PoolSpec spec) {
    TestPool pool = TestPool.create(InProcessCognito.create(), spec);

    assertThat(pool.userPool().passwordPolicy()).isEqualTo(spec.policy());
    assertThat(pool.spec().policy().violations(spec.defaultPassword())).isEmpty();
  }

  // -- user fixtures

  @StatisticsReport(StatisticsReportMode.OFF)
  @Property(tries = 300)
  void everyUserSpecBecomesTheUserItDescribes(@ForAll("poolAndUser") Tuple2<PoolSpec, UserSpec> given) {
    TestPool pool = TestPool.create(InProcessCognito.create(), given.get1());
    UserSpec spec = given.get2();

    TestUser user = pool.add(spec);

    assertThat(user.status()).isEqualTo(spec.status());
    assertThat(user.enabled()).isEqualTo(spec.enabled());
    assertThat(user.user().password().isDefined()).isEqualTo(spec.passwordIn(given.get1()).isPresent());
    assertThat(pool.find(user.signInName()).map(User::sub)).contains(user.sub());
    if (spec.status() == UserStatus.CONFIRMED && spec.enabled()) {
      assertThat(user.signIn()).isInstanceOf(Results.Authenticated.class);
    }
    if (spec.status() == UserStatus.FORCE_CHANGE_PASSWORD && spec.enabled()) {
      assertThat(user.signIn()).isInstanceOf(Results.NewPasswordRequired.class);
    }
    if (!spec.enabled() && user.password().isPresent()) {
      NotAuthorizedException refused = catchThrowableOfType(NotAuthorizedException.class, user::signIn);
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("NotAuthorizedException");
      assertThat(refused.awsErrorDetails().errorMessage())
          .isEqualTo(new CognitoError.NotAuthorized(CognitoError.NotAuthorized.Reason.USER_DISABLED).message())
          .isEqualTo("User is disabled.");
    }
    Statistics.label("route").collect(spec.writtenToStore() ? "store" : "service");
    Statistics.label("status").collect(spec.isImported() ? "imported" : spec.status().name());
    Statistics.label("status").coverage(c -> {
      for (UserStatus s : UserStatus.values()) {
        c.check(s.name()).count(n -> n > 0);
      }
      c.check("imported").count(n -> n > 0);
    });
  }

  @Property(tries = 50)
  void userSpecsInAStatusHaveIt(@ForAll PoolSpec pool, @ForAll UserStatus status) {
    assertThat(CognitoDomain.anyUserSpecIn(pool, status).sample().status()).isEqualTo(status);
  }

  // -- providers

  @Provide
  Arbitrary<Tuple2<PasswordPolicy, Password>> satisfying() {
    return CognitoDomain.anyPolicy().flatMap(p -> CognitoDomain.anyPasswordSatisfying(p).map(pw -> Tuple.of(p, pw)));
  }

  @Provide
  Arbitrary<PasswordPolicy> withSymbolsRequired() {
    return CognitoDomain.anyPolicy().filter(PasswordPolicy::requireSymbols);
  }

  @Provide
  Arbitrary<String> emails() {
    return CognitoDomain.anyEmail();
  }

  @Provide
  Arbitrary<String> phoneNumbers() {
    return CognitoDomain.anyPhoneNumber();
  }

  @Provide
  Arbitrary<Tuple2<PoolSpec, UserSpec>> poolAndUser() {
    return CognitoDomain.anyPoolSpec().flatMap(p -> CognitoDomain.anyUserSpec(p).map(u -> Tuple.of(p, u)));
  }
}

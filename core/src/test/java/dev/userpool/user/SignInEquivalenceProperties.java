package dev.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.srp.SrpGroup;
import dev.userpool.srp.SrpTestClient;
import dev.userpool.support.Fixtures;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SignInEquivalenceProperties {

  static final AppClient CLIENT = Fixtures.CLIENT;
  static final AppClient HIDING = AppClient.builder().clientId(CLIENT.clientId()).clientName("hiding")
      .explicitAuthFlows(CLIENT.explicitAuthFlows()).preventUserExistenceErrors(PreventUserExistenceErrors.ENABLED).build();

  /** What an attempt decides, as the caller sees it and as the store keeps it. */
  record Outcome(String error, String message, String result, Option<Integer> failures, Option<UserStatus> savedStatus) {}

  static Outcome outcome(Either<SignInRefused, Authentication> attempt) {
    return attempt.fold(
        refused -> new Outcome(refused.error().cognitoError(), refused.error().message(), "refused",
            refused.after().flatMap(User::failedSignIns).map(FailedSignIns::count), refused.after().map(User::status)),
        auth -> new Outcome("", "", auth.outcome().getClass().getSimpleName(),
            auth.after().failedSignIns().map(FailedSignIns::count), Option.some(auth.after().status())));
  }

  static Either<SignInRefused, Authentication> srp(User user, Password password, Instant now) {
    return srp(user, password, now, CLIENT);
  }

  static Either<SignInRefused, Authentication> srp(User user, Password password, Instant now, AppClient app) {
    SrpTestClient client = new SrpTestClient("TEST", new BigInteger(1, Fixtures.seeded(now.getEpochSecond()).bytes(32)));
    SrpInitiation init = user.initiateSrp(client.srpA(), app, Fixtures.context(now)).get();
    assertThat(init.userIdForSrp()).isEqualTo("jane");
    PasswordClaim claim = client.answer(init.userIdForSrp(), password, init.verifier(), init.challenge(), now);
    return init.after().answerPasswordVerifier(claim, Option.some(init.session()), app, Fixtures.context(now));
  }

  static User userIn(UserStatus status, boolean enabled, int failures, int secondsSinceFailure, int ageDays) {
    User user = Fixtures.user(status).withEnabled(enabled);
    Instant lastFailure = Fixtures.T0.plus(Duration.ofDays(ageDays)).minusSeconds(secondsSinceFailure);
    return failures == 0 ? user : user.withFailedSignIns(Option.some(new FailedSignIns(failures, lastFailure, lastFailure)));
  }

  @Property(tries = 150)
  void srpAndPasswordSignInDecideAlike(@ForAll UserStatus status, @ForAll boolean enabled,
      @ForAll @IntRange(min = 0, max = 9) int failures, @ForAll @IntRange(min = 0, max = 1000) int secondsSinceFailure,
      @ForAll @IntRange(min = 0, max = 9) int ageDays, @ForAll("passwords") String password, @ForAll boolean hiding) {
    User user = userIn(status, enabled, failures, secondsSinceFailure, ageDays);
    Instant now = Fixtures.T0.plus(Duration.ofDays(ageDays));
    AppClient app = hiding ? HIDING : CLIENT;
    Outcome byPassword = outcome(user.attemptSignIn(Password.of(password), app, Fixtures.context(now)));
    Outcome bySrp = outcome(srp(user, Password.of(password), now, app));
    assertThat(bySrp).isEqualTo(byPassword);
  }

  @Example
  void shouldSignInWithSrpAndClearTheExchange() {
    Either<SignInRefused, Authentication> result = srp(Fixtures.user(UserStatus.CONFIRMED), Password.of(Fixtures.PASSWORD), Fixtures.T0);
    assertThat(result.get().outcome()).isInstanceOf(AuthOutcome.Authenticated.class);
    assertThat(result.get().after().srpExchange()).isEmpty();
  }

  @Example
  void shouldRefuseEveryProofOfAUserStoredWithoutAVerifier() {
    User full = Fixtures.user(UserStatus.CONFIRMED);
    CurrentPassword password = full.password().get();
    User bare = User.builder().username(full.username()).sub(full.sub()).status(full.status()).attributes(full.attributes())
        .password(Option.some(new CurrentPassword(password.hash(), password.setAt(), password.kind(), Option.none())))
        .passwordHistory(full.passwordHistory()).creationDate(full.creationDate()).lastModifiedDate(full.lastModifiedDate()).build();

    SignInRefused refused = srp(bare, Password.of(Fixtures.PASSWORD), Fixtures.T0).getLeft();

    assertThat(refused.error().message()).isEqualTo("Incorrect username or password.");
    assertThat(bare.attemptSignIn(Password.of(Fixtures.PASSWORD), CLIENT, Fixtures.context(Fixtures.T0)).isRight()).isTrue();
  }

  @Example
  void shouldRefuseTheRightPasswordDuringALockout() {
    User locked = userIn(UserStatus.CONFIRMED, true, 6, 1, 0);
    CognitoError error = srp(locked, Password.of(Fixtures.PASSWORD), Fixtures.T0).getLeft().error();
    assertThat(error.cognitoError()).isEqualTo("NotAuthorizedException");
    assertThat(error.message()).isEqualTo("Password attempts exceeded");
  }

  @Example
  void shouldCountAWrongProofAndUseTheExchangeUp() {
    SignInRefused refused = srp(Fixtures.user(UserStatus.CONFIRMED), Password.of("Wr0ngPass!"), Fixtures.T0).getLeft();
    assertThat(refused.error().message()).isEqualTo("Incorrect username or password.");
    assertThat(refused.after().get().failedSignIns().get().count()).isEqualTo(1);
    assertThat(refused.after().get().srpExchange()).isEmpty();
  }

  @Example
  void shouldRefuseAMangledSrpA() {
    User user = Fixtures.user(UserStatus.CONFIRMED);
    for (String srpA : new String[]{ "0", "-1", "xyz", SrpGroup.N.toString(16) }) {
      CognitoError error = user.initiateSrp(srpA, CLIENT, Fixtures.context(Fixtures.T0)).getLeft();
      assertThat(error.cognitoError()).isEqualTo("InvalidParameterException");
    }
  }

  @Example
  void shouldRefuseAProofForAnotherSession() {
    User user = Fixtures.user(UserStatus.CONFIRMED);
    SrpTestClient client = new SrpTestClient("TEST", BigInteger.valueOf(123456789));
    SrpInitiation init = user.initiateSrp(client.srpA(), CLIENT, Fixtures.context(Fixtures.T0)).get();
    PasswordClaim claim = client.answer("jane", Password.of(Fixtures.PASSWORD), init.verifier(), init.challenge(), Fixtures.T0);
    Session other = Session.generate(Fixtures.seeded(99));
    assertThat(init.after().answerPasswordVerifier(claim, Option.some(other), CLIENT, Fixtures.context(Fixtures.T0))
        .getLeft().error().message()).isEqualTo("Incorrect username or password.");
    Instant late = Fixtures.T0.plus(CLIENT.sessionValidity());
    assertThat(init.after().answerPasswordVerifier(claim, Option.none(), CLIENT, Fixtures.context(late))
        .getLeft().error().message()).isEqualTo("Incorrect username or password.");
    assertThat(init.after().answerPasswordVerifier(claim, Option.none(), CLIENT, Fixtures.context(Fixtures.T0))
        .isRight()).isTrue();
  }

  @Provide
  Arbitrary<String> passwords() {
    return Arbitraries.oneOf(Arbitraries.just(Fixtures.PASSWORD), Arbitraries.just(Fixtures.OTHER_PASSWORD),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12));
  }
}

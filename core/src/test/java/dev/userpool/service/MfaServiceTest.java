package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.mfa.Base32;
import dev.userpool.mfa.MfaStep;
import dev.userpool.mfa.MfaType;
import dev.userpool.mfa.Totp;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Issuer;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SetUserPoolMfaConfig, software tokens, preferences, and sign-in with SOFTWARE_TOKEN_MFA, SELECT_MFA_TYPE and MFA_SETUP. */
class MfaServiceTest {

  private final SimpleUserPools pools = new SimpleUserPools();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final UserPoolService service = UserPoolService.builder().pools(pools).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(1))
      .clock(clock).build();
  private final TokenService tokens = new TokenService(pools, new SimpleGroups(), new SimpleTokenFamilies(), new FakeSigner(),
      Fixtures.seeded(3), clock, Issuer::aws);
  private final MfaService mfa = new MfaService(service, tokens, pools, op -> true);
  private final UserPool pool = UserPool.builder().id(new UserPoolId("us-east-1_TEST")).name("test")
      .clients(LinkedHashMap.of(Fixtures.CLIENT_ID, Fixtures.CLIENT)).creationDate(Fixtures.T0).lastModifiedDate(Fixtures.T0).version(1)
      .build();
  private final User jane = Fixtures.user(UserStatus.CONFIRMED);

  MfaServiceTest() {
    pools.save(pool);
    pools.users(pool.id()).save(jane, Naming.of(pool).keysOf(jane));
  }

  private String poolId() {
    return pool.id().value();
  }

  private User stored() {
    return pools.users(pool.id()).find(new LookupKey.BySub(jane.sub())).get();
  }

  private String accessToken() {
    return tokens.issue(pools.find(pool.id()).get(), Fixtures.CLIENT, stored()).accessToken();
  }

  private Either<CognitoError, ?> configure(String mode, Boolean totp, boolean sms) {
    return mfa.setUserPoolMfaConfig(new MfaRequests.SetUserPoolMfaConfig(poolId(), mode, totp, sms, null, false, null, null, false, null,
        null));
  }

  private byte[] enableTotp() {
    String secret = mfa.associateSoftwareToken(new MfaRequests.AssociateSoftwareToken(accessToken(), null)).get().secretCode().reveal();
    byte[] key = Base32.decode(secret).get();
    assertThat(mfa.verifySoftwareToken(new MfaRequests.VerifySoftwareToken(accessToken(), null, Totp.code(key, clock.instant()), "phone"))
        .isRight()).isTrue();
    assertThat(mfa.setUserMfaPreference(new MfaRequests.SetUserMfaPreference(accessToken(), null,
        new MfaRequests.FactorSettings(true, true), null)).isRight()).isTrue();
    clock.advance(Duration.ofSeconds(30));
    return key;
  }

  private Either<CognitoError, Results.SignIn> signIn() {
    return service.signIns().initiateAuth(new Requests.InitiateAuth(Fixtures.CLIENT_ID.value(), "USER_PASSWORD_AUTH",
        Map.of("USERNAME", "jane", "PASSWORD", Fixtures.PASSWORD)));
  }

  private Either<CognitoError, Results.SignIn> answer(String challenge, String session, Map<String, String> responses) {
    return service.signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(Fixtures.CLIENT_ID.value(), challenge, session,
        responses));
  }

  private static Results.MfaRequired challenge(Either<CognitoError, Results.SignIn> outcome) {
    return outcome.get().fold(a -> null, n -> null, v -> null, m -> m, c -> null);
  }

  private static boolean tokens(Either<CognitoError, Results.SignIn> outcome) {
    return outcome.isRight() && outcome.get() instanceof Results.Authenticated;
  }

  @Test
  void shouldRefuseAConfigurationThatTurnsMfaOffWithAFactorOrOnWithNone() {
    assertThat(message(configure("OFF", true, false))).isEqualTo(
        "InvalidParameterException: Invalid MFA configuration given, can't turn off MFA and configure an MFA together.");
    assertThat(message(configure("OPTIONAL", false, false))).isEqualTo(
        "InvalidParameterException: Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.");
    assertThat(message(configure("SOMETIMES", true, false))).startsWith("InvalidParameterException: 1 validation error detected: ");
    assertThat(configure("ON", true, true).isRight()).isTrue();
    assertThat(mfa.getUserPoolMfaConfig(new MfaRequests.GetUserPoolMfaConfig(poolId())).get().factors())
        .containsExactly(MfaType.SMS_MFA, MfaType.SOFTWARE_TOKEN_MFA);
  }

  @Test
  void shouldRefuseAWrongFirstCodeAndATotpPreferenceBeforeAVerifiedToken() {
    assertThat(message(mfa.verifySoftwareToken(new MfaRequests.VerifySoftwareToken(accessToken(), null, "123456", null))))
        .isEqualTo("SoftwareTokenMFANotFoundException: Software Token MFA does not exist for the user.");
    assertThat(message(mfa.setUserMfaPreference(new MfaRequests.SetUserMfaPreference(accessToken(), null,
        new MfaRequests.FactorSettings(true, true), null))))
        .isEqualTo("InvalidParameterException: User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA");
    String secret = mfa.associateSoftwareToken(new MfaRequests.AssociateSoftwareToken(accessToken(), null)).get().secretCode().reveal();
    String wrong = Totp.code(Base32.decode(secret).get(), clock.instant().plus(Duration.ofMinutes(5)));
    assertThat(message(mfa.verifySoftwareToken(new MfaRequests.VerifySoftwareToken(accessToken(), null, wrong, null))))
        .isEqualTo("EnableSoftwareTokenMFAException: Code mismatch and fail enable Software Token MFA");
    assertThat(message(mfa.verifySoftwareToken(new MfaRequests.VerifySoftwareToken(accessToken(), null, "12345", null))))
        .startsWith("InvalidParameterException: 1 validation error detected: Value at 'userCode' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 6");
    assertThat(secret).matches("[A-Z2-7]{52}");
  }

  @Test
  void shouldAskForTheTotpCodeAfterThePasswordAndAcceptItOnce() {
    configure("OPTIONAL", true, false);
    byte[] key = enableTotp();
    assertThat(stored().mfa().enabled()).containsExactly(MfaType.SOFTWARE_TOKEN_MFA);
    assertThat(stored().mfa().preferred()).contains(MfaType.SOFTWARE_TOKEN_MFA);

    Results.MfaRequired asked = challenge(signIn());
    assertThat(asked.step()).isEqualTo(MfaStep.SOFTWARE_TOKEN_MFA);
    assertThat(asked.challengeParameters()).containsEntry("USER_ID_FOR_SRP", "jane");
    String session = asked.session().reveal();
    String code = Totp.code(key, clock.instant());

    assertThat(message(answer("SOFTWARE_TOKEN_MFA", session, Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", "000000"))))
        .isEqualTo("CodeMismatchException: Invalid code or auth state for the user.");
    assertThat(tokens(answer("SOFTWARE_TOKEN_MFA", session, Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", code)))).isTrue();
    assertThat(message(answer("SOFTWARE_TOKEN_MFA", session, Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", code))))
        .isEqualTo("NotAuthorizedException: Invalid session for the user, session can only be used once.");

    String again = challenge(signIn()).session().reveal();
    assertThat(message(answer("SOFTWARE_TOKEN_MFA", again, Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", code))))
        .as("the same code, a second time").isEqualTo("CodeMismatchException: Invalid code or auth state for the user.");
  }

  @Test
  void shouldExpireTheSessionAfterTheClientsAuthSessionValidity() {
    configure("OPTIONAL", true, false);
    byte[] key = enableTotp();
    String session = challenge(signIn()).session().reveal();
    clock.advance(Fixtures.CLIENT.sessionValidity());
    assertThat(message(answer("SOFTWARE_TOKEN_MFA", session,
        Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", Totp.code(key, clock.instant())))))
        .isEqualTo("NotAuthorizedException: Invalid session for the user, session is expired.");
  }

  @Test
  void shouldLockOutAfterRepeatedWrongCodesAsAfterWrongPasswords() {
    configure("OPTIONAL", true, false);
    byte[] key = enableTotp();
    String session = challenge(signIn()).session().reveal();
    for (int i = 0; i < 5; i++) {
      assertThat(message(answer("SOFTWARE_TOKEN_MFA", session, Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", "000000"))))
          .isEqualTo("CodeMismatchException: Invalid code or auth state for the user.");
    }
    assertThat(message(answer("SOFTWARE_TOKEN_MFA", session,
        Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", Totp.code(key, clock.instant())))))
        .isEqualTo("NotAuthorizedException: Password attempts exceeded");
  }

  @Test
  void shouldSetUpASoftwareTokenThroughMfaSetupWhenThePoolRequiresMfa() {
    configure("ON", true, false);
    Results.MfaRequired setup = challenge(signIn());
    assertThat(setup.step()).isEqualTo(MfaStep.MFA_SETUP);
    assertThat(setup.challengeParameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");

    Results.SoftwareTokenAssociated associated = mfa.associateSoftwareToken(
        new MfaRequests.AssociateSoftwareToken(null, setup.session().reveal())).get();
    byte[] key = Base32.decode(associated.secretCode().reveal()).get();
    String next = associated.session().get().reveal();
    assertThat(message(mfa.associateSoftwareToken(new MfaRequests.AssociateSoftwareToken(null, setup.session().reveal()))))
        .as("the set-up session moved on").isEqualTo("NotAuthorizedException: Invalid session for the user.");
    String last = mfa.verifySoftwareToken(new MfaRequests.VerifySoftwareToken(null, next, Totp.code(key, clock.instant()), null)).get()
        .session().get().reveal();

    assertThat(tokens(answer("MFA_SETUP", last, Map.of("USERNAME", "jane")))).isTrue();
    assertThat(stored().mfa().enabled()).containsExactly(MfaType.SOFTWARE_TOKEN_MFA);
    assertThat(challenge(signIn()).step()).isEqualTo(MfaStep.SOFTWARE_TOKEN_MFA);
  }

  @Test
  void shouldRefuseSmsMfaForAUserWithoutAPhoneNumberAndAnUnknownUser() {
    configure("OPTIONAL", true, true);
    assertThat(message(mfa.adminSetUserMfaPreference(new MfaRequests.AdminSetUserMfaPreference(poolId(), "jane",
        new MfaRequests.FactorSettings(true, null), null, null))))
        .isEqualTo("InvalidParameterException: User does not have delivery config set to turn on SMS_MFA");
    assertThat(message(mfa.adminSetUserMfaPreference(new MfaRequests.AdminSetUserMfaPreference(poolId(), "nobody", null, null, null))))
        .isEqualTo("UserNotFoundException: User does not exist.");
  }

  @Test
  void shouldAskTheSameAfterEveryPasswordFlow() {
    configure("OPTIONAL", true, false);
    enableTotp();
    assertThat(challenge(signIn()).step()).isEqualTo(MfaStep.SOFTWARE_TOKEN_MFA);
    assertThat(challenge(service.signIns().adminInitiateAuth(new Requests.AdminInitiateAuth(poolId(), Fixtures.CLIENT_ID.value(),
        "ADMIN_USER_PASSWORD_AUTH", Map.of("USERNAME", "jane", "PASSWORD", Fixtures.PASSWORD)))).step())
        .isEqualTo(MfaStep.SOFTWARE_TOKEN_MFA);
  }
}

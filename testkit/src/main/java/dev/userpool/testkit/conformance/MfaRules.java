package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.KitPool.FINAL;
import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;
import static dev.userpool.testkit.sdk.Expect.that;

import dev.userpool.mfa.Base32;
import dev.userpool.mfa.Totp;
import dev.userpool.testkit.sdk.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * Multi-factor authentication with a software token (TOTP): the pool's MFA configuration, associating and
 * verifying a token, the user's preference, and the SOFTWARE_TOKEN_MFA challenge. The codes are computed from
 * the secret the endpoint hands out (RFC 6238) at the endpoint's own time, read from the {@code iat} claim of
 * the access token it just issued: the rules need no test control, and an endpoint whose clock was moved still
 * gets codes of its own time. A code is used for a step after the previous one, as an endpoint may refuse a
 * step twice.
 */
final class MfaRules {

  private static final String USER = KitPool.JANE;
  private static final String TOTP_PAGE = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html";

  private MfaRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    poolConfiguration(rules);
    softwareToken(rules);
    signIn(rules);
    return rules;
  }

  private static void poolConfiguration(List<ConformanceRule> rules) {
    rule(rules, "pool-config.round-trip", "SetUserPoolMfaConfig OPTIONAL with the software token enabled is what GetUserPoolMfaConfig"
        + " and DescribeUserPool return", api("SetUserPoolMfaConfig"), pool -> {
          optional(pool);
          GetUserPoolMfaConfigResponse got = pool.cognito.getUserPoolMfaConfig(b -> b.userPoolId(pool.id));
          equal("OPTIONAL", got.mfaConfigurationAsString(), "GetUserPoolMfaConfig MfaConfiguration");
          that(got.softwareTokenMfaConfiguration() != null && Boolean.TRUE.equals(got.softwareTokenMfaConfiguration().enabled()),
              "SoftwareTokenMfaConfiguration Enabled true");
          equal("OPTIONAL", pool.cognito.describeUserPool(b -> b.userPoolId(pool.id)).userPool().mfaConfigurationAsString(),
              "DescribeUserPool MfaConfiguration");
        });
    rule(rules, "pool-config.on-without-a-factor", "SetUserPoolMfaConfig ON with no factor enabled is InvalidParameterException"
        + " \"Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.\"",
        api("SetUserPoolMfaConfig"), pool -> {
          Expect.refused("InvalidParameterException", 400,
              "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.",
              () -> pool.cognito.setUserPoolMfaConfig(b -> b.userPoolId(pool.id).mfaConfiguration("ON")));
          equal("OFF", pool.cognito.getUserPoolMfaConfig(b -> b.userPoolId(pool.id)).mfaConfigurationAsString(),
              "MfaConfiguration after the refusal");
        });
    rule(rules, "pool-config.off-with-a-factor", "SetUserPoolMfaConfig OFF with the software token enabled is InvalidParameterException"
        + " \"Invalid MFA configuration given, can't turn off MFA and configure an MFA together.\"",
        api("SetUserPoolMfaConfig"),
        pool -> Expect.refused("InvalidParameterException", 400,
            "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.",
            () -> pool.cognito.setUserPoolMfaConfig(b -> b.userPoolId(pool.id).mfaConfiguration("OFF")
                .softwareTokenMfaConfiguration(t -> t.enabled(true)))));
  }

  private static void softwareToken(List<ConformanceRule> rules) {
    rule(rules, "verify-software-token.before-associate", "VerifySoftwareToken before AssociateSoftwareToken is"
        + " SoftwareTokenMFANotFoundException \"Software Token MFA does not exist for the user.\"", api("VerifySoftwareToken"), pool -> {
          String access = pool.tokens(USER, FINAL).accessToken();
          Expect.refused("SoftwareTokenMFANotFoundException", 400, "Software Token MFA does not exist for the user.",
              () -> pool.cognito.verifySoftwareToken(b -> b.accessToken(access).userCode("123456")));
        });
    rule(rules, "verify-software-token.wrong-code", "VerifySoftwareToken with a code that is not the token's is"
        + " EnableSoftwareTokenMFAException \"Code mismatch and fail enable Software Token MFA\"", api("VerifySoftwareToken"), pool -> {
          String access = pool.tokens(USER, FINAL).accessToken();
          String secret = pool.cognito.associateSoftwareToken(b -> b.accessToken(access)).secretCode();
          String wrong = wrongCode(secret, access);
          Expect.refused("EnableSoftwareTokenMFAException", 400, "Code mismatch and fail enable Software Token MFA",
              () -> pool.cognito.verifySoftwareToken(b -> b.accessToken(access).userCode(wrong)));
        });
    rule(rules, "verify-software-token.right-code", "AssociateSoftwareToken answers a base32 secret; VerifySoftwareToken with its"
        + " current RFC 6238 code answers Status SUCCESS", TOTP_PAGE, pool -> {
          String access = pool.tokens(USER, FINAL).accessToken();
          String secret = pool.cognito.associateSoftwareToken(b -> b.accessToken(access)).secretCode();
          that(secret != null && secret.matches("[A-Z2-7]+=*"), "a base32 SecretCode");
          equal("SUCCESS", pool.cognito.verifySoftwareToken(b -> b.accessToken(access).userCode(code(secret, access, 0)))
              .statusAsString(), "VerifySoftwareToken Status");
        });
    rule(rules, "set-user-mfa-preference.without-a-token", "SetUserMFAPreference enabling the software token of a user who has"
        + " none is InvalidParameterException \"User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA\"",
        api("SetUserMFAPreference"), pool -> {
          String access = pool.tokens(USER, FINAL).accessToken();
          Expect.refused("InvalidParameterException", 400, "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA",
              () -> pool.cognito.setUserMFAPreference(b -> b.accessToken(access)
                  .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true))));
        });
    rule(rules, "set-user-mfa-preference.enabled", "After a verified software token, SetUserMFAPreference enabled and preferred shows"
        + " in AdminGetUser as UserMFASettingList [SOFTWARE_TOKEN_MFA] and PreferredMfaSetting SOFTWARE_TOKEN_MFA",
        api("SetUserMFAPreference"), pool -> {
          enableTotp(pool);
          AdminGetUserResponse got = pool.cognito.adminGetUser(b -> b.userPoolId(pool.id).username(USER));
          equal(List.of("SOFTWARE_TOKEN_MFA"), got.userMFASettingList(), "UserMFASettingList");
          equal("SOFTWARE_TOKEN_MFA", got.preferredMfaSetting(), "PreferredMfaSetting");
        });
  }

  private static void signIn(List<ConformanceRule> rules) {
    rule(rules, "sign-in.software-token-challenge", "In a pool with MFA OPTIONAL, a user with the software token enabled is asked"
        + " SOFTWARE_TOKEN_MFA after the password, and the token's code answers tokens", TOTP_PAGE, pool -> {
          Enabled totp = enableTotp(pool);
          InitiateAuthResponse first = pool.signIn(USER, FINAL);
          equal("SOFTWARE_TOKEN_MFA", first.challengeNameAsString(), "ChallengeName");
          that(first.authenticationResult() == null, "no tokens with the challenge");
          RespondToAuthChallengeResponse answered = answer(pool, first.session(), code(totp.secret(), totp.access(), 1));
          that(answered.authenticationResult() != null && answered.authenticationResult().accessToken() != null, "tokens");
        });
    rule(rules, "sign-in.wrong-code", "A SOFTWARE_TOKEN_MFA answer with a wrong code is CodeMismatchException \"Invalid code or auth"
        + " state for the user.\"", decision("mfa-wrong-code"), pool -> {
          Enabled totp = enableTotp(pool);
          InitiateAuthResponse first = pool.signIn(USER, FINAL);
          equal("SOFTWARE_TOKEN_MFA", first.challengeNameAsString(), "ChallengeName");
          String wrong = wrongCode(totp.secret(), totp.access());
          Expect.refused("CodeMismatchException", 400, "Invalid code or auth state for the user.",
              () -> answer(pool, first.session(), wrong));
        });
  }

  private static void rule(List<ConformanceRule> rules, String name, String statement, String source, Consumer<KitPool> steps) {
    rules.add(new ConformanceRule("mfa." + name, Area.MFA, statement, source, target -> {
      KitPool pool = KitPool.create(target);
      pool.confirmed(USER, FINAL);
      steps.accept(pool);
    }));
  }

  private static void optional(KitPool pool) {
    pool.cognito.setUserPoolMfaConfig(b -> b.userPoolId(pool.id).mfaConfiguration("OPTIONAL")
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));
  }

  /** The user's enabled token: its secret, and the access token of the sign-in that verified it. */
  private record Enabled(String secret, String access) {}

  /**
   * Makes the pool's MFA OPTIONAL and the user's software token verified, enabled and preferred; returns the access
   * token of the sign-in that did it (its {@code iat} is the step the verifying code was of) and the secret.
   */
  private static Enabled enableTotp(KitPool pool) {
    optional(pool);
    String access = pool.tokens(USER, FINAL).accessToken();
    String secret = pool.cognito.associateSoftwareToken(b -> b.accessToken(access)).secretCode();
    equal("SUCCESS", pool.cognito.verifySoftwareToken(b -> b.accessToken(access).userCode(code(secret, access, 0))).statusAsString(),
        "VerifySoftwareToken Status");
    pool.cognito.setUserMFAPreference(b -> b.accessToken(access).softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
    return new Enabled(secret, access);
  }

  private static RespondToAuthChallengeResponse answer(KitPool pool, String session, String code) {
    return pool.cognito.respondToAuthChallenge(b -> b.clientId(pool.clientId).challengeName("SOFTWARE_TOKEN_MFA").session(session)
        .challengeResponses(Map.of("USERNAME", USER, "SOFTWARE_TOKEN_MFA_CODE", code)));
  }

  /** The code of {@code secret} for the step {@code ahead} steps after the one {@code accessToken} was issued in. */
  static String code(String secret, String accessToken, int ahead) {
    Long issued = Jwt.claims(accessToken).number("iat");
    that(issued != null, "an iat claim in the access token");
    byte[] key = Base32.decode(secret).getOrElseThrow(() -> new AssertionError("expected a base32 SecretCode"));
    return Totp.code(key, issued / Totp.STEP_SECONDS + ahead);
  }

  /** A six-digit code that is none of the codes near the endpoint's time. */
  private static String wrongCode(String secret, String accessToken) {
    List<String> near = List.of(code(secret, accessToken, -2), code(secret, accessToken, -1), code(secret, accessToken, 0),
        code(secret, accessToken, 1), code(secret, accessToken, 2), code(secret, accessToken, 3));
    for (int i = 0;; i++) {
      String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
      if (!near.contains(candidate)) {
        return candidate;
      }
    }
  }
}

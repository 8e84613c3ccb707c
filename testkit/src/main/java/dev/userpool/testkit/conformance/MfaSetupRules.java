package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.KitPool.FINAL;
import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.sdk.Expect.equal;
import static dev.userpool.testkit.sdk.Expect.that;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;

/**
 * The MFA challenges that are not a factor's code: MFA_SETUP (a pool that requires MFA, a user without a factor, who
 * sets up a software token with the challenge's session) and SELECT_MFA_TYPE (a user with two factors and no
 * preferred one). The TOTP codes are computed as {@link MfaRules} computes them, at the endpoint's time as the
 * {@code iat} of an access token it issued before MFA was required says.
 */
final class MfaSetupRules {

  private static final String USER = KitPool.JANE;
  private static final String REQUIRED_PAGE = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html";

  private MfaSetupRules() {}

  /** A pool that requires MFA by software token, its user without a factor, and an access token the user got before. */
  private record Required(KitPool pool, String earlier) {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    rule(rules, "mfa-setup.challenge", "In a pool with MFA ON by software token, a user without a factor is asked MFA_SETUP after the"
        + " password, with MFAS_CAN_SETUP [\"SOFTWARE_TOKEN_MFA\"] and no tokens", api("RespondToAuthChallenge"), r -> {
          InitiateAuthResponse first = r.pool().signIn(USER, FINAL);
          equal("MFA_SETUP", first.challengeNameAsString(), "ChallengeName");
          equal("[\"SOFTWARE_TOKEN_MFA\"]", first.challengeParameters().get("MFAS_CAN_SETUP"), "MFAS_CAN_SETUP");
          that(first.authenticationResult() == null, "no tokens with the challenge");
          that(first.session() != null, "a Session");
        });
    rule(rules, "mfa-setup.complete", "MFA_SETUP completed: AssociateSoftwareToken with the challenge's Session answers a secret and a"
        + " Session, VerifySoftwareToken with that Session and the code answers SUCCESS and a Session, RespondToAuthChallenge MFA_SETUP"
        + " with it answers tokens; the next sign-in asks SOFTWARE_TOKEN_MFA", api("AssociateSoftwareToken"), r -> {
          InitiateAuthResponse first = r.pool().signIn(USER, FINAL);
          equal("MFA_SETUP", first.challengeNameAsString(), "ChallengeName");
          AssociateSoftwareTokenResponse associated = r.pool().cognito.associateSoftwareToken(b -> b.session(first.session()));
          that(associated.secretCode() != null && associated.session() != null, "a SecretCode and a Session");
          VerifySoftwareTokenResponse verified = r.pool().cognito.verifySoftwareToken(b -> b.session(associated.session())
              .userCode(MfaRules.code(associated.secretCode(), r.earlier(), 0)));
          equal("SUCCESS", verified.statusAsString(), "VerifySoftwareToken Status");
          RespondToAuthChallengeResponse answered = r.pool().cognito.respondToAuthChallenge(b -> b.clientId(r.pool().clientId)
              .challengeName("MFA_SETUP").session(verified.session()).challengeResponses(Map.of("USERNAME", USER)));
          that(answered.authenticationResult() != null && answered.authenticationResult().accessToken() != null, "tokens");
          equal("SOFTWARE_TOKEN_MFA", r.pool().signIn(USER, FINAL).challengeNameAsString(), "the next sign-in's ChallengeName");
        });
    rule(rules, "select-mfa-type.choice", "A user with the software token and SMS enabled and neither preferred, in a pool with MFA"
        + " OPTIONAL for both, is asked SELECT_MFA_TYPE with MFAS_CAN_CHOOSE [\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]; answering"
        + " SOFTWARE_TOKEN_MFA asks SOFTWARE_TOKEN_MFA", api("RespondToAuthChallenge"), r -> {
          r.pool().cognito.setUserPoolMfaConfig(b -> b.userPoolId(r.pool().id).mfaConfiguration("OPTIONAL")
              .softwareTokenMfaConfiguration(t -> t.enabled(true))
              .smsMfaConfiguration(s -> s.smsConfiguration(c -> c.snsCallerArn("arn:aws:iam::123456789012:role/conformance-sns"))));
          r.pool().cognito.adminUpdateUserAttributes(b -> b.userPoolId(r.pool().id).username(USER)
              .userAttributes(KitPool.attribute("phone_number", "+15555550100"), KitPool.attribute("phone_number_verified", "true")));
          String secret = r.pool().cognito.associateSoftwareToken(b -> b.accessToken(r.earlier())).secretCode();
          equal("SUCCESS", r.pool().cognito.verifySoftwareToken(b -> b.accessToken(r.earlier())
              .userCode(MfaRules.code(secret, r.earlier(), 0))).statusAsString(), "VerifySoftwareToken Status");
          r.pool().cognito.adminSetUserMFAPreference(b -> b.userPoolId(r.pool().id).username(USER)
              .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(false)).smsMfaSettings(s -> s.enabled(true).preferredMfa(false)));
          InitiateAuthResponse first = r.pool().signIn(USER, FINAL);
          equal("SELECT_MFA_TYPE", first.challengeNameAsString(), "ChallengeName");
          equal("[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]", first.challengeParameters().get("MFAS_CAN_CHOOSE"), "MFAS_CAN_CHOOSE");
          RespondToAuthChallengeResponse chosen = r.pool().cognito.respondToAuthChallenge(b -> b.clientId(r.pool().clientId)
              .challengeName("SELECT_MFA_TYPE").session(first.session())
              .challengeResponses(Map.of("USERNAME", USER, "ANSWER", "SOFTWARE_TOKEN_MFA")));
          equal("SOFTWARE_TOKEN_MFA", chosen.challengeNameAsString(), "ChallengeName after the choice");
        }, false);
    return rules;
  }

  private static void rule(List<ConformanceRule> rules, String name, String statement, String source, Consumer<Required> steps) {
    rule(rules, name, statement, source, steps, true);
  }

  /** With {@code required}, the pool's MFA is ON by software token once the user has an access token; else it stays OFF. */
  private static void rule(List<ConformanceRule> rules, String name, String statement, String source, Consumer<Required> steps,
      boolean required) {
    rules.add(new ConformanceRule("mfa." + name, Area.MFA, statement, source, target -> {
      KitPool pool = KitPool.create(target);
      pool.confirmed(USER, FINAL);
      String earlier = pool.tokens(USER, FINAL).accessToken();
      if (required) {
        pool.cognito
            .setUserPoolMfaConfig(b -> b.userPoolId(pool.id).mfaConfiguration("ON").softwareTokenMfaConfiguration(t -> t.enabled(true)));
      }
      steps.accept(new Required(pool, earlier));
    }));
  }
}

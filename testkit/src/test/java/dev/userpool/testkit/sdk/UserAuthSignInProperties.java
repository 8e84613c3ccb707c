package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * USER_AUTH sign-ins with every choice a client can make (preferred factor or none, the SELECT_CHALLENGE answer, a right,
 * wrong or late password or code, a right or wrong SMS MFA code where the pool asks for one): tokens come only after a
 * right first-factor answer and, when MFA follows, a right MFA code; a code that signed in never signs in again.
 */
class UserAuthSignInProperties {

  private static final InProcessCognito COGNITO = InProcessCognito.create();
  private static final InProcessCognitoClient CLIENT = InProcessCognitoClient.of(COGNITO);
  private static final String PASSWORD = "Passw0rd!";

  enum Preferred {
    NONE, PASSWORD, EMAIL_OTP, SMS_OTP
  }

  enum Choice {
    PASSWORD, EMAIL_OTP, SMS_OTP
  }

  enum Answer {
    RIGHT, WRONG, LATE
  }

  private record Attempt(String pool, String client, boolean mfa) {}

  private static Attempt setUp(boolean mfa) {
    String pool = CLIENT.createUserPool(b -> b.poolName("p")
        .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("PASSWORD", "EMAIL_OTP", "SMS_OTP")))).userPool().id();
    String client = CLIENT.createUserPoolClient(b -> b.userPoolId(pool).clientName("c").authSessionValidity(15)
        .explicitAuthFlowsWithStrings("ALLOW_USER_AUTH")).userPoolClient().clientId();
    CLIENT.adminCreateUser(b -> b.userPoolId(pool).username("u").messageAction("SUPPRESS").userAttributes(
        attribute("email", "u@example.com"), attribute("email_verified", "true"), attribute("phone_number", "+15555550100"),
        attribute("phone_number_verified", "true")));
    CLIENT.adminSetUserPassword(b -> b.userPoolId(pool).username("u").password(PASSWORD).permanent(true));
    if (mfa) {
      CLIENT.setUserPoolMfaConfig(b -> b.userPoolId(pool).mfaConfiguration("ON").smsMfaConfiguration(s -> s.smsAuthenticationMessage(
          "{####}")));
      CLIENT.adminSetUserMFAPreference(b -> b.userPoolId(pool).username("u").smsMfaSettings(s -> s.enabled(true)));
    }
    return new Attempt(pool, client, mfa);
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private static String code(Attempt a) {
    return COGNITO.mailbox().code(a.pool(), "u").orElseThrow();
  }

  private static String answerFor(Answer answer, String right) {
    if (answer == Answer.WRONG) {
      return right.equals("000000") ? "000001" : "000000";
    }
    if (answer == Answer.LATE) {
      COGNITO.clock().advance(Duration.ofMinutes(3));
    }
    return right;
  }

  private static RespondToAuthChallengeResponse respond(Attempt a, String name, String session, Map<String, String> responses) {
    Map<String, String> all = new HashMap<>(responses);
    all.put("USERNAME", "u");
    return CLIENT.respondToAuthChallenge(b -> b.clientId(a.client()).challengeName(name).session(session).challengeResponses(all));
  }

  @Property(tries = 60)
  void tokensComeOnlyAfterARightFirstFactorAndARightMfaCode(@ForAll boolean mfa, @ForAll Preferred preferred, @ForAll Choice choice,
      @ForAll Answer first, @ForAll Answer second) {
    Attempt a = setUp(mfa);
    // A password does not expire: a late one is still right; a late code is not.
    boolean passwordFirst = preferred == Preferred.PASSWORD || preferred == Preferred.NONE && choice == Choice.PASSWORD;
    boolean firstRight = first == Answer.RIGHT || passwordFirst && first == Answer.LATE;
    boolean passwordless = false;
    try {
      Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", "u"));
      if (preferred != Preferred.NONE) {
        parameters.put("PREFERRED_CHALLENGE", preferred.name());
      }
      if (preferred == Preferred.PASSWORD) {
        parameters.put("PASSWORD", answerFor(first, PASSWORD));
      }
      InitiateAuthResponse started = CLIENT.initiateAuth(b -> b.clientId(a.client()).authFlow("USER_AUTH").authParameters(parameters));
      String name = started.challengeNameAsString();
      String session = started.session();
      RespondToAuthChallengeResponse next = null;
      if (started.authenticationResult() != null) {
        assertThat(firstRight && !mfa).as("tokens straight from InitiateAuth").isTrue();
        return;
      }
      if ("SELECT_CHALLENGE".equals(name)) {
        assertThat(started.availableChallengesAsStrings()).containsExactly("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP");
        next = choice == Choice.PASSWORD
            ? respond(a, name, session, Map.of("ANSWER", "PASSWORD", "PASSWORD", answerFor(first, PASSWORD)))
            : respond(a, name, session, Map.of("ANSWER", choice.name()));
        name = next.challengeNameAsString();
        session = next.session();
      }
      if ("EMAIL_OTP".equals(name) || "SMS_OTP".equals(name)) {
        passwordless = true;
        next = respond(a, name, session, Map.of(name + "_CODE", answerFor(first, code(a))));
        String used = code(a);
        if (next.authenticationResult() != null) {
          String usedName = name;
          String usedSession = session;
          assertThatThrownBy(() -> respond(a, usedName, usedSession, Map.of(usedName + "_CODE", used)))
              .isInstanceOf(CognitoIdentityProviderException.class);
        }
      }
      if (next != null && next.authenticationResult() != null) {
        assertThat(firstRight && (passwordless || !mfa)).as("tokens after the first factor").isTrue();
        return;
      }
      if (next != null && "SMS_MFA".equals(next.challengeNameAsString())) {
        assertThat(firstRight && mfa && !passwordless).as("MFA only after a right password").isTrue();
        RespondToAuthChallengeResponse last = respond(a, "SMS_MFA", next.session(), Map.of("SMS_MFA_CODE", answerFor(second, code(a))));
        assertThat(last.authenticationResult() != null).isEqualTo(second == Answer.RIGHT);
      }
    } catch (CognitoIdentityProviderException refused) {
      assertThat(refused.statusCode()).isEqualTo(400);
    }
  }
}

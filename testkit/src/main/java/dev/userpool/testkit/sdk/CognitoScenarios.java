package dev.userpool.testkit.sdk;

import static dev.userpool.testkit.sdk.Expect.equal;
import static dev.userpool.testkit.sdk.Expect.refused;
import static dev.userpool.testkit.sdk.Expect.that;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.ClientSecret;
import dev.userpool.testkit.inprocess.Mailbox;
import dev.userpool.testkit.inprocess.TimeTravel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordHistoryPolicyViolationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * Cognito's user-pool rules as executable scenarios that any Cognito fake can run: each is written only
 * against the SDK's {@link CognitoIdentityProviderClient}, plus the fake's {@link TimeTravel} and
 * {@link Mailbox} hooks, and asserts one rule with Cognito's exact error code, HTTP status and message.
 * A scenario creates its own pool and users, so a fresh fake per scenario is best but not required
 * (time travel moves the whole fake's clock).
 *
 * <p>Run them from any test framework; a failure is an {@link AssertionError}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> cognitoRules() {
 *   return CognitoScenarios.all().stream()
 *       .map(s -> DynamicTest.dynamicTest(s.name(), () -> s.runAgainst(ScenarioTarget.local())));
 * }
 * }</pre>
 *
 * <p>Where AWS publishes no wording (the password-history message) the expected message is this
 * library's documented decision, listed in {@code docs/generated/decisions.md}.
 */
public final class CognitoScenarios {

  /**
   * One rule, runnable against a fake.
   *
   * @param name a short identifier, for example {@code disabledUsersNeverSignIn}
   * @param rule the rule in words
   * @param steps the calls and assertions
   */
  public record Scenario(String name, String rule, Consumer<ScenarioTarget> steps) {
    /**
     * @throws NullPointerException if a component is null
     */
    public Scenario {
      Objects.requireNonNull(name, "name is null");
      Objects.requireNonNull(rule, "rule is null");
      Objects.requireNonNull(steps, "steps is null");
    }

    /**
     * Runs the scenario.
     *
     * @throws AssertionError if the fake breaks the rule
     */
    public void runAgainst(ScenarioTarget fake) {
      steps.accept(Objects.requireNonNull(fake, "fake is null"));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  // Passwords the scenarios use; every one satisfies Cognito's default policy unless its name says otherwise.
  private static final String TEMPORARY = "Temp-Passw0rd!";
  private static final String FINAL = "Final-Passw0rd!";
  private static final String OTHER = "Other-Passw0rd!";
  private static final String WRONG = "Wrong-Passw0rd!";
  private static final String TOO_SHORT = "Sh0rt!";
  private static final String WITHOUT_NUMBERS = "No-Numbers-Here!";
  private static final String WITHOUT_UPPERCASE = "no-uppercase-1!";

  private static final String INCORRECT = "Incorrect username or password.";
  private static final String DISABLED = "User is disabled.";

  private CognitoScenarios() {}

  /** Every scenario, in a stable order. */
  public static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    adminSetUserPassword(all);
    passwordPolicyAndHistory(all);
    newPasswordChallenge(all);
    temporaryPasswords(all);
    disabledUsers(all);
    findingUsers(all);
    signInOrder(all);
    resets(all);
    tokens(all);
    misc(all);
    return List.copyOf(all);
  }

  /**
   * The scenario called {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static Scenario named(String name) {
    return all().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
  }

  // -- AdminSetUserPassword from every status

  private static void adminSetUserPassword(List<Scenario> all) {
    all.add(new Scenario("permanentPasswordConfirmsAnInvitedUser",
        "AdminSetUserPassword Permanent=true makes a FORCE_CHANGE_PASSWORD user CONFIRMED, and the password signs in", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          pool.setPassword("jane", FINAL, true);
          equal("CONFIRMED", pool.status("jane"), "status");
          pool.tokens("jane", FINAL);
        }));
    all.add(new Scenario("permanentPasswordConfirmsAnUnconfirmedUser",
        "AdminSetUserPassword Permanent=true makes an UNCONFIRMED user CONFIRMED", fake -> {
          Pool pool = Pool.create(fake);
          pool.signUp("jane", FINAL);
          pool.setPassword("jane", OTHER, true);
          equal("CONFIRMED", pool.status("jane"), "status");
          pool.tokens("jane", OTHER);
        }));
    all.add(new Scenario("permanentPasswordReplacesAConfirmedUsersPassword",
        "AdminSetUserPassword Permanent=true on a CONFIRMED user keeps it CONFIRMED; only the new password signs in", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          pool.setPassword("jane", OTHER, true);
          equal("CONFIRMED", pool.status("jane"), "status");
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.signIn("jane", FINAL));
          pool.tokens("jane", OTHER);
        }));
    all.add(new Scenario("temporaryPasswordForcesAConfirmedUserToChangeIt",
        "AdminSetUserPassword Permanent=false makes a CONFIRMED user FORCE_CHANGE_PASSWORD, and sign-in asks for a new password", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          pool.setPassword("jane", TEMPORARY, false);
          equal("FORCE_CHANGE_PASSWORD", pool.status("jane"), "status");
          equal("NEW_PASSWORD_REQUIRED", pool.signIn("jane", TEMPORARY).challengeNameAsString(), "challenge");
        }));
    all.add(new Scenario("temporaryPasswordForcesAnUnconfirmedUserToChangeIt",
        "AdminSetUserPassword Permanent=false makes an UNCONFIRMED user FORCE_CHANGE_PASSWORD", fake -> {
          Pool pool = Pool.create(fake);
          pool.signUp("jane", FINAL);
          pool.setPassword("jane", TEMPORARY, false);
          equal("FORCE_CHANGE_PASSWORD", pool.status("jane"), "status");
          equal("NEW_PASSWORD_REQUIRED", pool.signIn("jane", TEMPORARY).challengeNameAsString(), "challenge");
        }));
    all.add(new Scenario("temporaryPasswordReplacesATemporaryPassword",
        "AdminSetUserPassword Permanent=false on a FORCE_CHANGE_PASSWORD user keeps the status; the old temporary password stops working",
        fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          pool.setPassword("jane", OTHER, false);
          equal("FORCE_CHANGE_PASSWORD", pool.status("jane"), "status");
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.signIn("jane", TEMPORARY));
          equal("NEW_PASSWORD_REQUIRED", pool.signIn("jane", OTHER).challengeNameAsString(), "challenge");
        }));
  }

  // -- the password policy and history

  private static void passwordPolicyAndHistory(List<Scenario> all) {
    all.add(new Scenario("adminSetUserPasswordEnforcesThePolicy",
        "AdminSetUserPassword refuses a password that breaks the policy and changes nothing", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          refused(InvalidPasswordException.class, "Password does not conform to policy: Password not long enough",
              () -> pool.setPassword("jane", TOO_SHORT, true));
          equal("CONFIRMED", pool.status("jane"), "status");
          pool.tokens("jane", FINAL);
        }));
    all.add(new Scenario("adminCreateUserEnforcesThePolicyOnTheTemporaryPassword",
        "AdminCreateUser refuses a TemporaryPassword that breaks the policy, and creates no user", fake -> {
          Pool pool = Pool.create(fake);
          refused(InvalidPasswordException.class,
              "Password did not conform with password policy: Password must have numeric characters",
              () -> pool.invite("jane", WITHOUT_NUMBERS));
          refused(UserNotFoundException.class, "User does not exist.", () -> pool.status("jane"));
        }));
    all.add(new Scenario("generatedTemporaryPasswordsSatisfyThePolicy",
        "AdminCreateUser without TemporaryPassword sends one that satisfies the pool's policy", fake -> {
          Pool pool = Pool.create(fake, p -> p.policies(b -> b.passwordPolicy(policy(16, 0))), c -> {});
          pool.cognito.adminCreateUser(b -> b.userPoolId(pool.id).username("jane")
              .userAttributes(attribute("email", "jane@example.com"), attribute("email_verified", "true")));
          String sent = fake.mailbox().temporaryPassword(pool.id, "jane")
              .orElseThrow(() -> new AssertionError("expected an invitation with a temporary password for jane"));
          equal("NEW_PASSWORD_REQUIRED", pool.signIn("jane", sent).challengeNameAsString(), "challenge");
        }));
    all.add(new Scenario("signUpEnforcesThePolicy",
        "SignUp refuses a password that breaks the policy, in SignUp's wording", fake -> {
          Pool pool = Pool.create(fake);
          refused(InvalidPasswordException.class, "Password did not conform with policy: Password must have uppercase characters",
              () -> pool.signUp("jane", WITHOUT_UPPERCASE));
        }));
    all.add(new Scenario("adminSetUserPasswordRefusesARecentPassword",
        "With PasswordHistorySize, AdminSetUserPassword refuses the current or a recent password", fake -> {
          Pool pool = Pool.create(fake, p -> p.policies(b -> b.passwordPolicy(policy(8, 3))), c -> {});
          pool.confirmed("jane", FINAL);
          pool.setPassword("jane", OTHER, true);
          refused(PasswordHistoryPolicyViolationException.class, HISTORY, () -> pool.setPassword("jane", FINAL, true));
          pool.tokens("jane", OTHER);
        }));
    all.add(new Scenario("changePasswordRefusesARecentPassword",
        "With PasswordHistorySize, ChangePassword refuses a recent password", fake -> {
          Pool pool = Pool.create(fake, p -> p.policies(b -> b.passwordPolicy(policy(8, 3))), c -> {});
          pool.confirmed("jane", FINAL);
          String accessToken = pool.tokens("jane", FINAL).accessToken();
          refused(PasswordHistoryPolicyViolationException.class, HISTORY,
              () -> pool.cognito.changePassword(b -> b.accessToken(accessToken).previousPassword(FINAL).proposedPassword(FINAL)));
        }));
    all.add(new Scenario("malformedPasswordsAreParameterErrors",
        "A password with leading or trailing whitespace fails request validation, its value never shown", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          refused(InvalidParameterException.class, "1 validation error detected: Value at 'password' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$", () -> pool.setPassword("jane", " " + OTHER, true));
        }));
  }

  private static final String HISTORY = "The password was used recently. Choose a password that you haven't used before.";

  // -- NEW_PASSWORD_REQUIRED

  private static void newPasswordChallenge(List<Scenario> all) {
    all.add(new Scenario("newPasswordRequiredOnlyAfterThePasswordIsChecked",
        "A FORCE_CHANGE_PASSWORD user with a wrong password gets Incorrect username or password., never the challenge", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.signIn("jane", WRONG));
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.adminSignIn("jane", WRONG));
        }));
    all.add(new Scenario("newPasswordRequiredComesWithoutTokens",
        "NEW_PASSWORD_REQUIRED has a Session, no tokens, and ChallengeParameters USER_ID_FOR_SRP, requiredAttributes and userAttributes"
            + " (JSON, without sub)",
        fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY, attribute("email", "jane@example.com"), attribute("email_verified", "true"));
          InitiateAuthResponse challenge = pool.signIn("jane", TEMPORARY);
          equal("NEW_PASSWORD_REQUIRED", challenge.challengeNameAsString(), "challenge");
          that(challenge.authenticationResult() == null, "no AuthenticationResult with a challenge");
          that(challenge.session() != null && challenge.session().length() >= 20, "a Session of at least 20 characters");
          Map<String, String> parameters = challenge.challengeParameters();
          equal(Set.of("USER_ID_FOR_SRP", "requiredAttributes", "userAttributes"), parameters.keySet(), "ChallengeParameters keys");
          equal("jane", parameters.get("USER_ID_FOR_SRP"), "USER_ID_FOR_SRP");
          equal("[]", parameters.get("requiredAttributes"), "requiredAttributes");
          String userAttributes = parameters.get("userAttributes");
          that(userAttributes.startsWith("{") && userAttributes.endsWith("}"), "userAttributes is a JSON object");
          that(userAttributes.contains("\"email\":\"jane@example.com\""), "userAttributes holds the email");
          that(userAttributes.contains("\"email_verified\":\"true\""), "userAttributes holds email_verified as a string");
          that(!userAttributes.contains("\"sub\""), "userAttributes leaves out sub");
        }));
    all.add(new Scenario("srpSignInYieldsTokens",
        "USER_SRP_AUTH answers PASSWORD_VERIFIER (SALT, SRP_B, SECRET_BLOCK, USER_ID_FOR_SRP, USERNAME); the proof yields tokens",
        fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          SrpClient srp = SrpClient.start(pool.id);
          InitiateAuthResponse challenge = pool.srpStart("jane", srp);
          equal("PASSWORD_VERIFIER", challenge.challengeNameAsString(), "challenge");
          that(challenge.authenticationResult() == null, "no tokens before the proof");
          for (String name : List.of("SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME")) {
            that(challenge.challengeParameters().containsKey(name), "the challenge names " + name);
          }
          equal("jane", challenge.challengeParameters().get("USER_ID_FOR_SRP"), "USER_ID_FOR_SRP");
          RespondToAuthChallengeResponse answered = pool.srpAnswer(challenge, srp, FINAL);
          that(answered.challengeName() == null, "no further challenge");
          requireTokens(answered.authenticationResult(), true);
          AdminInitiateAuthResponse admin = pool.cognito.adminInitiateAuth(b -> b.userPoolId(pool.id).clientId(pool.clientId)
              .authFlow("USER_SRP_AUTH").authParameters(Map.of("USERNAME", "jane", "SRP_A", SrpClient.start(pool.id).srpA())));
          equal("PASSWORD_VERIFIER", admin.challengeNameAsString(), "AdminInitiateAuth's challenge");
        }));
    all.add(new Scenario("srpRefusesAWrongPasswordAsThePasswordFlowDoes",
        "A PASSWORD_VERIFIER proof made with a wrong password gets Incorrect username or password.; an unknown user is refused "
            + "at InitiateAuth; a mangled SRP_A is an InvalidParameterException",
        fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          SrpClient srp = SrpClient.start(pool.id);
          InitiateAuthResponse challenge = pool.srpStart("jane", srp);
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.srpAnswer(challenge, srp, WRONG));
          refused(UserNotFoundException.class, "User does not exist.", () -> pool.srpStart("nobody", SrpClient.start(pool.id)));
          refused(InvalidParameterException.class, "Invalid SRP_A value.", () -> pool.cognito.initiateAuth(b -> b.clientId(pool.clientId)
              .authFlow("USER_SRP_AUTH").authParameters(Map.of("USERNAME", "jane", "SRP_A", "0"))));
        }));
    all.add(new Scenario("srpLeadsToNewPasswordRequiredInTheSameChain",
        "USER_SRP_AUTH for a FORCE_CHANGE_PASSWORD user: the proof yields NEW_PASSWORD_REQUIRED, whose answer yields tokens",
        fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          SrpClient srp = SrpClient.start(pool.id);
          RespondToAuthChallengeResponse proved = pool.srpAnswer(pool.srpStart("jane", srp), srp, TEMPORARY);
          equal("NEW_PASSWORD_REQUIRED", proved.challengeNameAsString(), "challenge after the proof");
          RespondToAuthChallengeResponse answered = pool.answer("jane", proved.session(), FINAL);
          requireTokens(answered.authenticationResult(), true);
          equal("CONFIRMED", pool.status("jane"), "status");
        }));
    all.add(new Scenario("fiveWrongPasswordsLockTheUserOut",
        "After five wrong passwords a sign-in gets Password attempts exceeded, even with the right password, until the "
            + "lockout (1 s, then doubling) has passed",
        fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          for (int i = 0; i < 5; i++) {
            refused(NotAuthorizedException.class, INCORRECT, () -> pool.signIn("jane", WRONG));
          }
          refused(NotAuthorizedException.class, "Password attempts exceeded", () -> pool.signIn("jane", FINAL));
          SrpClient srp = SrpClient.start(pool.id);
          InitiateAuthResponse challenge = pool.srpStart("jane", srp);
          refused(NotAuthorizedException.class, "Password attempts exceeded", () -> pool.srpAnswer(challenge, srp, FINAL));
          fake.timeTravel().advance(Duration.ofSeconds(1));
          pool.tokens("jane", FINAL);
        }));
    all.add(new Scenario("aClientWithASecretNeedsTheSecretHash",
        "GenerateSecret gives the client a ClientSecret; every call naming it must carry SECRET_HASH = Base64(HMAC-SHA256("
            + "secret, username + client id)), else NotAuthorizedException",
        fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          UserPoolClientType server = pool.cognito.createUserPoolClient(b -> b.userPoolId(pool.id).clientName("server")
              .generateSecret(true).explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"))
              .userPoolClient();
          that(server.clientSecret() != null && !server.clientSecret().isEmpty(), "CreateUserPoolClient shows the secret");
          equal(server.clientSecret(), pool.cognito.describeUserPoolClient(b -> b.userPoolId(pool.id)
              .clientId(server.clientId())).userPoolClient().clientSecret(), "DescribeUserPoolClient's secret");
          String id = server.clientId();
          String hash = ClientSecret.of(server.clientSecret()).secretHash("jane", new ClientId(id));
          refused(NotAuthorizedException.class, "Client " + id + " is configured for secret but secret was not received",
              () -> pool.cognito.initiateAuth(b -> b.clientId(id).authFlow("USER_PASSWORD_AUTH")
                  .authParameters(Map.of("USERNAME", "jane", "PASSWORD", FINAL))));
          refused(NotAuthorizedException.class, "Unable to verify secret hash for client " + id,
              () -> pool.cognito.initiateAuth(b -> b.clientId(id).authFlow("USER_PASSWORD_AUTH")
                  .authParameters(Map.of("USERNAME", "jane", "PASSWORD", FINAL, "SECRET_HASH", hash + "x"))));
          requireTokens(pool.cognito.initiateAuth(b -> b.clientId(id).authFlow("USER_PASSWORD_AUTH")
              .authParameters(Map.of("USERNAME", "jane", "PASSWORD", FINAL, "SECRET_HASH", hash))).authenticationResult(), true);
          refused(NotAuthorizedException.class, "Client " + id + " is configured for secret but secret was not received",
              () -> pool.cognito.signUp(b -> b.clientId(id).username("john").password(FINAL)));
          pool.cognito.signUp(b -> b.clientId(id).username("john").password(FINAL)
              .secretHash(ClientSecret.of(server.clientSecret()).secretHash("john", new ClientId(id))));
          refused(NotAuthorizedException.class, "Unable to verify secret hash for client " + id,
              () -> pool.cognito.forgotPassword(b -> b.clientId(id).username("jane").secretHash(hash + "x")));
        }));
    all.add(new Scenario("answeringNewPasswordRequiredConfirmsTheUser",
        "Answering NEW_PASSWORD_REQUIRED with a good password returns tokens and makes the user CONFIRMED", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          RespondToAuthChallengeResponse answered = pool.answer("jane", pool.signIn("jane", TEMPORARY).session(), FINAL);
          that(answered.challengeName() == null, "no further challenge");
          requireTokens(answered.authenticationResult(), true);
          equal("CONFIRMED", pool.status("jane"), "status");
          pool.tokens("jane", FINAL);
        }));
    all.add(new Scenario("theNewPasswordIsCheckedAgainstThePolicy",
        "The NEW_PASSWORD of the challenge must satisfy the policy", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          String session = pool.signIn("jane", TEMPORARY).session();
          refused(InvalidPasswordException.class, "Password does not conform to policy: Password not long enough",
              () -> pool.answer("jane", session, TOO_SHORT));
          equal("FORCE_CHANGE_PASSWORD", pool.status("jane"), "status");
        }));
    all.add(new Scenario("aChallengeSessionAnswersOnce",
        "A NEW_PASSWORD_REQUIRED session can be used once", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          String session = pool.signIn("jane", TEMPORARY).session();
          pool.answer("jane", session, FINAL);
          refused(NotAuthorizedException.class, "Invalid session for the user, session can only be used once.",
              () -> pool.answer("jane", session, OTHER));
        }));
    all.add(new Scenario("aChallengeSessionExpires",
        "A NEW_PASSWORD_REQUIRED session expires after the client's AuthSessionValidity (3 minutes by default)", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          String session = pool.signIn("jane", TEMPORARY).session();
          fake.timeTravel().advance(Duration.ofMinutes(3).plusSeconds(1));
          refused(NotAuthorizedException.class, "Invalid session for the user, session is expired.",
              () -> pool.answer("jane", session, FINAL));
        }));
  }

  // -- temporary passwords

  private static void temporaryPasswords(List<Scenario> all) {
    all.add(new Scenario("aTemporaryPasswordExpires",
        "A temporary password older than TemporaryPasswordValidityDays (7 by default) no longer signs in", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          fake.timeTravel().advance(Duration.ofDays(7).plusSeconds(1));
          refused(NotAuthorizedException.class, "Temporary password has expired and must be reset by an administrator.",
              () -> pool.signIn("jane", TEMPORARY));
        }));
    all.add(new Scenario("aTemporaryPasswordIsValidUntilItExpires",
        "A temporary password still signs in (with the challenge) just before TemporaryPasswordValidityDays", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          fake.timeTravel().advance(Duration.ofDays(7).minusMinutes(1));
          equal("NEW_PASSWORD_REQUIRED", pool.signIn("jane", TEMPORARY).challengeNameAsString(), "challenge");
        }));
    all.add(new Scenario("anAdministratorRenewsAnExpiredTemporaryPassword",
        "After a temporary password expired, AdminSetUserPassword Permanent=false gives a new one with a fresh validity", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          fake.timeTravel().advance(Duration.ofDays(8));
          pool.setPassword("jane", OTHER, false);
          equal("NEW_PASSWORD_REQUIRED", pool.signIn("jane", OTHER).challengeNameAsString(), "challenge");
        }));
    all.add(new Scenario("aTemporaryPasswordSignsInOnlyUntilItIsReplaced",
        "Once the challenge is answered, the temporary password no longer signs in", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          pool.answer("jane", pool.signIn("jane", TEMPORARY).session(), FINAL);
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.signIn("jane", TEMPORARY));
        }));
  }

  // -- the Enabled flag

  private static void disabledUsers(List<Scenario> all) {
    all.add(new Scenario("disabledUsersNeverSignIn",
        "A disabled user cannot sign in, even with the right password", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          pool.disable("jane");
          refused(NotAuthorizedException.class, DISABLED, () -> pool.signIn("jane", FINAL));
          refused(NotAuthorizedException.class, DISABLED, () -> pool.adminSignIn("jane", FINAL));
        }));
    all.add(new Scenario("disabledIsReportedBeforeThePassword",
        "A disabled user with a wrong password is told User is disabled.", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          pool.disable("jane");
          refused(NotAuthorizedException.class, DISABLED, () -> pool.signIn("jane", WRONG));
        }));
    all.add(new Scenario("disabledInvitedUsersGetNoChallenge",
        "A disabled FORCE_CHANGE_PASSWORD user gets no NEW_PASSWORD_REQUIRED challenge", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          pool.disable("jane");
          refused(NotAuthorizedException.class, DISABLED, () -> pool.signIn("jane", TEMPORARY));
        }));
    all.add(new Scenario("enabledUsersSignInAgain",
        "AdminEnableUser lets a disabled user sign in again, status unchanged", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          pool.disable("jane");
          pool.cognito.adminEnableUser(b -> b.userPoolId(pool.id).username("jane"));
          equal("CONFIRMED", pool.status("jane"), "status");
          pool.tokens("jane", FINAL);
        }));
    all.add(new Scenario("adminSetUserPasswordWorksOnADisabledUser",
        "AdminSetUserPassword works on a disabled user, who still cannot sign in", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          pool.disable("jane");
          pool.setPassword("jane", OTHER, true);
          refused(NotAuthorizedException.class, DISABLED, () -> pool.signIn("jane", OTHER));
        }));
  }

  // -- finding the user

  private static void findingUsers(List<Scenario> all) {
    all.add(new Scenario("subIsAcceptedAsUsername",
        "The user's sub works wherever a Username is asked for", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          String sub = pool.cognito.adminGetUser(b -> b.userPoolId(pool.id).username("jane")).userAttributes().stream()
              .filter(a -> a.name().equals("sub")).findFirst().map(AttributeType::value)
              .orElseThrow(() -> new AssertionError("expected a sub attribute"));
          equal("jane", pool.cognito.adminGetUser(b -> b.userPoolId(pool.id).username(sub)).username(), "username found by sub");
          pool.tokens(sub, FINAL);
        }));
    all.add(new Scenario("aVerifiedAliasIsAcceptedAsUsername",
        "In a pool with AliasAttributes email, a verified email signs in as the username", fake -> {
          Pool pool = Pool.create(fake, p -> p.aliasAttributesWithStrings("email"), c -> {});
          pool.confirmed("jane", FINAL, attribute("email", "jane@example.com"), attribute("email_verified", "true"));
          pool.tokens("jane@example.com", FINAL);
        }));
    all.add(new Scenario("anUnverifiedAliasIsNotAUsername",
        "An email alias that is not verified does not find the user", fake -> {
          Pool pool = Pool.create(fake, p -> p.aliasAttributesWithStrings("email"), c -> {});
          pool.confirmed("jane", FINAL, attribute("email", "jane@example.com"), attribute("email_verified", "false"));
          refused(UserNotFoundException.class, "User does not exist.", () -> pool.signIn("jane@example.com", FINAL));
        }));
    all.add(new Scenario("unknownUsersAreReportedByDefault",
        "With PreventUserExistenceErrors LEGACY (the API's default), an unknown user is UserNotFoundException", fake -> {
          Pool pool = Pool.create(fake);
          refused(UserNotFoundException.class, "User does not exist.", () -> pool.signIn("nobody", FINAL));
        }));
    all.add(new Scenario("preventUserExistenceErrorsHidesUnknownUsers",
        "With PreventUserExistenceErrors ENABLED, an unknown user gets Incorrect username or password.", fake -> {
          Pool pool = Pool.create(fake, p -> {}, c -> c.preventUserExistenceErrors("ENABLED"));
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.signIn("nobody", FINAL));
        }));
    all.add(new Scenario("preventUserExistenceErrorsSimulatesAPasswordReset",
        "With PreventUserExistenceErrors ENABLED, ForgotPassword for an unknown user answers as if a code was sent", fake -> {
          Pool pool = Pool.create(fake, p -> {}, c -> c.preventUserExistenceErrors("ENABLED"));
          ForgotPasswordResponse response = pool.cognito.forgotPassword(b -> b.clientId(pool.clientId).username("nobody@example.com"));
          that(response.codeDeliveryDetails() != null && response.codeDeliveryDetails().destination() != null,
              "simulated CodeDeliveryDetails");
        }));
  }

  // -- sign-in order

  private static void signInOrder(List<Scenario> all) {
    all.add(new Scenario("unconfirmedIsReportedBeforeThePassword",
        "An UNCONFIRMED user is told User is not confirmed. whatever the password", fake -> {
          Pool pool = Pool.create(fake);
          pool.signUp("jane", FINAL);
          refused(UserNotConfirmedException.class, "User is not confirmed.", () -> pool.signIn("jane", FINAL));
          refused(UserNotConfirmedException.class, "User is not confirmed.", () -> pool.signIn("jane", WRONG));
        }));
    all.add(new Scenario("aWrongPasswordIsNotAuthorized",
        "A CONFIRMED user with a wrong password gets NotAuthorizedException", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.signIn("jane", WRONG));
        }));
    all.add(new Scenario("userPasswordAuthMustBeEnabled",
        "USER_PASSWORD_AUTH is refused by a client that does not allow it (the API's default flows do not)", fake -> {
          Pool pool = Pool.create(fake, p -> {}, c -> c.explicitAuthFlowsWithStrings("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"));
          pool.confirmed("jane", FINAL);
          refused(InvalidParameterException.class, "USER_PASSWORD_AUTH flow not enabled for this client", () -> pool.signIn("jane", FINAL));
        }));
  }

  // -- resets

  private static void resets(List<Scenario> all) {
    all.add(new Scenario("adminResetUserPasswordRequiresAReset",
        "After AdminResetUserPassword the user is RESET_REQUIRED, cannot sign in, and resets with the code sent", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL, attribute("email", "jane@example.com"), attribute("email_verified", "true"));
          pool.cognito.adminResetUserPassword(b -> b.userPoolId(pool.id).username("jane"));
          equal("RESET_REQUIRED", pool.status("jane"), "status");
          refused(PasswordResetRequiredException.class, "Password reset required for the user", () -> pool.signIn("jane", FINAL));
          String code = pool.code("jane");
          pool.cognito.confirmForgotPassword(b -> b.clientId(pool.clientId).username("jane").confirmationCode(code).password(OTHER));
          equal("CONFIRMED", pool.status("jane"), "status");
          pool.tokens("jane", OTHER);
        }));
    all.add(new Scenario("forgotPasswordResetsWithTheRightCodeOnly",
        "ConfirmForgotPassword refuses a wrong code and sets the password with the right one", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL, attribute("email", "jane@example.com"), attribute("email_verified", "true"));
          pool.cognito.forgotPassword(b -> b.clientId(pool.clientId).username("jane"));
          String code = pool.code("jane");
          String wrong = code.equals("000000") ? "111111" : "000000";
          refused(CodeMismatchException.class, "Invalid verification code provided, please try again.",
              () -> pool.cognito
                  .confirmForgotPassword(b -> b.clientId(pool.clientId).username("jane").confirmationCode(wrong).password(OTHER)));
          pool.cognito.confirmForgotPassword(b -> b.clientId(pool.clientId).username("jane").confirmationCode(code).password(OTHER));
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.signIn("jane", FINAL));
          pool.tokens("jane", OTHER);
        }));
  }

  // -- tokens

  private static void tokens(List<Scenario> all) {
    all.add(new Scenario("changePasswordReplacesThePassword",
        "ChangePassword with the access token and the previous password sets the proposed one", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          String accessToken = pool.tokens("jane", FINAL).accessToken();
          pool.cognito.changePassword(b -> b.accessToken(accessToken).previousPassword(FINAL).proposedPassword(OTHER));
          refused(NotAuthorizedException.class, INCORRECT, () -> pool.signIn("jane", FINAL));
          pool.tokens("jane", OTHER);
        }));
    all.add(new Scenario("changePasswordChecksThePreviousPassword",
        "ChangePassword with a wrong previous password is Incorrect username or password.", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          String accessToken = pool.tokens("jane", FINAL).accessToken();
          refused(NotAuthorizedException.class, INCORRECT,
              () -> pool.cognito.changePassword(b -> b.accessToken(accessToken).previousPassword(WRONG).proposedPassword(OTHER)));
        }));
    all.add(new Scenario("changePasswordNeedsAnIssuedAccessToken",
        "ChangePassword with a token the service never issued, or an ID token, is Invalid Access Token", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          String idToken = pool.tokens("jane", FINAL).idToken();
          refused(NotAuthorizedException.class, "Invalid Access Token",
              () -> pool.cognito.changePassword(b -> b.accessToken("not-a-token").previousPassword(FINAL).proposedPassword(OTHER)));
          refused(NotAuthorizedException.class, "Invalid Access Token",
              () -> pool.cognito.changePassword(b -> b.accessToken(idToken).previousPassword(FINAL).proposedPassword(OTHER)));
        }));
    all.add(new Scenario("accessTokensExpireAfterAnHour",
        "An access token is refused once its hour is up", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          String accessToken = pool.tokens("jane", FINAL).accessToken();
          fake.timeTravel().advance(Duration.ofHours(1).plusSeconds(1));
          refused(NotAuthorizedException.class, "Access Token has expired", () -> pool.cognito.getUser(b -> b.accessToken(accessToken)));
        }));
    all.add(new Scenario("globalSignOutRevokesTokens",
        "After GlobalSignOut the access token is revoked", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          String accessToken = pool.tokens("jane", FINAL).accessToken();
          pool.cognito.globalSignOut(b -> b.accessToken(accessToken));
          refused(NotAuthorizedException.class, "Access Token has been revoked",
              () -> pool.cognito.getUser(b -> b.accessToken(accessToken)));
        }));
    all.add(new Scenario("disablingAUserRevokesItsTokens",
        "AdminDisableUser revokes the user's access and refresh tokens", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          AuthenticationResultType tokens = pool.tokens("jane", FINAL);
          pool.disable("jane");
          refused(NotAuthorizedException.class, "Access Token has been revoked",
              () -> pool.cognito.getUser(b -> b.accessToken(tokens.accessToken())));
          refused(NotAuthorizedException.class, "Refresh Token has been revoked", () -> pool.refresh(tokens.refreshToken()));
        }));
    all.add(new Scenario("aRefreshTokenRenewsAccessAndIdTokens",
        "REFRESH_TOKEN_AUTH returns new access and ID tokens and no new refresh token", fake -> {
          Pool pool = Pool.create(fake);
          pool.confirmed("jane", FINAL);
          AuthenticationResultType first = pool.tokens("jane", FINAL);
          AuthenticationResultType renewed = pool.refresh(first.refreshToken()).authenticationResult();
          requireTokens(renewed, false);
          equal("jane", pool.cognito.getUser(b -> b.accessToken(renewed.accessToken())).username(), "GetUser with the renewed token");
        }));
  }

  // -- everything else

  private static void misc(List<Scenario> all) {
    all.add(new Scenario("usernamesAreUnique",
        "A taken username is refused, in each operation's wording", fake -> {
          Pool pool = Pool.create(fake);
          pool.invite("jane", TEMPORARY);
          refused(UsernameExistsException.class, "User account already exists", () -> pool.invite("jane", TEMPORARY));
          refused(UsernameExistsException.class, "User already exists", () -> pool.signUp("jane", FINAL));
        }));
    all.add(new Scenario("onlyUnconfirmedUsersAreConfirmed",
        "ConfirmSignUp for a CONFIRMED user is refused before the code is looked at", fake -> {
          Pool pool = Pool.create(fake);
          pool.signUp("jane", FINAL);
          pool.cognito.adminConfirmSignUp(b -> b.userPoolId(pool.id).username("jane"));
          refused(NotAuthorizedException.class, "User cannot be confirmed. Current status is CONFIRMED",
              () -> pool.cognito.confirmSignUp(b -> b.clientId(pool.clientId).username("jane").confirmationCode("123456")));
        }));
    all.add(new Scenario("unknownPoolsAreResourceNotFound",
        "An unknown user pool is ResourceNotFoundException naming it", fake -> {
          CognitoIdentityProviderClient cognito = fake.client();
          refused(ResourceNotFoundException.class, "User pool us-east-1_NoSuchPool does not exist.",
              () -> cognito.adminGetUser(b -> b.userPoolId("us-east-1_NoSuchPool").username("jane")));
        }));
    all.add(new Scenario("newPoolsHaveCognitosDefaultPolicy",
        "A pool created without Policies has MinimumLength 8, all four character classes, no history and 7 temporary-password days",
        fake -> {
          Pool pool = Pool.create(fake);
          UserPoolType described = pool.cognito.describeUserPool(b -> b.userPoolId(pool.id)).userPool();
          PasswordPolicyType policy = described.policies().passwordPolicy();
          equal(8, policy.minimumLength(), "MinimumLength");
          equal(List.of(true, true, true, true),
              List.of(policy.requireUppercase(), policy.requireLowercase(), policy.requireNumbers(), policy.requireSymbols()),
              "RequireUppercase, RequireLowercase, RequireNumbers, RequireSymbols");
          equal(7, policy.temporaryPasswordValidityDays(), "TemporaryPasswordValidityDays");
        }));
    all.add(new Scenario("newClientsHaveCognitosDefaults",
        "An app client created with only a name has PreventUserExistenceErrors LEGACY, AuthSessionValidity 3 and no USER_PASSWORD_AUTH",
        fake -> {
          CognitoIdentityProviderClient cognito = fake.client();
          String poolId = cognito.createUserPool(b -> b.poolName("defaults")).userPool().id();
          UserPoolClientType client = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")).userPoolClient();
          equal("LEGACY", client.preventUserExistenceErrorsAsString(), "PreventUserExistenceErrors");
          equal(3, client.authSessionValidity(), "AuthSessionValidity");
          that(!client.explicitAuthFlowsAsStrings().contains("ALLOW_USER_PASSWORD_AUTH"), "USER_PASSWORD_AUTH is not allowed by default");
        }));
  }

  // -- helpers

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private static PasswordPolicyType policy(int minimumLength, int historySize) {
    return PasswordPolicyType.builder().minimumLength(minimumLength).requireUppercase(true).requireLowercase(true).requireNumbers(true)
        .requireSymbols(true).passwordHistorySize(historySize).temporaryPasswordValidityDays(7).build();
  }

  private static void requireTokens(AuthenticationResultType result, boolean withRefreshToken) {
    that(result != null, "an AuthenticationResult");
    that(result.accessToken() != null && result.idToken() != null, "access and ID tokens");
    that(withRefreshToken == (result.refreshToken() != null), withRefreshToken ? "a refresh token" : "no new refresh token");
    equal("Bearer", result.tokenType(), "TokenType");
    equal(3600, result.expiresIn(), "ExpiresIn");
  }

  /** A pool and an app client that allows the password and refresh flows, and what scenarios do with them. */
  private static final class Pool {
    private final ScenarioTarget fake;
    private final CognitoIdentityProviderClient cognito;
    private final String id;
    private final String clientId;

    private Pool(ScenarioTarget fake, String id, String clientId) {
      this.fake = fake;
      this.cognito = fake.client();
      this.id = id;
      this.clientId = clientId;
    }

    static Pool create(ScenarioTarget fake) {
      return create(fake, p -> {}, c -> {});
    }

    static Pool create(ScenarioTarget fake, Consumer<CreateUserPoolRequest.Builder> pool,
        Consumer<CreateUserPoolClientRequest.Builder> client) {
      CognitoIdentityProviderClient cognito = fake.client();
      String id = cognito.createUserPool(b -> pool.accept(b.poolName("scenario"))).userPool().id();
      String clientId = cognito.createUserPoolClient(b -> client.accept(b.userPoolId(id).clientName("app")
          .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH",
              "ALLOW_REFRESH_TOKEN_AUTH")))
          .userPoolClient().clientId();
      return new Pool(fake, id, clientId);
    }

    void invite(String username, String temporaryPassword, AttributeType... attributes) {
      cognito.adminCreateUser(b -> b.userPoolId(id).username(username).temporaryPassword(temporaryPassword)
          .messageAction("SUPPRESS").userAttributes(attributes));
    }

    void confirmed(String username, String password, AttributeType... attributes) {
      invite(username, TEMPORARY, attributes);
      setPassword(username, password, true);
    }

    void signUp(String username, String password) {
      cognito.signUp(b -> b.clientId(clientId).username(username).password(password));
    }

    void setPassword(String username, String password, boolean permanent) {
      cognito.adminSetUserPassword(b -> b.userPoolId(id).username(username).password(password).permanent(permanent));
    }

    void disable(String username) {
      cognito.adminDisableUser(b -> b.userPoolId(id).username(username));
    }

    String status(String username) {
      return cognito.adminGetUser(b -> b.userPoolId(id).username(username)).userStatusAsString();
    }

    InitiateAuthResponse signIn(String username, String password) {
      return cognito.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
    }

    AdminInitiateAuthResponse adminSignIn(String username, String password) {
      return cognito.adminInitiateAuth(b -> b.userPoolId(id).clientId(clientId).authFlow("ADMIN_USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
    }

    /** Signs in, expecting tokens. */
    AuthenticationResultType tokens(String username, String password) {
      InitiateAuthResponse response = signIn(username, password);
      that(response.challengeName() == null, "no challenge for a signed-in user, got " + response.challengeNameAsString());
      requireTokens(response.authenticationResult(), true);
      return response.authenticationResult();
    }

    /** InitiateAuth with USER_SRP_AUTH and the client's SRP_A. */
    InitiateAuthResponse srpStart(String username, SrpClient srp) {
      return cognito.initiateAuth(b -> b.clientId(clientId).authFlow("USER_SRP_AUTH")
          .authParameters(Map.of("USERNAME", username, "SRP_A", srp.srpA())));
    }

    /** The PASSWORD_VERIFIER answer the client computes for {@code password}. */
    RespondToAuthChallengeResponse srpAnswer(InitiateAuthResponse challenge, SrpClient srp, String password) {
      Map<String, String> responses = srp.answer(challenge.challengeParameters(), password, Instant.parse("2026-11-29T23:59:01Z"));
      return cognito.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("PASSWORD_VERIFIER")
          .session(challenge.session()).challengeResponses(responses));
    }

    InitiateAuthResponse refresh(String refreshToken) {
      return cognito.initiateAuth(b -> b.clientId(clientId).authFlow("REFRESH_TOKEN_AUTH")
          .authParameters(Map.of("REFRESH_TOKEN", refreshToken)));
    }

    RespondToAuthChallengeResponse answer(String username, String session, String newPassword) {
      return cognito.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("NEW_PASSWORD_REQUIRED").session(session)
          .challengeResponses(Map.of("USERNAME", username, "NEW_PASSWORD", newPassword)));
    }

    String code(String username) {
      return fake.mailbox().code(id, username).orElseThrow(() -> new AssertionError("expected a code sent to " + username));
    }
  }
}

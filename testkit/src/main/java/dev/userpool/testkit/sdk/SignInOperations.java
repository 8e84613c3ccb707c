package dev.userpool.testkit.sdk;

import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.TokenOperations;
import dev.userpool.service.TokenService;
import dev.userpool.service.UserPoolService;
import dev.userpool.trigger.TriggerSource;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * The sign-in operations of the in-process SDK client (InitiateAuth, AdminInitiateAuth and the answers to their challenges):
 * SDK shapes to the library's requests, a sign-in's result to the challenge or the tokens it issues.
 */
final class SignInOperations {

  private final UserPoolService service;
  private final TokenService tokens;
  private final TokenOperations tokenOperations;
  private final Replies replies;
  private final DeviceOperations devices;

  SignInOperations(UserPoolService service, TokenService tokens, TokenOperations tokenOperations, Replies replies,
      DeviceOperations devices) {
    this.service = service;
    this.tokens = tokens;
    this.tokenOperations = tokenOperations;
    this.replies = replies;
    this.devices = devices;
  }

  /** InitiateAuth: the sign-in flows through the user service, REFRESH_TOKEN_AUTH (and REFRESH_TOKEN) through the token operations. */
  InitiateAuthResponse initiateAuth(InitiateAuthRequest r) {
    Requests.InitiateAuth request = replies.run(ConfigurationMembers.check("InitiateAuth", r, new Requests.InitiateAuth(r.clientId(),
        r.authFlowAsString(), Shapes.mapOrNull(r.hasAuthParameters(), r.authParameters()))));
    SignInOutcome outcome = TokenOperations.isRefresh(r.authFlowAsString())
        ? SignInOutcome.renewed(replies.run(tokenOperations.refreshTokenAuth(request)))
        : signedIn(replies.run(service.signIns().initiateAuth(request)), r.authParameters());
    return replies.respond(InitiateAuthResponse.builder()
        .challengeName(outcome.challengeName())
        .session(outcome.session())
        .challengeParameters(outcome.challengeParameters())
        .authenticationResult(outcome.authenticationResult()).availableChallengesWithStrings(outcome.availableChallenges()),
        InitiateAuthResponse.class);
  }

  /**
   * AdminInitiateAuth: ADMIN_USER_PASSWORD_AUTH (and ADMIN_NO_SRP_AUTH) through the user service, REFRESH_TOKEN_AUTH through
   * the token operations.
   */
  AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest r) {
    Requests.AdminInitiateAuth request = replies.run(ConfigurationMembers.check("AdminInitiateAuth", r, new Requests.AdminInitiateAuth(
        r.userPoolId(), r.clientId(), r.authFlowAsString(), Shapes.mapOrNull(r.hasAuthParameters(), r.authParameters()))));
    SignInOutcome outcome = TokenOperations.isRefresh(r.authFlowAsString())
        ? SignInOutcome.renewed(replies.run(tokenOperations.adminRefreshTokenAuth(request)))
        : signedIn(replies.run(service.signIns().adminInitiateAuth(request)), r.authParameters());
    return replies.respond(AdminInitiateAuthResponse.builder()
        .challengeName(outcome.challengeName())
        .session(outcome.session())
        .challengeParameters(outcome.challengeParameters())
        .authenticationResult(outcome.authenticationResult()).availableChallengesWithStrings(outcome.availableChallenges()),
        AdminInitiateAuthResponse.class);
  }

  RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest r) {
    SignInOutcome outcome = signedIn(replies.run(service.signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(r.clientId(),
        r.challengeNameAsString(), r.session(), Shapes.mapOrNull(r.hasChallengeResponses(), r.challengeResponses())))),
        TriggerSource.ofAnswer(r.challengeNameAsString()), r.challengeResponses());
    return replies.respond(RespondToAuthChallengeResponse.builder()
        .challengeName(outcome.challengeName())
        .session(outcome.session())
        .challengeParameters(outcome.challengeParameters())
        .authenticationResult(outcome.authenticationResult()), RespondToAuthChallengeResponse.class);
  }

  AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest r) {
    SignInOutcome outcome = signedIn(
        replies.run(service.signIns().adminRespondToAuthChallenge(new Requests.AdminRespondToAuthChallenge(r.userPoolId(),
            r.clientId(), r.challengeNameAsString(), r.session(), Shapes.mapOrNull(r.hasChallengeResponses(), r.challengeResponses())))),
        TriggerSource.ofAnswer(r.challengeNameAsString()), r.challengeResponses());
    return replies.respond(AdminRespondToAuthChallengeResponse.builder()
        .challengeName(outcome.challengeName())
        .session(outcome.session())
        .challengeParameters(outcome.challengeParameters())
        .authenticationResult(outcome.authenticationResult()), AdminRespondToAuthChallengeResponse.class);
  }

  private SignInOutcome signedIn(Results.SignIn signIn, Map<String, String> given) {
    return signedIn(signIn, TriggerSource.TokenGeneration_Authentication, given);
  }

  private SignInOutcome signedIn(Results.SignIn signIn, TriggerSource tokens, Map<String, String> given) {
    return signIn.fold(a -> tokensFor(a, tokens, given), SignInOutcome::newPasswordRequired,
        verifier -> new SignInOutcome("PASSWORD_VERIFIER", verifier.initiation().session().reveal(), verifier.challengeParameters(), null,
            null),
        mfaRequired -> new SignInOutcome(mfaRequired.step().name(), mfaRequired.session().reveal(), mfaRequired.challengeParameters(),
            null, mfaRequired.availableChallenges().isEmpty() ? null : mfaRequired.availableChallenges().toJavaList()),
        c -> new SignInOutcome(c.challengeName(), c.session().reveal(), c.challengeParameters(), null, null));
  }

  private SignInOutcome tokensFor(Results.Authenticated authenticated, TriggerSource source, Map<String, String> given) {
    TokenService.Issued issued = replies.run(tokens.signIn(authenticated.pool(), authenticated.client(), authenticated.user(), source));
    return new SignInOutcome(null, null, Map.of(), devices.withNewDevice(SignInOutcome.authenticationResult(issued), authenticated, given),
        null);
  }
}

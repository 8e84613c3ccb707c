package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.conformance.Sources.decision;

import dev.userpool.testkit.sdk.CognitoScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hand-written scenarios of {@link CognitoScenarios}, each with its area and source, so the catalogue
 * and the library's own scenario tests are one set of rules. An id is {@code <area>.<scenario name>}.
 */
final class ScenarioRules {

  private record Home(Area area, String source) {}

  private static final Map<String, Home> HOMES = Map.ofEntries(
      home("permanentPasswordConfirmsAnInvitedUser", Area.LIFECYCLE, api("AdminSetUserPassword")),
      home("permanentPasswordConfirmsAnUnconfirmedUser", Area.LIFECYCLE, api("AdminSetUserPassword")),
      home("permanentPasswordReplacesAConfirmedUsersPassword", Area.LIFECYCLE, api("AdminSetUserPassword")),
      home("temporaryPasswordForcesAConfirmedUserToChangeIt", Area.LIFECYCLE, api("AdminSetUserPassword")),
      home("temporaryPasswordForcesAnUnconfirmedUserToChangeIt", Area.LIFECYCLE, api("AdminSetUserPassword")),
      home("temporaryPasswordReplacesATemporaryPassword", Area.LIFECYCLE, api("AdminSetUserPassword")),
      home("adminSetUserPasswordEnforcesThePolicy", Area.PASSWORD_POLICY, decision("invalid-password-wording")),
      home("adminCreateUserEnforcesThePolicyOnTheTemporaryPassword", Area.PASSWORD_POLICY, decision("invalid-password-wording")),
      home("generatedTemporaryPasswordsSatisfyThePolicy", Area.PASSWORD_POLICY, decision("generated-temporary")),
      home("signUpEnforcesThePolicy", Area.PASSWORD_POLICY, decision("invalid-password-wording")),
      home("adminSetUserPasswordRefusesARecentPassword", Area.PASSWORD_POLICY, decision("history-message")),
      home("changePasswordRefusesARecentPassword", Area.PASSWORD_POLICY, decision("history-message")),
      home("malformedPasswordsAreParameterErrors", Area.REQUEST_VALIDATION, decision("password-pattern")),
      home("newPasswordRequiredOnlyAfterThePasswordIsChecked", Area.CHECK_ORDER, decision("statuses")),
      home("newPasswordRequiredComesWithoutTokens", Area.SIGN_IN, decision("challenge-required-attributes")),
      home("srpSignInYieldsTokens", Area.SIGN_IN, decision("srp-protocol")),
      home("srpRefusesAWrongPasswordAsThePasswordFlowDoes", Area.SIGN_IN, decision("srp-check-order")),
      home("srpLeadsToNewPasswordRequiredInTheSameChain", Area.SIGN_IN, decision("srp-protocol")),
      home("fiveWrongPasswordsLockTheUserOut", Area.LOCKOUT, decision("lockout")),
      home("aClientWithASecretNeedsTheSecretHash", Area.SECRETS, decision("secret-hash")),
      home("answeringNewPasswordRequiredConfirmsTheUser", Area.SIGN_IN, api("RespondToAuthChallenge")),
      home("theNewPasswordIsCheckedAgainstThePolicy", Area.PASSWORD_POLICY, api("RespondToAuthChallenge")),
      home("aChallengeSessionAnswersOnce", Area.SIGN_IN, decision("session-messages")),
      home("aChallengeSessionExpires", Area.SIGN_IN, decision("session-validity")),
      home("aTemporaryPasswordExpires", Area.RESETS, decision("temporary-expiry")),
      home("aTemporaryPasswordIsValidUntilItExpires", Area.RESETS, decision("temporary-boundary")),
      home("anAdministratorRenewsAnExpiredTemporaryPassword", Area.RESETS, decision("resend")),
      home("aTemporaryPasswordSignsInOnlyUntilItIsReplaced", Area.RESETS, decision("temporary-reuse")),
      home("disabledUsersNeverSignIn", Area.SIGN_IN, decision("disabled-first")),
      home("disabledIsReportedBeforeThePassword", Area.CHECK_ORDER, decision("disabled-first")),
      home("disabledInvitedUsersGetNoChallenge", Area.CHECK_ORDER, decision("disabled-first")),
      home("enabledUsersSignInAgain", Area.LIFECYCLE, api("AdminEnableUser")),
      home("adminSetUserPasswordWorksOnADisabledUser", Area.LIFECYCLE, decision("disabled-first")),
      home("subIsAcceptedAsUsername", Area.EXISTENCE_ERRORS, decision("find-user")),
      home("aVerifiedAliasIsAcceptedAsUsername", Area.EXISTENCE_ERRORS, decision("find-user")),
      home("anUnverifiedAliasIsNotAUsername", Area.EXISTENCE_ERRORS, decision("find-user")),
      home("unknownUsersAreReportedByDefault", Area.EXISTENCE_ERRORS, Sources.MANAGING_ERRORS),
      home("preventUserExistenceErrorsHidesUnknownUsers", Area.EXISTENCE_ERRORS, Sources.MANAGING_ERRORS),
      home("preventUserExistenceErrorsSimulatesAPasswordReset", Area.EXISTENCE_ERRORS, Sources.MANAGING_ERRORS),
      home("unconfirmedIsReportedBeforeThePassword", Area.CHECK_ORDER, decision("unconfirmed-before-password")),
      home("aWrongPasswordIsNotAuthorized", Area.SIGN_IN, decision("sign-in-messages")),
      home("userPasswordAuthMustBeEnabled", Area.SIGN_IN, decision("sign-in-messages")),
      home("adminResetUserPasswordRequiresAReset", Area.RESETS, decision("admin-reset")),
      home("forgotPasswordResetsWithTheRightCodeOnly", Area.RESETS, api("ConfirmForgotPassword")),
      home("changePasswordReplacesThePassword", Area.TOKENS, api("ChangePassword")),
      home("changePasswordChecksThePreviousPassword", Area.TOKENS, decision("change-password-order")),
      home("changePasswordNeedsAnIssuedAccessToken", Area.TOKENS, decision("token-refusals")),
      home("accessTokensExpireAfterAnHour", Area.TOKENS, decision("token-validity")),
      home("globalSignOutRevokesTokens", Area.TOKENS, api("GlobalSignOut")),
      home("disablingAUserRevokesItsTokens", Area.TOKENS, api("AdminDisableUser")),
      home("aRefreshTokenRenewsAccessAndIdTokens", Area.TOKENS, decision("refresh-token-rotation")),
      home("usernamesAreUnique", Area.EXISTENCE_ERRORS, decision("username-exists")),
      home("onlyUnconfirmedUsersAreConfirmed", Area.CHECK_ORDER, decision("cannot-confirm")),
      home("unknownPoolsAreResourceNotFound", Area.REQUEST_VALIDATION, decision("resource-not-found")),
      home("newPoolsHaveCognitosDefaultPolicy", Area.SCHEMAS, decision("draft-defaults")),
      home("newClientsHaveCognitosDefaults", Area.SCHEMAS, decision("update-user-pool-client-defaults")));

  private ScenarioRules() {}

  /** The scenarios of {@link CognitoScenarios} this class does not list with an area and a source. */
  static List<String> unlisted() {
    return CognitoScenarios.all().stream().map(CognitoScenarios.Scenario::name).filter(n -> !HOMES.containsKey(n)).toList();
  }

  private static Map.Entry<String, Home> home(String name, Area area, String source) {
    return Map.entry(name, new Home(area, source));
  }

  /**
   * Every scenario as a rule. A scenario not listed here yet still runs, filed under sign-in with the InitiateAuth
   * page as its source, and {@link #unlisted()} names it (CatalogueTest fails until it is listed).
   */
  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    for (CognitoScenarios.Scenario scenario : CognitoScenarios.all()) {
      Home home = HOMES.getOrDefault(scenario.name(), new Home(Area.SIGN_IN, api("InitiateAuth")));
      rules.add(new ConformanceRule(home.area().slug() + "." + scenario.name(), home.area(), scenario.rule(), home.source(),
          scenario::runAgainst));
    }
    return rules;
  }
}

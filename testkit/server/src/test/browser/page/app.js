// The page: Amplify JS v6 and amazon-cognito-identity-js, unchanged, against the local endpoint, which is on
// another origin than this page (so every call is a CORS request, most with a preflight). run.mjs bundles
// it with esbuild, serves it, creates the pool and users over plain HTTP, and calls window.runScenarios in
// headless Chromium. Each scenario resolves with what it saw or throws the reason it failed; the page shows
// the results (run.mjs takes a screenshot) and returns them.
import { Amplify } from 'aws-amplify';
import {
  associateWebAuthnCredential,
  confirmResetPassword,
  confirmSignIn,
  confirmSignUp,
  deleteWebAuthnCredential,
  fetchAuthSession,
  fetchUserAttributes,
  getCurrentUser,
  listWebAuthnCredentials,
  resetPassword,
  signIn,
  signOut,
  signUp,
} from 'aws-amplify/auth';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
// branch mfacfg: the TOTP set-up of its scenarios
import { fetchMFAPreference, setUpTOTP, updateMFAPreference, verifyTOTPSetup } from 'aws-amplify/auth';

// Every call the SDKs make, as "Operation" or "Operation(flow or challenge)" followed by the answer's status
// once it arrives, so a scenario can say which flow went over the wire and how the endpoint answered it (not
// only what the library says it chose).
const calls = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  const target = headers.get('x-amz-target');
  if (!target) {
    return realFetch(input, init);
  }
  let step = '';
  try {
    const body = JSON.parse(init?.body ?? '{}');
    step = body.AuthFlow ?? body.ChallengeName ?? '';
  } catch {
    // not JSON: no step to show
  }
  const call = `${target.split('.').pop()}${step ? `(${step})` : ''}`;
  const at = calls.push(call) - 1;
  return realFetch(input, init).then((response) => {
    calls[at] = `${call} ${response.status}`;
    return response;
  });
};

// Whether the call went out (answered or not).
function sent(call) {
  return calls.some((c) => c === call || c.startsWith(`${call} `));
}

function check(condition, reason) {
  if (!condition) {
    throw new Error(reason);
  }
}

function equal(actual, expected, what) {
  check(actual === expected, `${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('resolved, expected a rejection');
}

// Reads a code the endpoint would have sent, from its test control: a plain cross-origin fetch.
async function lastCode(config, username) {
  const response = await realFetch(config.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'UserpoolTestControl.LastCode' },
    body: JSON.stringify({ UserPoolId: config.userPoolId, Username: username }),
  });
  const json = await response.json();
  check(response.ok && json.Code, `LastCode answered ${response.status} ${JSON.stringify(Object.keys(json))}`);
  return json.Code;
}

async function signedInAs(username, password, options) {
  const result = await signIn({ username, password, options });
  equal(result.isSignedIn, true, 'signIn isSignedIn');
  equal(result.nextStep.signInStep, 'DONE', 'signIn nextStep.signInStep');
  const user = await getCurrentUser();
  equal(user.username, username, 'getCurrentUser username');
  return user;
}

async function signedOut() {
  await signOut();
  const e = await rejection(getCurrentUser());
  equal(e.name, 'UserUnAuthenticatedException', 'getCurrentUser after signOut rejects with');
}

// amazon-cognito-identity-js: a user signed in with USER_SRP_AUTH (the library's default), its tokens kept in
// memory (not in localStorage, where Amplify keeps its own under the same keys).
async function identityJsSignIn(config, username, password) {
  const memory = {};
  const storage = {
    setItem: (k, v) => { memory[k] = String(v); },
    getItem: (k) => memory[k] ?? null,
    removeItem: (k) => { delete memory[k]; },
    clear: () => Object.keys(memory).forEach((k) => delete memory[k]),
  };
  const pool = new CognitoUserPool({
    UserPoolId: config.userPoolId, ClientId: config.clientId, endpoint: config.endpoint, Storage: storage,
  });
  const user = new CognitoUser({ Username: username, Pool: pool, Storage: storage });
  const session = await new Promise((resolve, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: resolve,
      onFailure: reject,
      newPasswordRequired: () => reject(new Error('unexpected NEW_PASSWORD_REQUIRED')),
    });
  });
  return { user, session };
}

const scenarios = [
  ['(a) Amplify default sign-in (SRP), fetchAuthSession claims, getCurrentUser, fetchUserAttributes, signOut',
    async (config) => {
      const { username, password, email } = config.users.jane;
      const user = await signedInAs(username, password);
      equal(user.signInDetails?.authFlowType, 'USER_SRP_AUTH', 'signInDetails.authFlowType');
      const { tokens } = await fetchAuthSession();
      check(tokens?.idToken && tokens?.accessToken, 'fetchAuthSession has no ID or access token');
      const id = tokens.idToken.payload;
      const access = tokens.accessToken.payload;
      check(/^[0-9a-f-]{36}$/.test(id.sub), `ID token sub ${JSON.stringify(id.sub)} is not a UUID`);
      equal(id['cognito:username'], username, 'ID token cognito:username');
      equal(id.token_use, 'id', 'ID token token_use');
      equal(id.iss, config.issuer, 'ID token iss');
      equal(id.aud, config.clientId, 'ID token aud');
      equal(id.email, email, 'ID token email');
      equal(access.sub, id.sub, 'access token sub');
      equal(access.username, username, 'access token username');
      equal(access.token_use, 'access', 'access token token_use');
      equal(access.iss, config.issuer, 'access token iss');
      equal(access.client_id, config.clientId, 'access token client_id');
      equal(user.userId, id.sub, 'getCurrentUser userId');
      const attributes = await fetchUserAttributes();
      equal(attributes.sub, id.sub, 'fetchUserAttributes sub');
      equal(attributes.email, email, 'fetchUserAttributes email');
      await signedOut();
      // Not checked (the endpoint's clock may be fixed): how far the tokens' iat is from the browser's clock.
      const skew = Math.round(id.iat - Date.now() / 1000);
      return `sub ${id.sub}, iss ${id.iss}, email ${attributes.email}, iat ${skew} s from the browser's clock`;
    }],
  ['(b) Amplify USER_PASSWORD_AUTH sign-in', async (config) => {
    const { username, password } = config.users.jane;
    const user = await signedInAs(username, password, { authFlowType: 'USER_PASSWORD_AUTH' });
    equal(user.signInDetails?.authFlowType, 'USER_PASSWORD_AUTH', 'signInDetails.authFlowType');
    check(sent('InitiateAuth(USER_PASSWORD_AUTH)'), 'no InitiateAuth with USER_PASSWORD_AUTH went out');
    const { tokens } = await fetchAuthSession();
    equal(tokens?.accessToken?.payload.username, username, 'access token username');
    await signedOut();
    return 'signed in and out';
  }],
  ['(c) NEW_PASSWORD_REQUIRED for an AdminCreateUser user, then confirmSignIn', async (config) => {
    const { username, temporaryPassword, password } = config.users.newbie;
    const first = await signIn({ username, password: temporaryPassword });
    equal(first.isSignedIn, false, 'signIn isSignedIn');
    equal(first.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', 'signIn nextStep.signInStep');
    const done = await confirmSignIn({ challengeResponse: password });
    equal(done.isSignedIn, true, 'confirmSignIn isSignedIn');
    equal(done.nextStep.signInStep, 'DONE', 'confirmSignIn nextStep.signInStep');
    equal((await getCurrentUser()).username, username, 'getCurrentUser username');
    await signedOut();
    await signedInAs(username, password);
    await signedOut();
    return 'the new password signs in';
  }],
  ['(d) wrong password: NotAuthorizedException with Cognito\'s message', async (config) => {
    const e = await rejection(signIn({ username: config.users.jane.username, password: 'Wr0ng-Passw0rd!' }));
    equal(e.name, 'NotAuthorizedException', 'error name');
    equal(e.message, 'Incorrect username or password.', 'error message');
    return `${e.name}: ${e.message}`;
  }],
  ['(e) signUp, then confirmSignUp with the code from the test control', async (config) => {
    const { username, password, email } = config.users.signup;
    const up = await signUp({ username, password, options: { userAttributes: { email } } });
    equal(up.isSignUpComplete, false, 'signUp isSignUpComplete');
    equal(up.nextStep.signUpStep, 'CONFIRM_SIGN_UP', 'signUp nextStep.signUpStep');
    equal(up.nextStep.codeDeliveryDetails?.deliveryMedium, 'EMAIL', 'codeDeliveryDetails.deliveryMedium');
    // Amplify turns Cognito's UserNotConfirmedException into a next step.
    const early = await signIn({ username, password });
    equal(early.nextStep.signInStep, 'CONFIRM_SIGN_UP', 'signIn before confirmation: nextStep.signInStep');
    const code = await lastCode(config, username);
    const confirmed = await confirmSignUp({ username, confirmationCode: code });
    equal(confirmed.isSignUpComplete, true, 'confirmSignUp isSignUpComplete');
    const user = await signedInAs(username, password);
    equal(user.userId, up.userId, 'getCurrentUser userId (signUp userId)');
    await signedOut();
    return `signed up, confirmed and signed in as ${up.userId}`;
  }],
  ['(f) resetPassword, then confirmResetPassword with the code from the test control', async (config) => {
    const { username, password, newPassword } = config.users.reset;
    const reset = await resetPassword({ username });
    equal(reset.isPasswordReset, false, 'resetPassword isPasswordReset');
    equal(reset.nextStep.resetPasswordStep, 'CONFIRM_RESET_PASSWORD_WITH_CODE', 'resetPassword nextStep');
    equal(reset.nextStep.codeDeliveryDetails?.deliveryMedium, 'EMAIL', 'codeDeliveryDetails.deliveryMedium');
    const code = await lastCode(config, username);
    const other = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    const wrong = await rejection(confirmResetPassword({ username, confirmationCode: other, newPassword }));
    equal(wrong.name, 'CodeMismatchException', 'confirmResetPassword with a wrong code rejects with');
    await confirmResetPassword({ username, confirmationCode: code, newPassword });
    const old = await rejection(signIn({ username, password }));
    equal(old.name, 'NotAuthorizedException', 'signIn with the old password rejects with');
    await signedInAs(username, newPassword);
    await signedOut();
    return 'the new password signs in, the old one does not';
  }],
  ['(g) amazon-cognito-identity-js SRP sign-in (CognitoUser.authenticateUser)', async (config) => {
    const { username, password, email } = config.users.jane;
    const { user, session } = await identityJsSignIn(config, username, password);
    equal(user.authenticationFlowType, 'USER_SRP_AUTH', 'authenticationFlowType');
    check(sent('RespondToAuthChallenge(PASSWORD_VERIFIER)'), 'no PASSWORD_VERIFIER answer went out');
    const id = session.getIdToken().decodePayload();
    equal(id['cognito:username'], username, 'ID token cognito:username');
    equal(id.token_use, 'id', 'ID token token_use');
    equal(id.aud, config.clientId, 'ID token aud');
    equal(session.getAccessToken().decodePayload().client_id, config.clientId, 'access token client_id');
    check(session.isValid(), 'session.isValid() is false');
    const attributes = await new Promise((resolve, reject) => {
      user.getUserAttributes((err, list) => (err ? reject(err) : resolve(list)));
    });
    const emailAttribute = attributes.find((a) => a.getName() === 'email');
    equal(emailAttribute?.getValue(), email, 'getUserAttributes email');
    return `sub ${id.sub}`;
  }],
  ['(h) Amplify global signOut', async (config) => {
    const { username, password } = config.users.jane;
    await signedInAs(username, password);
    await signOut({ global: true });
    check(sent('GlobalSignOut'), 'no GlobalSignOut went out');
    const e = await rejection(getCurrentUser());
    equal(e.name, 'UserUnAuthenticatedException', 'getCurrentUser after a global signOut rejects with');
    return 'signed out everywhere';
  }],
  ['(i) an error answer as the page sees it: status, body and the headers Cognito exposes', async (config) => {
    const response = await realFetch(config.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: JSON.stringify({
        ClientId: config.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: config.users.jane.username, PASSWORD: 'Wr0ng-Passw0rd!' },
      }),
    });
    const body = await response.json();
    equal(response.status, 400, 'status');
    equal(body.__type, 'NotAuthorizedException', '__type');
    equal(body.message, 'Incorrect username or password.', 'message');
    check(/^NotAuthorizedException/.test(response.headers.get('x-amzn-ErrorType') ?? ''),
      `x-amzn-ErrorType is ${response.headers.get('x-amzn-ErrorType')}`);
    equal(response.headers.get('x-amzn-ErrorMessage'), body.message, 'x-amzn-ErrorMessage');
    check(response.headers.get('x-amzn-RequestId'), 'x-amzn-RequestId is not readable');
    check(response.headers.get('Date'), 'Date is not readable');
    return `x-amzn-ErrorType ${response.headers.get('x-amzn-ErrorType')}, x-amzn-RequestId ${response.headers.get('x-amzn-RequestId')}`;
  }],
  ['(j) Amplify token refresh: fetchAuthSession({forceRefresh: true}) through GetTokensFromRefreshToken', async (config) => {
    const { username, password, email } = config.users.jane;
    await signedInAs(username, password);
    const before = (await fetchAuthSession()).tokens;
    const { tokens } = await fetchAuthSession({ forceRefresh: true });
    check(calls.includes('GetTokensFromRefreshToken 200'), 'no GetTokensFromRefreshToken answered 200');
    const access = tokens?.accessToken?.payload;
    const id = tokens?.idToken?.payload;
    check(access && id, 'the refreshed session has no ID or access token');
    check(access.jti !== before.accessToken.payload.jti, `the refreshed access token has the old jti ${access.jti}`);
    check(id.jti !== before.idToken.payload.jti, `the refreshed ID token has the old jti ${id.jti}`);
    equal(access.origin_jti, before.accessToken.payload.origin_jti, 'refreshed access token origin_jti (the sign-in\'s)');
    equal(access.sub, before.accessToken.payload.sub, 'refreshed access token sub');
    equal(access.username, username, 'refreshed access token username');
    equal(access.token_use, 'access', 'refreshed access token token_use');
    equal(access.iss, config.issuer, 'refreshed access token iss');
    equal(access.client_id, config.clientId, 'refreshed access token client_id');
    equal(id.sub, access.sub, 'refreshed ID token sub');
    equal(id['cognito:username'], username, 'refreshed ID token cognito:username');
    equal(id.token_use, 'id', 'refreshed ID token token_use');
    equal(id.aud, config.clientId, 'refreshed ID token aud');
    equal(id.email, email, 'refreshed ID token email');
    // Amplify keeps the refreshed tokens: the next session without forceRefresh is them, with no call.
    const kept = (await fetchAuthSession()).tokens?.accessToken?.payload;
    equal(kept?.jti, access.jti, 'fetchAuthSession after the refresh: access token jti');
    equal(calls.filter((c) => c.startsWith('GetTokensFromRefreshToken')).length, 1, 'GetTokensFromRefreshToken calls');
    await signedOut();
    return `access token jti ${before.accessToken.payload.jti} -> ${access.jti}, origin_jti ${access.origin_jti} kept`;
  }],
  ['(k) amazon-cognito-identity-js refreshSession (it sends AuthParameters {"DEVICE_KEY": null}), then revoked', async (config) => {
    const { username, password } = config.users.jane;
    const { user, session } = await identityJsSignIn(config, username, password);
    const refresh = () => new Promise((resolve, reject) => {
      user.refreshSession(session.getRefreshToken(), (err, s) => (err ? reject(err) : resolve(s)));
    });
    const refreshed = await refresh();
    check(calls.includes('InitiateAuth(REFRESH_TOKEN_AUTH) 200'), 'no InitiateAuth with REFRESH_TOKEN_AUTH answered 200');
    const access = refreshed.getAccessToken().decodePayload();
    const old = session.getAccessToken().decodePayload();
    check(access.jti !== old.jti, `the refreshed access token has the old jti ${access.jti}`);
    equal(access.origin_jti, old.origin_jti, 'refreshed access token origin_jti (the sign-in\'s)');
    equal(access.sub, old.sub, 'refreshed access token sub');
    equal(access.username, username, 'refreshed access token username');
    equal(access.client_id, config.clientId, 'refreshed access token client_id');
    const id = refreshed.getIdToken().decodePayload();
    equal(id['cognito:username'], username, 'refreshed ID token cognito:username');
    equal(id.aud, config.clientId, 'refreshed ID token aud');
    // REFRESH_TOKEN_AUTH returns no refresh token: the library keeps the one it sent.
    equal(refreshed.getRefreshToken().getToken(), session.getRefreshToken().getToken(), 'refreshed session refresh token');
    check(refreshed.isValid(), 'refreshed session.isValid() is false');
    await new Promise((resolve, reject) => user.globalSignOut({ onSuccess: resolve, onFailure: reject }));
    // identity-js retries a refresh after any error (its client's backoff), so the refused call goes out a few times.
    const revoked = await rejection(refresh());
    equal(`${revoked.code}: ${revoked.message}`, 'NotAuthorizedException: Refresh Token has been revoked', 'after globalSignOut');
    return `access token jti ${old.jti} -> ${access.jti}; after globalSignOut: ${revoked.code}: ${revoked.message}`;
  }],
  // -- branch mfacfg: TOTP MFA with Amplify v6 (helpers below the list)
  ['(mfacfg-a) Amplify TOTP: setUpTOTP, verifyTOTPSetup, updateMFAPreference, then signIn -> CONFIRM_SIGN_IN_WITH_TOTP_CODE -> confirmSignIn',
    async (config) => {
      const username = 'totp-tess';
      const password = 'Totp-Passw0rd!';
      await cognitoAdmin(config, 'SetUserPoolMfaConfig', {
        UserPoolId: config.userPoolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true },
      });
      await cognitoAdmin(config, 'AdminCreateUser', { UserPoolId: config.userPoolId, Username: username, MessageAction: 'SUPPRESS' });
      await cognitoAdmin(config, 'AdminSetUserPassword', { UserPoolId: config.userPoolId, Username: username, Password: password, Permanent: true });
      await signedInAs(username, password);
      const setup = await setUpTOTP();
      const secret = setup.sharedSecret;
      check(/^[A-Z2-7]+=*$/.test(secret ?? ''), 'setUpTOTP sharedSecret is not base32');
      check(setup.getSetupUri('userpool-browser', username).href.includes(`secret=${secret}`), 'getSetupUri does not carry the secret');
      await verifyTOTPSetup({ code: await totpCode(secret, await endpointTime(config, 0)) });
      check(sent('VerifySoftwareToken 200'), 'no VerifySoftwareToken answered 200');
      await updateMFAPreference({ totp: 'PREFERRED' });
      const preference = await fetchMFAPreference();
      equal(JSON.stringify(preference.enabled), '["TOTP"]', 'fetchMFAPreference enabled');
      equal(preference.preferred, 'TOTP', 'fetchMFAPreference preferred');
      await signedOut();
      const first = await signIn({ username, password });
      equal(first.isSignedIn, false, 'signIn isSignedIn');
      equal(first.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE', 'signIn nextStep.signInStep');
      // A code is accepted once: the sign-in's comes from the next 30-second step, reached by moving the endpoint's clock.
      const done = await confirmSignIn({ challengeResponse: await totpCode(secret, await endpointTime(config, 30)) });
      check(sent('RespondToAuthChallenge(SOFTWARE_TOKEN_MFA)'), 'no SOFTWARE_TOKEN_MFA answer went out');
      equal(done.isSignedIn, true, 'confirmSignIn isSignedIn');
      equal(done.nextStep.signInStep, 'DONE', 'confirmSignIn nextStep.signInStep');
      equal((await getCurrentUser()).username, username, 'getCurrentUser username');
      await signedOut();
      return 'TOTP set up, preferred, and answered at the next sign-in';
    }],
  // -- branch otp: choice-based sign-in (USER_AUTH) with a one-time code by email
  ['(otp-1) Amplify USER_AUTH with preferredChallenge EMAIL_OTP, the code from the test control, confirmSignIn', async (config) => {
    const { username } = config.users.jane;
    const first = await signIn({ username, options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } });
    equal(first.isSignedIn, false, 'signIn isSignedIn');
    equal(first.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', 'signIn nextStep.signInStep');
    equal(first.nextStep.codeDeliveryDetails?.deliveryMedium, 'EMAIL', 'codeDeliveryDetails.deliveryMedium');
    equal(first.nextStep.codeDeliveryDetails?.destination, 'j***@e***', 'codeDeliveryDetails.destination');
    check(sent('InitiateAuth(USER_AUTH)'), 'no InitiateAuth with USER_AUTH went out');
    const code = await lastCode(config, username);
    const done = await confirmSignIn({ challengeResponse: code });
    equal(done.isSignedIn, true, 'confirmSignIn isSignedIn');
    equal(done.nextStep.signInStep, 'DONE', 'confirmSignIn nextStep.signInStep');
    check(sent('RespondToAuthChallenge(EMAIL_OTP)'), 'no RespondToAuthChallenge with EMAIL_OTP went out');
    const user = await getCurrentUser();
    equal(user.username, username, 'getCurrentUser username');
    const { tokens } = await fetchAuthSession();
    equal(tokens?.accessToken?.payload.username, username, 'access token username');
    await signedOut();
    return `signed in with the emailed code (sent to ${first.nextStep.codeDeliveryDetails.destination})`;
  }],
  // -- branch passkeys: a passkey from Chromium's virtual authenticator (run.mjs adds it through the DevTools
  // Protocol: ctap2, internal, resident keys, user verification), with Amplify v6, against a pool of its own whose
  // relying party is localhost (the page is served from http://localhost:<port>).
  ['(passkeys) Amplify associateWebAuthnCredential, listWebAuthnCredentials, signIn USER_AUTH WEB_AUTHN, deleteWebAuthnCredential',
    async (config) => {
      check(window.location.hostname === 'localhost', `the page is on ${window.location.origin}; passkeys need the RP ID localhost`);
      const admin = async (operation, body) => {
        const response = await realFetch(config.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
          body: JSON.stringify(body),
        });
        const json = await response.json();
        check(response.ok, `${operation}: ${json.__type}: ${json.message}`);
        return json;
      };
      const pool = (await admin('CreateUserPool', {
        PoolName: `passkeys-${Date.now()}`, Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } },
      })).UserPool;
      const client = (await admin('CreateUserPoolClient', {
        UserPoolId: pool.Id,
        ClientName: 'passkeys',
        ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      })).UserPoolClient;
      await admin('SetUserPoolMfaConfig', { UserPoolId: pool.Id, WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'required' } });
      const username = 'passkey-user';
      const password = 'Passkey-Passw0rd!';
      await admin('AdminCreateUser', { UserPoolId: pool.Id, Username: username, MessageAction: 'SUPPRESS' });
      await admin('AdminSetUserPassword', { UserPoolId: pool.Id, Username: username, Password: password, Permanent: true });
      Amplify.configure({ Auth: { Cognito: { userPoolId: pool.Id, userPoolClientId: client.ClientId, userPoolEndpoint: config.endpoint } } });
      try {
        const first = await signIn({ username, password });
        check(first.isSignedIn, `password sign-in: next step ${first.nextStep?.signInStep}`);
        await associateWebAuthnCredential();
        check(sent('StartWebAuthnRegistration') && sent('CompleteWebAuthnRegistration'), `registration calls: ${calls.join(', ')}`);
        const listed = (await listWebAuthnCredentials()).credentials;
        equal(listed.length, 1, 'passkeys listed');
        equal(listed[0].relyingPartyId, 'localhost', 'the passkey\'s relying party');
        await signOut();
        const second = await signIn({ username, options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' } });
        check(second.isSignedIn, `passkey sign-in: next step ${second.nextStep?.signInStep}`);
        check(sent('InitiateAuth(USER_AUTH)') && sent('RespondToAuthChallenge(WEB_AUTHN)'), `sign-in calls: ${calls.join(', ')}`);
        equal((await getCurrentUser()).username, username, 'getCurrentUser after the passkey sign-in');
        await deleteWebAuthnCredential({ credentialId: listed[0].credentialId });
        equal((await listWebAuthnCredentials()).credentials.length, 0, 'passkeys listed after deleteWebAuthnCredential');
        await signOut();
        return `passkey ${listed[0].credentialId.slice(0, 12)}... registered, signed in with USER_AUTH WEB_AUTHN, deleted`;
      } finally {
        await signOut().catch(() => {});
        Amplify.configure({
          Auth: { Cognito: { userPoolId: config.userPoolId, userPoolClientId: config.clientId, userPoolEndpoint: config.endpoint } },
        });
      }
    }],
];

// -- branch mfacfg: helpers of its scenarios
// An administrative call the page makes itself (plain cross-origin fetch, not through the SDKs).
async function cognitoAdmin(config, operation, body) {
  const response = await realFetch(config.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  check(response.ok, `${operation} answered ${response.status} ${json.__type}: ${json.message}`);
  return json;
}

// The endpoint's time in epoch milliseconds after moving it `seconds` forward (UserpoolTestControl.AdvanceClock).
async function endpointTime(config, seconds) {
  const response = await realFetch(config.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'UserpoolTestControl.AdvanceClock' },
    body: JSON.stringify(seconds ? { Seconds: seconds } : {}),
  });
  const json = await response.json();
  check(response.ok && json.Now, `AdvanceClock answered ${response.status}`);
  return Date.parse(json.Now);
}

// The authenticator app's part, in the page: RFC 6238 (HMAC-SHA1 with WebCrypto, 30-second steps, six digits) over the
// RFC 4648 base32 secret.
async function totpCode(secret, epochMillis) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = [];
  let bits = 0;
  let value = 0;
  for (const c of secret.replace(/=+$/, '')) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  const key = await crypto.subtle.importKey('raw', new Uint8Array(bytes), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const counter = new DataView(new ArrayBuffer(8));
  counter.setBigUint64(0, BigInt(Math.floor(epochMillis / 30_000)));
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, counter.buffer));
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = new DataView(mac.buffer).getUint32(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

const labels = { pass: 'pass', fail: 'FAIL' };

function show(row) {
  const tr = document.createElement('tr');
  for (const [text, cls] of [[labels[row.status], row.status], [row.name], [row.detail]]) {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) {
      td.className = cls;
    }
    tr.append(td);
  }
  document.getElementById('results').append(tr);
}

async function outcome(scenario, config) {
  calls.length = 0;
  try {
    return { passed: true, detail: await scenario(config) };
  } catch (e) {
    await signOut().catch(() => {});
    return { passed: false, detail: `${e?.code ?? e?.name ?? 'Error'}: ${e?.message ?? e}` };
  }
}

window.runScenarios = async (config) => {
  document.getElementById('origins').textContent = `page ${window.location.origin}, endpoint ${config.endpoint}`;
  Amplify.configure({
    Auth: { Cognito: { userPoolId: config.userPoolId, userPoolClientId: config.clientId, userPoolEndpoint: config.endpoint } },
  });
  const results = [];
  for (const [name, scenario] of scenarios) {
    const { passed, detail } = await outcome(scenario, config);
    results.push({ name, status: passed ? 'pass' : 'fail', detail, calls: [...calls] });
    show(results.at(-1));
  }
  const count = (status) => results.filter((r) => r.status === status).length;
  document.getElementById('summary').textContent = `${count('pass')} passed, ${count('fail')} failed`;
  return results;
};
window.pageReady = true;

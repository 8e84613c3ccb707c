// TOTP multi-factor authentication with amazon-cognito-identity-js, unchanged, against the local endpoint: a
// signed-in user associates a software token, this script computes the code as an authenticator app does
// (RFC 6238 over the secret, with node's crypto), verifies it, prefers TOTP, then signs in again and answers
// the SOFTWARE_TOKEN_MFA challenge; a wrong code is refused. It sets up its own pool (MFA OPTIONAL with
// software tokens), client and user over the wire.
//
//   ENDPOINT=http://127.0.0.1:9229/ node totp-mfa.mjs
//
// The codes are computed at the endpoint's time, read from its test control (UserpoolTestControl.AdvanceClock
// answers Now; with no member it moves nothing). A code is accepted once, so the sign-in's code is taken from
// the next 30-second step, which the script reaches by moving the endpoint's clock 30 s instead of waiting.
// Prints one line per scenario and exits 1 when any outcome differs from Cognito's.
import cognito from 'amazon-cognito-identity-js';
import { totp } from './authenticator.mjs';
import { call, endpoint, endpointTime, promised, totpPoolWithUser } from './endpoint.mjs';

const { AuthenticationDetails, CognitoUser, CognitoUserPool } = cognito;

// A six-digit code that is none of the codes the window around `epochMillis` accepts.
function wrongCode(secret, epochMillis) {
  const accepted = new Set([-1, 0, 1].map((step) => totp(secret, epochMillis, step)));
  for (let n = 0; ; n += 1) {
    const candidate = String(n).padStart(6, '0');
    if (!accepted.has(candidate)) {
      return candidate;
    }
  }
}

// -- the client's part

// Signs in with SRP; `answer(challengeName)` gives the code for the TOTP challenge, if one comes.
function signIn(pool, username, password, answer) {
  const user = new CognitoUser({ Username: username, Pool: pool });
  return promised((resolve) => {
    const callbacks = {
      onSuccess: (session) => resolve({
        ok: true,
        user,
        challenges: user.challenges ?? [],
        hasTokens: Boolean(session.getIdToken().getJwtToken() && session.getAccessToken().getJwtToken()),
      }),
      onFailure: (err) => resolve({ ok: false, code: err.code, message: err.message }),
      totpRequired: async (challengeName) => {
        user.challenges = [...(user.challenges ?? []), challengeName];
        if (!answer) {
          resolve({ ok: false, code: `unexpected ${challengeName}` });
          return;
        }
        user.sendMFACode(await answer(challengeName), callbacks, 'SOFTWARE_TOKEN_MFA');
      },
      mfaRequired: (challengeName) => resolve({ ok: false, code: `unexpected ${challengeName}` }),
      selectMFAType: (challengeName) => resolve({ ok: false, code: `unexpected ${challengeName}` }),
      mfaSetup: (challengeName) => resolve({ ok: false, code: `unexpected ${challengeName}` }),
    };
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks);
  });
}

const password = 'Totp-Passw0rd!';
const { poolId, clientId } = await totpPoolWithUser({ PoolName: 'js-totp' }, 'tess', password);
const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint });

const scenarios = [];
const record = (name, result, expected) => scenarios.push([name, result, expected]);

// 1. Signed in without MFA (none enabled yet), the user sets TOTP up.
const first = await signIn(pool, 'tess', password);
record('signed in before MFA: tokens, no challenge', { ok: first.ok, hasTokens: first.hasTokens, challenges: first.challenges },
  (r) => r.ok && r.hasTokens && r.challenges.length === 0);
const { user } = first;
const secret = await promised((resolve) => user.associateSoftwareToken({
  associateSecretCode: resolve,
  onFailure: (err) => resolve({ failed: `${err.code}: ${err.message}` }),
}));
record('associateSoftwareToken gives a base32 secret',
  { length: secret.length ?? 0, failed: secret.failed }, () => typeof secret === 'string' && /^[A-Z2-7]+=*$/.test(secret));
const setupTime = await endpointTime(0);
const wrongSetup = await promised((resolve) => user.verifySoftwareToken(wrongCode(secret, setupTime), 'script', {
  onSuccess: (r) => resolve({ ok: true, status: r.Status }),
  onFailure: (err) => resolve({ ok: false, code: err.code, message: err.message }),
}));
record('verifySoftwareToken with a wrong code', wrongSetup, (r) => !r.ok && r.code === 'EnableSoftwareTokenMFAException'
  && r.message === 'Code mismatch and fail enable Software Token MFA');
const verified = await promised((resolve) => user.verifySoftwareToken(totp(secret, setupTime), 'script', {
  onSuccess: (r) => resolve({ ok: true, status: r.Status }),
  onFailure: (err) => resolve({ ok: false, code: err.code, message: err.message }),
}));
record('verifySoftwareToken with the authenticator\'s code', verified, (r) => r.ok && r.status === 'SUCCESS');
const preferred = await promised((resolve) => user.setUserMfaPreference(null, { Enabled: true, PreferredMfa: true },
  (err, result) => resolve(err ? { ok: false, code: err.code, message: err.message } : { ok: true, result })));
record('setUserMfaPreference: TOTP enabled and preferred', preferred, (r) => r.ok && r.result === 'SUCCESS');

// 2. The next sign-in asks for the code; a wrong one is refused.
const wrong = await signIn(pool, 'tess', password, async () => wrongCode(secret, await endpointTime(0)));
record('SOFTWARE_TOKEN_MFA answered with a wrong code', { ok: wrong.ok, code: wrong.code, message: wrong.message }, (r) => !r.ok && r.code === 'CodeMismatchException'
  && r.message === 'Invalid code or auth state for the user.');

// 3. The right code, from the step after the one the verification used (a code is accepted once).
const second = await signIn(pool, 'tess', password, async () => totp(secret, await endpointTime(30)));
record('totpRequired, then sendMFACode(code, callbacks, \'SOFTWARE_TOKEN_MFA\')',
  { ok: second.ok, hasTokens: second.hasTokens, challenges: second.challenges, code: second.code, message: second.message },
  (r) => r.ok && r.hasTokens && r.challenges.join() === 'SOFTWARE_TOKEN_MFA');

let failed = 0;
for (const [name, result, expected] of scenarios) {
  const pass = expected(result);
  failed += pass ? 0 : 1;
  console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}: ${JSON.stringify(result)}`);
}
console.log(failed === 0 ? `all ${scenarios.length} TOTP scenarios as Cognito answers them` : `${failed} TOTP scenario(s) differ`);
process.exit(failed === 0 ? 0 : 1);

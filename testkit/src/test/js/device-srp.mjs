// Device authentication with amazon-cognito-identity-js, unchanged, against the local endpoint: in a pool that tracks
// devices with ChallengeRequiredOnNewDevice and has MFA ON with software tokens, a first sign-in gets NewDeviceMetadata
// and the library confirms the device (remembered at once); the user sets TOTP up. Signed out and in again with the
// cached device key, the library answers DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER on its own (getDeviceResponse)
// and gets tokens without being asked for a TOTP code. Once an admin forgets the device, the next sign-in asks for the
// code again (the forgotten key is asked for no device authentication).
//
//   ENDPOINT=http://127.0.0.1:9229/ node device-srp.mjs
//
// Prints one line per scenario and exits 1 when any outcome differs from Cognito's.
import cognito from 'amazon-cognito-identity-js';
import { totp } from './authenticator.mjs';
import { call, endpoint, endpointTime, promised, totpPoolWithUser } from './endpoint.mjs';

const { AuthenticationDetails, CognitoUser, CognitoUserPool } = cognito;

// Signs in with SRP; `answer()` gives the TOTP code if the library is asked for one. Resolves with the user, the
// challenges the library answered (read off the requests it sent) and whether it was asked for a code.
function signIn(pool, username, password, answer) {
  const user = new CognitoUser({ Username: username, Pool: pool });
  const answered = [];
  const request = user.client.request.bind(user.client);
  user.client = {
    request: (operation, params, callback) => {
      if (operation === 'RespondToAuthChallenge') {
        answered.push(params.ChallengeName);
      }
      return request(operation, params, callback);
    },
  };
  return promised((resolve) => {
    const unexpected = (name) => resolve({ ok: false, code: `unexpected ${name}` });
    const callbacks = {
      onSuccess: (session) => resolve({
        ok: true,
        user,
        answered,
        hasTokens: Boolean(session.getAccessToken().getJwtToken()),
        deviceKey: user.deviceKey,
      }),
      onFailure: (err) => resolve({ ok: false, code: err.code, message: err.message, answered }),
      totpRequired: async (challengeName) => {
        if (!answer) {
          unexpected(challengeName);
          return;
        }
        user.sendMFACode(await answer(), callbacks, 'SOFTWARE_TOKEN_MFA');
      },
      mfaRequired: unexpected,
      selectMFAType: unexpected,
      mfaSetup: unexpected,
    };
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks);
  });
}

const password = 'Device-Srp-Passw0rd!';
const { poolId, clientId } = await totpPoolWithUser({
  PoolName: 'js-device-srp',
  DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
}, 'dana', password);
const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint });

const scenarios = [];
const record = (name, result, expected) => scenarios.push([name, result, expected]);
const devices = async () => (await call('AdminListDevices', { UserPoolId: poolId, Username: 'dana' })).Devices;

// 1. The first sign-in: a new device, confirmed by the library and remembered at once; then TOTP, and MFA ON.
const first = await signIn(pool, 'dana', password);
const listed = await devices();
record('first sign-in: the library confirms the new device, remembered',
  { ok: first.ok, deviceKey: first.deviceKey, listed: listed.map((d) => d.DeviceKey), code: first.code },
  (r) => r.ok && r.listed.length === 1 && r.listed[0] === r.deviceKey);
const secret = await promised((resolve) => first.user.associateSoftwareToken({
  associateSecretCode: resolve,
  onFailure: (err) => resolve({ failed: `${err.code}: ${err.message}` }),
}));
const setupTime = await endpointTime(0);
const verified = await promised((resolve) => first.user.verifySoftwareToken(totp(secret, setupTime, -1), 'script', {
  onSuccess: (r) => resolve({ ok: true, status: r.Status }),
  onFailure: (err) => resolve({ ok: false, code: err.code, message: err.message }),
}));
const preferred = await promised((resolve) => first.user.setUserMfaPreference(null, { Enabled: true, PreferredMfa: true },
  (err, result) => resolve(err ? { ok: false, code: err.code } : { ok: true, result })));
await call('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } });
record('TOTP set up, preferred, and the pool\'s MFA ON', { verified, preferred }, (r) => r.verified.ok && r.preferred.ok);

// 2. Signed out, then in again on the remembered device: device authentication instead of the TOTP code.
first.user.signOut();
const again = await signIn(pool, 'dana', password);
record('sign-in with the remembered device: DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER, no TOTP code',
  { ok: again.ok, hasTokens: again.hasTokens, answered: again.answered, deviceKey: again.deviceKey, code: again.code,
    message: again.message },
  (r) => r.ok && r.hasTokens && r.answered.join() === 'PASSWORD_VERIFIER,DEVICE_SRP_AUTH,DEVICE_PASSWORD_VERIFIER'
    && r.deviceKey === first.deviceKey);

// 3. An admin forgets the device (the library still has it cached): the next sign-in asks for the code.
await call('AdminForgetDevice', { UserPoolId: poolId, Username: 'dana', DeviceKey: first.deviceKey });
again.user.signOut();
const forgotten = await signIn(pool, 'dana', password, async () => totp(secret, await endpointTime(30)));
record('sign-in with a forgotten device: SOFTWARE_TOKEN_MFA, no device authentication',
  { ok: forgotten.ok, hasTokens: forgotten.hasTokens, answered: forgotten.answered, code: forgotten.code,
    message: forgotten.message },
  (r) => r.ok && r.hasTokens && r.answered.join() === 'PASSWORD_VERIFIER,SOFTWARE_TOKEN_MFA');

let failed = 0;
for (const [name, result, expected] of scenarios) {
  const pass = expected(result);
  failed += pass ? 0 : 1;
  console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}: ${JSON.stringify(result)}`);
}
console.log(failed === 0 ? `all ${scenarios.length} device authentication scenarios as Cognito answers them`
  : `${failed} device authentication scenario(s) differ`);
process.exit(failed === 0 ? 0 : 1);

// Remembered devices with amazon-cognito-identity-js, unchanged, against the local endpoint: in a pool that tracks
// devices and remembers them on the user's prompt, an SRP sign-in gets NewDeviceMetadata, the library computes the
// device's verifier (generateHashDevice) and confirms the device (ConfirmDevice: UserConfirmationNecessary true); the
// user remembers it (setDeviceStatusRemembered), lists it, signs out and in again with the cached device key (no new
// device), and forgets it (forgetDevice). The pool asks for no device challenge (ChallengeRequiredOnNewDevice false),
// so none comes; device-srp.mjs signs in with device authentication.
//
//   ENDPOINT=http://127.0.0.1:9229/ node remembered-device.mjs
//
// Prints one line per scenario and exits 1 when any outcome differs from Cognito's.
import cognito from 'amazon-cognito-identity-js';

const { AuthenticationDetails, CognitoUser, CognitoUserPool } = cognito;
const endpoint = process.env.ENDPOINT ?? 'http://127.0.0.1:9229/';

async function call(operation, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) {
    throw new Error(`${operation}: ${json.__type}: ${json.message}`);
  }
  return json;
}

function promised(start) {
  return new Promise((resolve) => start(resolve));
}

// Signs in with SRP; resolves with the user, whether the library confirmed a new device, and its answer.
function signIn(pool, username, password) {
  const user = new CognitoUser({ Username: username, Pool: pool });
  return promised((resolve) => {
    const unexpected = (name) => resolve({ ok: false, code: `unexpected ${name}` });
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: (session, userConfirmationNecessary) => resolve({
        ok: true,
        user,
        hasTokens: Boolean(session.getAccessToken().getJwtToken()),
        userConfirmationNecessary,
        deviceKey: user.deviceKey,
      }),
      onFailure: (err) => resolve({ ok: false, code: err.code, message: err.message }),
      mfaRequired: unexpected,
      totpRequired: unexpected,
      selectMFAType: unexpected,
      mfaSetup: unexpected,
    });
  });
}

const callbacks = (resolve) => ({
  onSuccess: (result) => resolve({ ok: true, result }),
  onFailure: (err) => resolve({ ok: false, code: err.code, message: err.message }),
});

const created = await call('CreateUserPool', {
  PoolName: 'js-devices',
  DeviceConfiguration: { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: true },
});
const poolId = created.UserPool.Id;
const client = await call('CreateUserPoolClient', {
  UserPoolId: poolId,
  ClientName: 'amazon-cognito-identity-js',
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
});
const clientId = client.UserPoolClient.ClientId;
const password = 'Device-Passw0rd!';
await call('AdminCreateUser', { UserPoolId: poolId, Username: 'dora', MessageAction: 'SUPPRESS' });
await call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'dora', Password: password, Permanent: true });
const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint });

const scenarios = [];
const record = (name, result, expected) => scenarios.push([name, result, expected]);
const status = (device) => device?.DeviceAttributes?.find((a) => a.Name === 'device_status')?.Value;

// 1. A new device: NewDeviceMetadata, confirmed by the library with its verifier; the pool asks the user.
const first = await signIn(pool, 'dora', password);
record('sign-in confirms the new device (ConfirmDevice: UserConfirmationNecessary true)',
  { ok: first.ok, hasTokens: first.hasTokens, userConfirmationNecessary: first.userConfirmationNecessary, code: first.code },
  (r) => r.ok && r.hasTokens && r.userConfirmationNecessary === true
    && new RegExp(`^${poolId.split('_')[0]}_[0-9a-f-]{36}$`).test(first.deviceKey ?? ''));
const { user } = first;
const before = await promised((resolve) => user.getDevice(callbacks(resolve)));
record('getDevice: not remembered until the user says so', { ok: before.ok, status: status(before.result?.Device) },
  (r) => r.ok && r.status === 'not_remembered');
const remembered = await promised((resolve) => user.setDeviceStatusRemembered(callbacks(resolve)));
record('setDeviceStatusRemembered', remembered, (r) => r.ok && r.result === 'SUCCESS');
const listed = await promised((resolve) => user.listDevices(10, null, callbacks(resolve)));
record('listDevices: the device, remembered',
  { ok: listed.ok, keys: listed.result?.Devices?.map((d) => d.DeviceKey), status: status(listed.result?.Devices?.[0]) },
  (r) => r.ok && r.keys?.length === 1 && r.keys[0] === first.deviceKey && r.status === 'remembered');

// 2. Signed out, then in again on the same device: the cached DEVICE_KEY is sent, no new device is issued.
user.signOut();
const again = await signIn(pool, 'dora', password);
const after = again.ok ? await promised((resolve) => again.user.listDevices(10, null, callbacks(resolve))) : again;
record('sign-in with the remembered device: no new device',
  { ok: again.ok, deviceKey: again.deviceKey, userConfirmationNecessary: again.userConfirmationNecessary,
    count: after.result?.Devices?.length, code: again.code },
  (r) => r.ok && r.deviceKey === first.deviceKey && r.userConfirmationNecessary === undefined && r.count === 1);

// 3. forgetDevice: the device is gone; getDevice answers Cognito's error.
const forgotten = await promised((resolve) => again.user.forgetDevice(callbacks(resolve)));
record('forgetDevice', forgotten, (r) => r.ok && r.result === 'SUCCESS');
// (the library forgets the cached key too, so GetDevice goes over the wire with the key it had)
const accessToken = again.user.getSignInUserSession().getAccessToken().getJwtToken();
const gone = await call('GetDevice', { AccessToken: accessToken, DeviceKey: first.deviceKey })
  .then(() => ({ ok: true }), (err) => ({ ok: false, error: err.message }));
record('GetDevice after forgetDevice', gone,
  (r) => !r.ok && r.error === 'GetDevice: ResourceNotFoundException: Device does not exist.');

let failed = 0;
for (const [name, result, expected] of scenarios) {
  const pass = expected(result);
  failed += pass ? 0 : 1;
  console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}: ${JSON.stringify(result)}`);
}
console.log(failed === 0 ? `all ${scenarios.length} device scenarios as Cognito answers them` : `${failed} device scenario(s) differ`);
process.exit(failed === 0 ? 0 : 1);

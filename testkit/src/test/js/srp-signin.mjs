// Signs in with amazon-cognito-identity-js, unchanged, against the local endpoint: USER_SRP_AUTH (the
// library's default flow) for a CONFIRMED user, a wrong password, and a FORCE_CHANGE_PASSWORD user answering
// NEW_PASSWORD_REQUIRED in the same session chain. It sets up its own pool, client and users over the wire.
//
//   ENDPOINT=http://127.0.0.1:9229/ node srp-signin.mjs
//
// Prints one line per scenario and exits 1 when any outcome differs from Cognito's.
import cognito from 'amazon-cognito-identity-js';

const { AuthenticationDetails, CognitoUser, CognitoUserPool } = cognito;
const endpoint = process.env.ENDPOINT ?? 'http://127.0.0.1:9229/';

async function call(operation, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) {
    throw new Error(`${operation}: ${json.__type}: ${json.message}`);
  }
  return json;
}

function signIn(pool, username, password, newPassword) {
  const user = new CognitoUser({ Username: username, Pool: pool });
  const details = new AuthenticationDetails({ Username: username, Password: password });
  return new Promise((resolve) => {
    const callbacks = {
      onSuccess: (session) => resolve({
        ok: true,
        flow: user.authenticationFlowType,
        hasTokens: Boolean(session.getIdToken().getJwtToken() && session.getAccessToken().getJwtToken()),
      }),
      onFailure: (err) => resolve({ ok: false, code: err.code, message: err.message }),
      newPasswordRequired: () => {
        if (!newPassword) {
          resolve({ ok: false, code: 'unexpected NEW_PASSWORD_REQUIRED' });
          return;
        }
        user.completeNewPasswordChallenge(newPassword, {}, callbacks);
      },
    };
    user.authenticateUser(details, callbacks);
  });
}

const created = await call('CreateUserPool', { PoolName: 'js-clients' });
const poolId = created.UserPool.Id;
const client = await call('CreateUserPoolClient', {
  UserPoolId: poolId,
  ClientName: 'amazon-cognito-identity-js',
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
});
const clientId = client.UserPoolClient.ClientId;
await call('AdminCreateUser', { UserPoolId: poolId, Username: 'jane', TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS' });
await call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'jane', Password: 'Jane-Passw0rd!', Permanent: true });
await call('AdminCreateUser', { UserPoolId: poolId, Username: 'newbie', TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS' });

const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint });
const scenarios = [
  ['CONFIRMED, right password', await signIn(pool, 'jane', 'Jane-Passw0rd!'),
    (r) => r.ok && r.hasTokens && r.flow === 'USER_SRP_AUTH'],
  ['CONFIRMED, wrong password', await signIn(pool, 'jane', 'Wr0ng-Passw0rd!'),
    (r) => !r.ok && r.code === 'NotAuthorizedException' && r.message === 'Incorrect username or password.'],
  ['unknown user', await signIn(pool, 'nobody', 'Jane-Passw0rd!'),
    (r) => !r.ok && r.code === 'UserNotFoundException' && r.message === 'User does not exist.'],
  ['FORCE_CHANGE_PASSWORD, then NEW_PASSWORD_REQUIRED', await signIn(pool, 'newbie', 'Temp-Passw0rd!', 'Newbie-Passw0rd!'),
    (r) => r.ok && r.hasTokens],
  ['the new password signs in', await signIn(pool, 'newbie', 'Newbie-Passw0rd!'), (r) => r.ok && r.hasTokens],
];
let failed = 0;
for (const [name, result, expected] of scenarios) {
  const pass = expected(result);
  failed += pass ? 0 : 1;
  console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}: ${JSON.stringify(result)}`);
}
console.log(failed === 0 ? `all ${scenarios.length} scenarios as Cognito answers them` : `${failed} scenario(s) differ`);
process.exit(failed === 0 ? 0 : 1);

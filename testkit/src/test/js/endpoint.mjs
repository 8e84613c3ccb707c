// The local endpoint as the scripts reach it over the wire, shared by totp-mfa.mjs and device-srp.mjs: ENDPOINT (default
// http://127.0.0.1:9229/), an API call, its test control's clock, and a TOTP pool with a user.
export const endpoint = process.env.ENDPOINT ?? 'http://127.0.0.1:9229/';

async function post(target, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': target },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) {
    throw new Error(`${target}: ${json.__type}: ${json.message}`);
  }
  return json;
}

// A call of the Cognito API: the answer's JSON, or an Error "<Operation>: <code>: <message>".
export const call = (operation, body) => post(`AWSCognitoIdentityProviderService.${operation}`, body);

// The endpoint's time in epoch milliseconds, after moving it forward by `seconds` (UserpoolTestControl.AdvanceClock).
export async function endpointTime(seconds) {
  const { Now } = await post('UserpoolTestControl.AdvanceClock', seconds ? { Seconds: seconds } : {});
  return Date.parse(Now);
}

// A callback-style call of amazon-cognito-identity-js as a promise.
export function promised(start) {
  return new Promise((resolve) => start(resolve));
}

// A pool whose MFA is OPTIONAL with TOTP enabled (plus `poolMembers` on CreateUserPool), an SRP client named
// amazon-cognito-identity-js, and a confirmed user `username` with `password`: the pool's and the client's ids.
export async function totpPoolWithUser(poolMembers, username, password) {
  const poolId = (await call('CreateUserPool', poolMembers)).UserPool.Id;
  await call('SetUserPoolMfaConfig', {
    UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true },
  });
  const client = await call('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'amazon-cognito-identity-js',
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  await call('AdminCreateUser', { UserPoolId: poolId, Username: username, MessageAction: 'SUPPRESS' });
  await call('AdminSetUserPassword', { UserPoolId: poolId, Username: username, Password: password, Permanent: true });
  return { poolId, clientId: client.UserPoolClient.ClientId };
}

// Signs in with amazon-cognito-identity-js, unchanged, through CUSTOM_AUTH against the local endpoint, whose
// DefineAuthChallenge, CreateAuthChallenge and VerifyAuthChallengeResponse functions run in a Lambda runner that
// NodeClients starts (the endpoint reaches it as --lambda-endpoint does): the challenge asks "2+3", three wrong answers
// end the sign-in. Scenarios: initiateAuth, customChallenge, sendCustomChallengeAnswer with the right answer; wrong
// answers; and the SRP start (authenticateUser with the CUSTOM_AUTH flow type: SRP_A, PASSWORD_VERIFIER, then the
// custom challenge). It sets up its own pool, client and user over the wire.
//
//   ENDPOINT=http://127.0.0.1:9229/ FUNCTIONS=arn:aws:lambda:us-east-1:123456789012:function: node custom-auth.mjs
//
// Prints one line per scenario and exits 1 when any outcome differs from Cognito's.
import cognito from 'amazon-cognito-identity-js';

const { AuthenticationDetails, CognitoUser, CognitoUserPool } = cognito;
const endpoint = process.env.ENDPOINT ?? 'http://127.0.0.1:9229/';
const functions = process.env.FUNCTIONS ?? 'arn:aws:lambda:us-east-1:123456789012:function:';

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

// Answers each custom challenge with the next of `answers`; `password` starts with SRP instead.
function signIn(pool, username, answers, password) {
  const user = new CognitoUser({ Username: username, Pool: pool });
  user.setAuthenticationFlowType('CUSTOM_AUTH');
  const asked = [];
  return new Promise((resolve) => {
    const callbacks = {
      onSuccess: (session) => resolve({
        ok: true,
        asked,
        hasTokens: Boolean(session.getIdToken().getJwtToken() && session.getAccessToken().getJwtToken()),
      }),
      onFailure: (err) => resolve({ ok: false, asked, code: err.code, message: err.message }),
      customChallenge: (parameters) => {
        asked.push(parameters.question);
        user.sendCustomChallengeAnswer(answers[asked.length - 1], callbacks);
      },
    };
    if (password) {
      user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks);
    } else {
      user.initiateAuth(new AuthenticationDetails({ Username: username }), callbacks);
    }
  });
}

const created = await call('CreateUserPool', {
  PoolName: 'js-custom-auth',
  LambdaConfig: {
    DefineAuthChallenge: `${functions}define`,
    CreateAuthChallenge: `${functions}create`,
    VerifyAuthChallengeResponse: `${functions}verify`,
  },
});
const poolId = created.UserPool.Id;
const client = await call('CreateUserPoolClient', {
  UserPoolId: poolId,
  ClientName: 'amazon-cognito-identity-js',
  ExplicitAuthFlows: ['ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
});
const clientId = client.UserPoolClient.ClientId;
await call('AdminCreateUser', { UserPoolId: poolId, Username: 'jane', TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS' });
await call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'jane', Password: 'Jane-Passw0rd!', Permanent: true });

const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint });
const scenarios = [
  ['initiateAuth, customChallenge, the right answer', await signIn(pool, 'jane', ['5']),
    (r) => r.ok && r.hasTokens && r.asked.length === 1 && r.asked[0] === '2+3'],
  ['a wrong answer, then the right one', await signIn(pool, 'jane', ['4', '5']),
    (r) => r.ok && r.hasTokens && r.asked.length === 2],
  ['three wrong answers', await signIn(pool, 'jane', ['1', '2', '3']),
    (r) => !r.ok && r.asked.length === 3 && r.code === 'NotAuthorizedException' && r.message === 'Incorrect username or password.'],
  ['SRP_A and PASSWORD_VERIFIER first, then the challenge', await signIn(pool, 'jane', ['5'], 'Jane-Passw0rd!'),
    (r) => r.ok && r.hasTokens && r.asked.length === 1],
  ['SRP start with a wrong password', await signIn(pool, 'jane', ['5'], 'Wr0ng-Passw0rd!'),
    (r) => !r.ok && r.asked.length === 0 && r.code === 'NotAuthorizedException' && r.message === 'Incorrect username or password.'],
];
let failed = 0;
for (const [name, result, expected] of scenarios) {
  const pass = expected(result);
  failed += pass ? 0 : 1;
  console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}: ${JSON.stringify(result)}`);
}
console.log(failed === 0 ? `all ${scenarios.length} scenarios as Cognito answers them` : `${failed} scenario(s) differ`);
process.exit(failed === 0 ? 0 : 1);

// Verifies tokens issued by userpool with aws-jwt-verify, AWS's JWT verifier for Cognito.
//
// Usage: node verify-tokens.mjs <tokens.json>
// The file is written by the testkit test NodeClientTokensTest (run by `mvn -Pnpm-clients verify`). It holds
// a pool id, a client id, the JWKS, and tokens in both issuer modes: Cognito's own
// (https://cognito-idp.<region>.amazonaws.com/<poolId>) and a local issuer URL. Valid tokens must verify,
// every refused one must be refused; the script prints one line per check and exits 1 on any surprise.
import { readFileSync } from "node:fs";
import { CognitoJwtVerifier, JwtRsaVerifier } from "aws-jwt-verify";

const fixture = JSON.parse(readFileSync(process.argv[2], "utf8"));
let failures = 0;

async function expectValid(name, verifier, token, check) {
  try {
    const payload = await verifier.verify(token);
    const problem = check ? check(payload) : null;
    if (problem) {
      failures++;
      console.log(`FAIL ${name}: ${problem}`);
    } else {
      console.log(`ok   ${name}: sub=${payload.sub} token_use=${payload.token_use}`);
    }
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${e.constructor.name}: ${e.message}`);
  }
}

async function expectRefused(name, verifier, token) {
  try {
    await verifier.verify(token);
    failures++;
    console.log(`FAIL ${name}: accepted`);
  } catch (e) {
    console.log(`ok   ${name}: refused (${e.constructor.name})`);
  }
}

// Cognito's issuer: the verifier production code uses, unchanged, given the local JWKS.
const access = CognitoJwtVerifier.create({ userPoolId: fixture.userPoolId, tokenUse: "access", clientId: fixture.clientId });
const id = CognitoJwtVerifier.create({ userPoolId: fixture.userPoolId, tokenUse: "id", clientId: fixture.clientId });
access.cacheJwks(fixture.jwks);
id.cacheJwks(fixture.jwks);

await expectValid("aws-issuer access token", access, fixture.aws.accessToken,
  (p) => p.scope === "aws.cognito.signin.user.admin" ? null : `scope ${p.scope}`);
await expectValid("aws-issuer id token", id, fixture.aws.idToken,
  (p) => p.email_verified === true && Array.isArray(p["cognito:groups"]) ? null : "email_verified or cognito:groups");
await expectRefused("expired access token", access, fixture.aws.expiredAccessToken);
await expectRefused("id token as an access token", access, fixture.aws.idToken);
await expectRefused("token signed by another key", access, fixture.aws.foreignAccessToken);
await expectRefused("tampered access token", access, fixture.aws.tamperedAccessToken);

// A local issuer (OIDC discovery style): a generic RS256 verifier with that issuer.
const local = JwtRsaVerifier.create({ issuer: fixture.local.issuer, audience: fixture.clientId, jwksUri: fixture.local.jwksUri });
local.cacheJwks(fixture.jwks);
await expectValid("local-issuer id token", local, fixture.local.idToken,
  (p) => p.iss === fixture.local.issuer ? null : `iss ${p.iss}`);
const localAccess = JwtRsaVerifier.create({ issuer: fixture.local.issuer, audience: null, jwksUri: fixture.local.jwksUri,
  customJwtCheck: ({ payload }) => { if (payload.client_id !== fixture.clientId) throw new Error("client_id"); } });
localAccess.cacheJwks(fixture.jwks);
await expectValid("local-issuer access token", localAccess, fixture.local.accessToken);
await expectRefused("aws-issuer token against the local issuer", local, fixture.aws.idToken);

console.log(failures === 0 ? "all checks passed" : `${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);

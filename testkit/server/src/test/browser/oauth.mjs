// OpenID Connect through openid-client (npm), a client no one here wrote, against the local endpoint's hosted pages:
// discovery from the issuer, authorization code with PKCE in headless Chromium (puppeteer-core fills the hosted
// sign-in form), refresh, userInfo, and client credentials; then Amplify v6 signInWithRedirect (page/redirect.js): the
// hosted form, back signed in (getCurrentUser, fetchAuthSession), and signOut through /logout. Amplify builds
// https://<domain>/oauth2/...; the browser's requests to that domain are answered here for the local endpoint (a
// navigation is redirected to the endpoint's same path, the token request is forwarded to it).
//
//   node oauth.mjs --jar ../../../target/userpool-server.jar   # starts java -jar <jar> --port 0 --issuer local
//   ENDPOINT=http://127.0.0.1:9229 node oauth.mjs               # an endpoint already running with --issuer local
//
// CHROMIUM names the browser (default /usr/bin/chromium). --out DIR takes the screenshot of the hosted sign-in page
// (default testkit/server/target/browser/hosted-sign-in.png). Prints one line per check and "N passed, N failed";
// exits 1 when a check fails, 2 when it cannot run.
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as oidc from 'openid-client';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const out = resolve(option('--out') ?? join(here, '../../../target/browser'));
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const cleanups = [];
const results = [];

function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'pass' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

function startJar(path) {
  const java = spawn('java', ['-jar', path, '--port', '0', '--issuer', 'local'], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => new Promise((done) => (java.exitCode !== null ? done() : (java.once('exit', done), java.kill('SIGTERM')))));
  return new Promise((done, reject) => {
    const timer = setTimeout(() => reject(new Error('the endpoint did not print "listening on" within 60 s')), 60_000);
    java.once('exit', (code) => reject(new Error(`java -jar exited with ${code}`)));
    createInterface({ input: java.stdout }).on('line', (line) => {
      const listening = /^listening on (\S+)/.exec(line);
      if (listening) {
        clearTimeout(timer);
        done(listening[1]);
      }
    });
  });
}

async function cognito(endpoint, operation, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) {
    throw new Error(`setup: ${operation}: ${json.__type}: ${json.message}`);
  }
  return json;
}

// Where the browser is sent back: a page on its own port that only says it was reached.
async function callbackServer() {
  const server = createServer((request, response) => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('back'));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  cleanups.push(() => new Promise((done) => server.close(done)));
  return `http://localhost:${server.address().port}/callback`;
}

async function main() {
  const jar = option('--jar');
  let endpoint = process.env.ENDPOINT ?? (jar ? await startJar(jar) : undefined);
  if (!endpoint) {
    throw new Error('give --jar <userpool-server.jar> or ENDPOINT=<url of an endpoint started with --issuer local>');
  }
  endpoint = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  const callback = await callbackServer();
  const pool = (await cognito(endpoint, 'CreateUserPool', { PoolName: `oauth-${Date.now()}` })).UserPool;
  await cognito(endpoint, 'CreateResourceServer', {
    UserPoolId: pool.Id, Identifier: 'orders', Name: 'orders', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read orders' }],
  });
  const web = (await cognito(endpoint, 'CreateUserPoolClient', {
    UserPoolId: pool.Id, ClientName: 'web', AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email', 'profile'], CallbackURLs: [callback], SupportedIdentityProviders: ['COGNITO'],
  })).UserPoolClient;
  const machine = (await cognito(endpoint, 'CreateUserPoolClient', {
    UserPoolId: pool.Id, ClientName: 'machine', GenerateSecret: true, AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['orders/read'],
  })).UserPoolClient;
  await cognito(endpoint, 'AdminCreateUser', {
    UserPoolId: pool.Id, Username: 'jane', MessageAction: 'SUPPRESS',
    UserAttributes: [{ Name: 'email', Value: 'jane@example.com' }, { Name: 'email_verified', Value: 'true' }],
  });
  await cognito(endpoint, 'AdminSetUserPassword', { UserPoolId: pool.Id, Username: 'jane', Password: 'Jane-Passw0rd!', Permanent: true });

  const issuer = new URL(`${endpoint}${pool.Id}`);
  const insecure = { execute: [oidc.allowInsecureRequests] };
  const config = await oidc.discovery(issuer, web.ClientId, undefined, oidc.None(), insecure);
  check('discovery from the issuer', config.serverMetadata().token_endpoint === `${endpoint}oauth2/token`,
    config.serverMetadata().authorization_endpoint);

  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const authorize = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callback, scope: 'openid email', state, nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });

  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
  cleanups.push(() => browser.close());
  const page = await browser.newPage();
  await page.setViewport({ width: 520, height: 560 });
  await page.goto(authorize.href, { waitUntil: 'load' });
  await mkdir(out, { recursive: true });
  await page.screenshot({ path: join(out, 'hosted-sign-in.png') });
  check('the hosted sign-in page', (await page.$('label[for=username]')) !== null && (await page.$('input[type=password]')) !== null);
  await page.type('#username', 'jane');
  await page.type('#password', 'Jane-Passw0rd!');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type=submit]')]);
  const back = new URL(page.url());
  check('redirected back with a code and the state', back.searchParams.has('code') && back.searchParams.get('state') === state,
    back.origin + back.pathname);

  const tokens = await oidc.authorizationCodeGrant(config, back, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
  check('code exchanged with PKCE; the ID token verified (iss, aud, nonce)', tokens.claims()?.nonce === nonce && !!tokens.refresh_token,
    `sub ${tokens.claims()?.sub}`);
  const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims().sub);
  check('userInfo', info.email === 'jane@example.com' && info.username === 'jane', JSON.stringify(info));
  const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token);
  check('refresh', !!refreshed.access_token && refreshed.access_token !== tokens.access_token);

  const m2m = await oidc.discovery(issuer, machine.ClientId, machine.ClientSecret, undefined, insecure);
  const cc = await oidc.clientCredentialsGrant(m2m, { scope: 'orders/read' });
  const claims = JSON.parse(Buffer.from(cc.access_token.split('.')[1], 'base64url'));
  check('client credentials', claims.scope === 'orders/read' && claims.client_id === machine.ClientId && !cc.id_token, claims.scope);

  await amplifyRedirect(endpoint, pool, browser);
}

// The page of page/redirect.js, bundled, with its configuration, on http://localhost:<port>/ (the callback URL).
async function redirectPage(configuration) {
  await build({
    entryPoints: [join(here, 'page/redirect.js')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022',
    define: { global: 'globalThis' }, outfile: join(out, 'redirect.bundle.js'), logLevel: 'warning',
  });
  const bundle = await readFile(join(out, 'redirect.bundle.js'));
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>redirect</title>'
    + '</head><body><script type="module" src="/redirect.bundle.js"></script></body></html>';
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/redirect.bundle.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
    } else if (path === '/config.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(configuration()));
    } else {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  cleanups.push(() => new Promise((done) => server.close(done)));
  return `http://localhost:${server.address().port}/redirect.html`;
}

async function amplifyRedirect(endpoint, pool, browser) {
  const domain = 'auth.userpool.test';
  let clientId;
  const pageUrl = await redirectPage(() => ({ userPoolId: pool.Id, clientId, endpoint, domain }));
  clientId = (await cognito(endpoint, 'CreateUserPoolClient', {
    UserPoolId: pool.Id, ClientName: 'amplify', AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email'], CallbackURLs: [pageUrl], LogoutURLs: [pageUrl], SupportedIdentityProviders: ['COGNITO'],
  })).UserPoolClient.ClientId;

  // A browser context of its own: the openid-client run above left this pool's session cookie in the default one.
  const context = await browser.createBrowserContext();
  cleanups.push(() => context.close());
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`page: ${e.message}`));
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const url = new URL(request.url());
    if (url.host !== domain) {
      await request.continue();
    } else if (request.isNavigationRequest()) {
      await request.respond({ status: 302, headers: { Location: `${endpoint}${url.pathname.slice(1)}${url.search}` }, body: '' });
    } else {
      // Forwarded as the browser sent it (the preflight too: the endpoint answers CORS), answered as the endpoint did.
      const headers = Object.fromEntries(Object.entries(request.headers()).filter(([name]) => !['host', 'referer'].includes(name)));
      const answer = await fetch(`${endpoint}${url.pathname.slice(1)}${url.search}`, {
        method: request.method(), headers, body: request.postData(),
      });
      await request.respond({ status: answer.status, headers: Object.fromEntries(answer.headers.entries()), body: await answer.text() });
    }
  });
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForFunction(() => window.pageReady === true);
  await Promise.all([page.waitForSelector('#username'), page.evaluate(() => window.startSignIn())]);
  check('Amplify signInWithRedirect: the hosted sign-in page', new URL(page.url()).pathname === '/oauth2/authorize', page.url());
  await page.type('#username', 'jane');
  await page.type('#password', 'Jane-Passw0rd!');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type=submit]')]);
  await page.waitForFunction(() => window.pageReady === true);
  const signedIn = await page.evaluate(() => window.signedIn());
  check('Amplify: back signed in (getCurrentUser, fetchAuthSession)', signedIn.username === 'jane' && signedIn.idTokenUser === 'jane'
    && signedIn.scope === 'openid email' && signedIn.email === 'jane@example.com', JSON.stringify(signedIn));

  const sessionCookie = (await page.cookies(endpoint)).find((c) => c.name === 'cognito');
  check('the hosted session cookie', !!sessionCookie && sessionCookie.httpOnly && sessionCookie.sameSite === 'Lax');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.evaluate(() => window.startSignOut())]);
  await page.waitForFunction(() => window.pageReady === true);
  const after = await page.evaluate(() => window.currentUser());
  const cleared = !(await page.cookies(endpoint)).some((c) => c.name === 'cognito');
  check('Amplify signOut through /logout: signed out, the session cookie cleared', page.url() === pageUrl
    && after === 'UserUnAuthenticatedException' && cleared, `${page.url()} ${after}`);
}

try {
  await main();
} catch (e) {
  console.error(`oauth: ${e.stack ?? e}`);
  process.exitCode = 2;
} finally {
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch(() => {});
  }
}
if (!process.exitCode) {
  const failed = results.filter((ok) => !ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

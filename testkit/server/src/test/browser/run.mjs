// Drives page/app.js (aws-amplify v6 and amazon-cognito-identity-js, bundled with esbuild) in headless
// Chromium with puppeteer-core, against the local endpoint, from another origin than the endpoint's.
//
//   node run.mjs --jar ../../../target/userpool-server.jar   # starts java -jar <jar> --port 0, stops it after
//   ENDPOINT=http://127.0.0.1:9229 node run.mjs               # an endpoint already running (java -jar as README starts it)
//
// CHROMIUM names the browser (default /usr/bin/chromium, Debian's package; ensure-chromium.sh installs it).
// --out DIR takes the bundle and the screenshot (default testkit/server/target/browser). It creates a pool, an
// app client and users over plain HTTP (no browser, so no CORS), serves the page from a static server on
// another port, runs the scenarios in the page, prints one line per scenario and "N passed, N failed", saves
// a screenshot of the page as DIR/scenarios.png, and exits 1 when any scenario fails (2 when it cannot run).
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(option('--out') ?? join(here, '../../../target/browser'));
const jar = option('--jar');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const cleanups = [];

function fail(message) {
  console.error(`browser: ${message}`);
  process.exitCode = 2;
  throw new Error(message);
}

// java -jar <jar> --port 0, as README starts it but on a free port; resolves with the URL it prints.
function startJar(path) {
  const java = spawn('java', ['-jar', path, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => new Promise((done) => {
    if (java.exitCode !== null) {
      done();
      return;
    }
    java.once('exit', done);
    java.kill('SIGTERM');
  }));
  return new Promise((done, reject) => {
    const timer = setTimeout(() => reject(new Error(`java -jar ${path} did not print "listening on" within 60 s`)), 60_000);
    java.once('exit', (code) => reject(new Error(`java -jar ${path} exited with ${code}`)));
    createInterface({ input: java.stdout }).on('line', (line) => {
      console.log(`server: ${line}`);
      const listening = /^listening on (\S+)/.exec(line);
      if (listening) {
        clearTimeout(timer);
        done(listening[1]);
      }
    });
  });
}

async function call(endpoint, target, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': target },
    body: JSON.stringify(body),
  }).catch((e) => fail(`setup: cannot reach ${endpoint} (${e.cause?.code ?? e.cause?.errors?.[0]?.code ?? e.message})`));
  const json = await response.json();
  if (!response.ok) {
    fail(`setup: ${target}: ${json.__type}: ${json.message}`);
  }
  return json;
}

async function setUp(endpoint) {
  const cognito = (operation, body) => call(endpoint, `AWSCognitoIdentityProviderService.${operation}`, body);
  const pool = (await cognito('CreateUserPool', {
    PoolName: `browser-${Date.now()}`,
    AutoVerifiedAttributes: ['email'],
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } }, // branch otp: USER_AUTH with EMAIL_OTP
  })).UserPool;
  const client = (await cognito('CreateUserPoolClient', {
    UserPoolId: pool.Id,
    ClientName: 'browser',
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_AUTH'],
  })).UserPoolClient;
  const users = {
    jane: { username: 'jane', password: 'Jane-Passw0rd!', email: 'jane@example.com' },
    newbie: { username: 'newbie', temporaryPassword: 'Temp-Passw0rd!', password: 'Newbie-Passw0rd!' },
    reset: { username: 'forgetful', password: 'Forgetful-Passw0rd!', newPassword: 'Rem3mbered-Passw0rd!', email: 'forgetful@example.com' },
    signup: { username: 'newcomer', password: 'Newcomer-Passw0rd!', email: 'newcomer@example.com' },
  };
  for (const user of [users.jane, users.reset]) {
    await cognito('AdminCreateUser', {
      UserPoolId: pool.Id,
      Username: user.username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: user.email }, { Name: 'email_verified', Value: 'true' }],
    });
    await cognito('AdminSetUserPassword', { UserPoolId: pool.Id, Username: user.username, Password: user.password, Permanent: true });
  }
  await cognito('AdminCreateUser', {
    UserPoolId: pool.Id, Username: users.newbie.username, TemporaryPassword: users.newbie.temporaryPassword, MessageAction: 'SUPPRESS',
  });
  const discovery = await fetch(new URL(`${pool.Id}/.well-known/openid-configuration`, endpoint));
  if (!discovery.ok) {
    fail(`setup: GET /${pool.Id}/.well-known/openid-configuration answered ${discovery.status}`);
  }
  const { issuer } = await discovery.json();
  return { endpoint, userPoolId: pool.Id, clientId: client.ClientId, issuer, users };
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

// The page's origin: a static server on its own port, so the endpoint is another origin.
async function servePage() {
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: [join(here, 'page/app.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    define: { global: 'globalThis' },
    outfile: join(out, 'app.js'),
    logLevel: 'warning',
  });
  await copyFile(join(here, 'page/index.html'), join(out, 'index.html'));
  const server = createServer(async (request, response) => {
    const name = new URL(request.url, 'http://page/').pathname.slice(1) || 'index.html';
    if (!(name in { 'index.html': 1, 'app.js': 1 })) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(name)] }).end(await readFile(join(out, name)));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  cleanups.push(() => new Promise((done) => server.close(done)));
  // localhost rather than 127.0.0.1: a passkey's relying party ID is a host name, and the passkey scenario's is localhost.
  return `http://localhost:${server.address().port}/`;
}

async function main() {
  let endpoint = process.env.ENDPOINT;
  if (!endpoint) {
    if (!jar) {
      fail('give --jar <userpool-server.jar> or ENDPOINT=<url of a running endpoint>');
    }
    endpoint = await startJar(jar);
  }
  endpoint = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  const config = await setUp(endpoint);
  const pageUrl = await servePage();
  console.log(`page ${pageUrl} (origin ${new URL(pageUrl).origin}), endpoint ${endpoint}, pool ${config.userPoolId}`);

  // headless: true is Chromium's new headless mode (puppeteer passes --headless=new).
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] })
    .catch((e) => fail(`cannot start ${chromium} (${e.message.split('\n')[0]}); run ensure-chromium.sh or set CHROMIUM`));
  cleanups.push(() => browser.close());
  console.log(`browser ${await browser.version()}`);
  const page = await browser.newPage();
  // A platform authenticator for the passkey scenario (branch passkeys), as a phone's or a laptop's would be.
  const devtools = await page.createCDPSession();
  await devtools.send('WebAuthn.enable');
  await devtools.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true,
      automaticPresenceSimulation: true },
  });
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  // Errors the scenarios expect (a wrong password is a 400) show as "Failed to load resource": not shown.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource: the server responded')
    && console.log(`page console: ${m.text()}`));
  page.on('requestfailed', (r) => console.log(`page request failed: ${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
  await page.setViewport({ width: 1400, height: 700 });
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForFunction(() => window.pageReady === true, { timeout: 30_000 });
  const results = await page.evaluate((c) => window.runScenarios(c), config);
  const label = { pass: 'pass', fail: 'FAIL' };
  for (const r of results) {
    console.log(`${label[r.status]} ${r.name}: ${r.detail}`);
    console.log(`     calls: ${r.calls.join(', ') || '(none)'}`);
  }
  await page.screenshot({ path: join(out, 'scenarios.png'), fullPage: true });
  console.log(`screenshot ${join(out, 'scenarios.png')}`);
  const passed = results.filter((r) => r.status === 'pass').length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

try {
  await main();
} catch (e) {
  if (!process.exitCode) {
    console.error(`browser: ${e.stack ?? e}`);
    process.exitCode = 2;
  }
} finally {
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch(() => {});
  }
}

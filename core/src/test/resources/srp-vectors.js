// Known-answer vectors for the Java SRP server, computed with amazon-cognito-identity-js 6.3.21's own
// AuthenticationHelper and BigInteger (the client side), plus g^b for the server's B.
const AH = require('amazon-cognito-identity-js/lib/AuthenticationHelper').default;
const BI = require('amazon-cognito-identity-js/lib/BigInteger').default;
const { Sha256 } = require('@aws-crypto/sha256-js');
const { Buffer } = require('buffer');

function run(c) {
  const h = new AH(c.poolName);
  h.smallAValue = new BI(c.a, 16); h.largeAValue = null;
  h.getLargeAValue(() => {});
  const A = h.largeAValue;
  const salt = new BI(c.salt, 16);
  const up = h.hash(`${c.poolName}${c.username}:${c.password}`);
  const x = new BI(h.hexHash(h.padHex(salt) + up), 16);
  let v; h.g.modPow(x, h.N, (e, r) => { v = r; });
  const b = new BI(c.b, 16);
  let gb; h.g.modPow(b, h.N, (e, r) => { gb = r; });
  const B = h.k.multiply(v).add(gb).mod(h.N);
  let key; h.getPasswordAuthenticationKey(c.username, c.password, B, salt, (e, k) => { key = k; });
  const msg = Buffer.concat([Buffer.from(c.poolName, 'utf8'), Buffer.from(c.username, 'utf8'),
    Buffer.from(c.secretBlock, 'base64'), Buffer.from(c.timestamp, 'utf8')]);
  const s = new Sha256(key); s.update(msg);
  const sig = Buffer.from(s.digestSync()).toString('base64');
  return { ...c, k: h.k.toString(16), x: x.toString(16), v: v.toString(16), A: A.toString(16), B: B.toString(16),
    u: h.UValue.toString(16), hkdf: Buffer.from(key).toString('hex'), signature: sig };
}
const cases = [
  { poolName: 'AbCdEf123', username: 'alice', password: 'Passw0rd!',
    salt: 'c2a8e3f1b0d94e7a8f6c5b4a39281706', a: 'a1'.repeat(128), b: '5e'.repeat(32),
    secretBlock: Buffer.from('secret block one').toString('base64'), timestamp: 'Tue Mar 5 09:07:03 UTC 2024' },
  { poolName: 'xYz789', username: '9f8e7d6c-5b4a-4321-8fed-cba987654321', password: 'Grüße, 世界 1A!',
    salt: '0012ab34cd56ef7890a1b2c3d4e5f607', a: '7f'.repeat(128), b: 'c3'.repeat(32),
    secretBlock: Buffer.from([0, 1, 2, 250, 251, 252]).toString('base64'), timestamp: 'Sun Dec 31 23:59:59 UTC 2023' },
];
console.log(JSON.stringify(cases.map(run), null, 1));

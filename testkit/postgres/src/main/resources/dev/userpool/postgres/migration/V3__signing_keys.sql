-- The token-signing keys (issue 28): one key set per database, shared by every endpoint on it, so they all sign with
-- the same keys and publish the same JWKS, and a fresh database gets keys no other has. signing_key_set holds the
-- set's version: creating the first set inserts its row (INSERT ... ON CONFLICT DO NOTHING: of two nodes starting
-- together one wins, and both read the winner's keys), and a rotation is UPDATE ... WHERE version = n - 1.

CREATE TABLE signing_key_set (
  id      smallint PRIMARY KEY CHECK (id = 1),
  version bigint   NOT NULL CHECK (version >= 1)
);

-- One row per key of the set. The private key is kept as the signer protects it: 'pkcs8:' and its PKCS#8 encoding in
-- Base64, or 'a256gcm:' and that encoding encrypted with AES-256-GCM under a key-encryption key the database never
-- sees (USERPOOL_KEY_ENCRYPTION_KEY on the endpoints). verifies_until is null while the key signs; a retired key
-- keeps verifying the tokens it signed until then.
CREATE TABLE signing_key (
  kid            text        PRIMARY KEY,
  position       integer     NOT NULL UNIQUE,
  token_use      text        NOT NULL CHECK (token_use IN ('id', 'access')),
  public_key     text        NOT NULL,
  private_key    text        NOT NULL,
  verifies_until timestamptz
);

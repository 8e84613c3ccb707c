-- Passkeys (issue 30): each user's WebAuthn credentials with their signature counter, and the open ceremonies
-- (StartWebAuthnRegistration's challenge, the WEB_AUTHN sign-in's). Both go with the user (and the pool): the foreign
-- keys cascade, so a deleted user's passkeys can never sign in again.

CREATE TABLE webauthn_credential (
  pool_id        text   NOT NULL,
  -- The credential id, base64url: one credential's in the pool.
  credential_id  text   NOT NULL,
  sub            text   NOT NULL,
  -- The signature counter, advanced by a conditional UPDATE (WHERE sign_count = the value read).
  sign_count     bigint NOT NULL CHECK (sign_count >= 0),
  created_at     timestamptz NOT NULL,
  -- The rest (RP id, COSE public key, algorithm, transports, attachment, friendly name) as JSON.
  document       text   NOT NULL,
  PRIMARY KEY (pool_id, credential_id),
  FOREIGN KEY (pool_id, sub) REFERENCES pool_user (pool_id, sub) ON DELETE CASCADE
);
CREATE INDEX webauthn_credential_owner ON webauthn_credential (pool_id, sub, created_at, credential_id);

-- One open ceremony per user and purpose ('REGISTRATION', 'SIGN_IN'): the latest replaces the last.
CREATE TABLE webauthn_challenge (
  pool_id    text NOT NULL,
  sub        text NOT NULL,
  purpose    text NOT NULL CHECK (purpose IN ('REGISTRATION', 'SIGN_IN')),
  challenge  text NOT NULL,
  client_id  text NOT NULL,
  expires_at timestamptz NOT NULL,
  -- The sign-in's Session, as the client holds it (it is the bearer of the ceremony, as the challenge is).
  session    text,
  PRIMARY KEY (pool_id, sub, purpose),
  FOREIGN KEY (pool_id, sub) REFERENCES pool_user (pool_id, sub) ON DELETE CASCADE
);

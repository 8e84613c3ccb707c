-- The hosted endpoints' short-lived state, shared by every endpoint on the database (issue 24): the authorization
-- codes the authorize endpoint issued (five minutes each) and the browsers' sign-in sessions (one hour each).
-- Both are kept under the SHA-256 digest of their secret (the code, the session id), never the secret itself, and
-- pruned after expiry on the expires_at index. A deleted pool's rows are not looked up again (its clients are gone)
-- and go when they expire.

-- A code is taken with one DELETE ... RETURNING: of two redemptions of one code, on any nodes, one gets the row.
CREATE TABLE authorization_code (
  code_digest bytea PRIMARY KEY,
  expires_at  timestamptz NOT NULL,
  document    text NOT NULL
);
CREATE INDEX authorization_code_expiry ON authorization_code (expires_at);

CREATE TABLE hosted_session (
  id_digest  bytea PRIMARY KEY,
  expires_at timestamptz NOT NULL,
  document   text NOT NULL
);
CREATE INDEX hosted_session_expiry ON hosted_session (expires_at);

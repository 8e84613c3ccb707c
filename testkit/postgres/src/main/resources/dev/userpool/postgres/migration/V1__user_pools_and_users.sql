-- The user-pool store. Each aggregate is a row: the columns a query or a constraint needs, and a JSON
-- document for the rest (written and read by dev.userpool.postgres.Documents). A write is conditional
-- on the version column; the primary keys make two writers unable to share a key.
--
-- Documents are JSON text with every non-ASCII character escaped, in a text column: jsonb refuses \u0000
-- and a lone surrogate, either of which an attribute value may hold; `document::jsonb` reads all other rows.
-- Key values are bytea (the string in UTF-16) for the same reason: any Java string is stored exactly.

CREATE TABLE user_pool (
  id       text   PRIMARY KEY,
  version  bigint NOT NULL CHECK (version >= 1),
  document text   NOT NULL
);

-- InitiateAuth names only the client: each client id belongs to one pool.
CREATE TABLE app_client (
  client_id text PRIMARY KEY,
  pool_id   text NOT NULL REFERENCES user_pool (id) ON DELETE CASCADE
);
CREATE INDEX app_client_pool ON app_client (pool_id);

CREATE TABLE pool_user (
  pool_id        text   NOT NULL REFERENCES user_pool (id) ON DELETE CASCADE,
  sub            text   NOT NULL,
  username       text   NOT NULL,
  -- The username in UTF-16 (big-endian): byte order is Java's String order, which ListUsers pages by.
  username_order bytea  NOT NULL,
  status         text   NOT NULL,
  enabled        boolean NOT NULL,
  version        bigint NOT NULL CHECK (version >= 1),
  document       text   NOT NULL,
  PRIMARY KEY (pool_id, sub)
);
CREATE INDEX pool_user_order ON pool_user (pool_id, username_order);

-- Every key a user is found by besides the sub: the folded username (kind 'username') and each usable
-- alias (kind 'alias:EMAIL', ...). The primary key is what makes a username or alias one user's.
CREATE TABLE user_key (
  pool_id text NOT NULL,
  kind    text NOT NULL,
  value   bytea NOT NULL,
  sub     text NOT NULL,
  PRIMARY KEY (pool_id, kind, value),
  FOREIGN KEY (pool_id, sub) REFERENCES pool_user (pool_id, sub) ON DELETE CASCADE
);
CREATE INDEX user_key_owner ON user_key (pool_id, sub);

-- Groups, memberships and the token registry (issue 17), beside the user-pool store of V1 and in its style:
-- a row per aggregate with the columns a query or constraint needs and a JSON document for the rest.
-- Groups are not tied to user_pool by a foreign key: the Groups port stands alone (GroupService removes a
-- deleted pool's groups through Groups.removePool).

CREATE TABLE pool_group (
  pool_id  text   NOT NULL,
  -- The name in UTF-16 (big-endian): byte order is Java's String order, which ListGroups pages by.
  name     bytea  NOT NULL,
  version  bigint NOT NULL CHECK (version >= 1),
  document text   NOT NULL,
  PRIMARY KEY (pool_id, name)
);

CREATE TABLE group_member (
  pool_id text NOT NULL,
  name    bytea NOT NULL,
  -- Subs are ASCII (UUIDs), so "C" order is Java's String order, which ListUsersInGroup pages by.
  sub     text COLLATE "C" NOT NULL,
  PRIMARY KEY (pool_id, name, sub),
  FOREIGN KEY (pool_id, name) REFERENCES pool_group (pool_id, name) ON DELETE CASCADE
);
CREATE INDEX group_member_user ON group_member (pool_id, sub);

-- One sign-in's token family. The refresh token is kept only as its SHA-256 digest; revoked never goes
-- back to false (no statement sets it so).
CREATE TABLE token_family (
  origin_jti     text    PRIMARY KEY,
  pool_id        text    NOT NULL,
  sub            text    NOT NULL,
  refresh_digest bytea   NOT NULL UNIQUE,
  revoked        boolean NOT NULL,
  document       text    NOT NULL
);
CREATE INDEX token_family_user ON token_family (pool_id, sub);

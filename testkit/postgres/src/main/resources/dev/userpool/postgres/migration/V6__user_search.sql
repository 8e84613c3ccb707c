-- ListUsers' filters (issue 29): one row per user and searchable attribute, holding the user's search form
-- of it (core's UserSearch: the value, folded where Cognito matches regardless of case) in UTF-16 like the
-- keys, with the username's sort key. An exact filter is one range of the primary key, already in username
-- order; a prefix filter is a range of it too, or a walk of user_search_order in username order, whichever
-- the planner prices lower. V7 (UserSearchBackfill, Java: the folding is Java's) fills it for stored users.

CREATE TABLE user_search (
  pool_id        text  NOT NULL,
  attribute      text  NOT NULL,
  value          bytea NOT NULL,
  username_order bytea NOT NULL,
  sub            text  NOT NULL,
  PRIMARY KEY (pool_id, attribute, value, username_order),
  FOREIGN KEY (pool_id, sub) REFERENCES pool_user (pool_id, sub) ON DELETE CASCADE
);
CREATE INDEX user_search_order ON user_search (pool_id, attribute, username_order) INCLUDE (value);
CREATE INDEX user_search_owner ON user_search (pool_id, sub);

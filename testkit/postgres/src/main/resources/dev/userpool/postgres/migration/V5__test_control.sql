-- The test control shared by every endpoint on the database (issue 28): the clock offset that
-- UserpoolTestControl.AdvanceClock grows, and the mailbox that LastCode and LastTemporaryPassword read.

-- One row: the offset in nanoseconds (numeric: AdvanceClock may move thousands of years, past bigint's
-- nanoseconds). It only grows: AdvanceClock adds to it in one UPDATE.
CREATE TABLE test_clock (
  id           boolean PRIMARY KEY DEFAULT true CHECK (id),
  offset_nanos numeric NOT NULL CHECK (offset_nanos >= 0)
);
INSERT INTO test_clock (id, offset_nanos) VALUES (true, 0);

-- The latest code (also per attribute being verified) and the latest temporary password sent to each user of each pool, as the test control
-- reveals them: secrets in clear, as a test needs them, for test deployments (README, "Several nodes").
-- One row per user and kind, replaced by the next message of that kind, so the table does not grow with
-- every message; rows of deleted pools go with them.
CREATE TABLE test_mailbox (
  pool_id  text NOT NULL REFERENCES user_pool (id) ON DELETE CASCADE,
  username text NOT NULL,
  kind     text NOT NULL CHECK (kind IN ('code', 'temporary_password', 'verification:email', 'verification:phone_number')),
  -- UTF-16 (big-endian), as V1's keys: any Java string is kept exactly, \u0000 and lone surrogates too.
  secret   bytea NOT NULL,
  PRIMARY KEY (pool_id, username, kind)
);

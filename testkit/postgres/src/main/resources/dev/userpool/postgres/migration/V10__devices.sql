-- Device tracking (remembered devices): each user's devices, issued at a sign-in in a pool with a DeviceConfiguration
-- and confirmed by ConfirmDevice. They go with the user (and the pool): the foreign key cascades, so a deleted user's
-- devices are never listed or remembered again.

CREATE TABLE device (
  pool_id     text NOT NULL,
  -- DeviceKey, <region>_<uuid>: one device's in the pool.
  device_key  text NOT NULL,
  sub         text NOT NULL,
  created_at  timestamptz NOT NULL,
  -- The rest (group key, status, name, SRP verifier and salt, last modified and authenticated dates) as JSON.
  document    text NOT NULL,
  PRIMARY KEY (pool_id, device_key),
  FOREIGN KEY (pool_id, sub) REFERENCES pool_user (pool_id, sub) ON DELETE CASCADE
);
CREATE INDEX device_owner ON device (pool_id, sub, created_at, device_key);

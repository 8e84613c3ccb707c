-- A whole user lifecycle, five requests in a row on each connection: AdminCreateUser,
-- AdminSetUserPassword (permanent), AdminInitiateAuth (ADMIN_USER_PASSWORD_AUTH), AdminGetUser,
-- AdminDeleteUser, each user new. wrk -s lifecycle.lua URL -- POOL_ID CLIENT_ID
-- Run with one connection per wrk thread (-t equal to -c), so that each thread's steps stay in order.
-- The step moves on when an answer arrives (wrk also calls request() before it sends anything).
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local pool, client
local step, n = 0, 0

local run = tostring(os.time())

function init(args)
  pool, client = args[1], args[2]
end

function response(status, headers, body)
  step = (step + 1) % 5
  if step == 0 then
    n = n + 1
  end
end

local function call(op, body)
  return wrk.format("POST", "/", {["Content-Type"] = "application/x-amz-json-1.1",
    ["X-Amz-Target"] = "AWSCognitoIdentityProviderService." .. op}, body)
end

function request()
  local user = "lc-" .. run .. "-" .. id .. "-" .. n .. "@example.com"
  local head = '{"UserPoolId":"' .. pool .. '","Username":"' .. user .. '"'
  local s = step
  if s == 0 then
    return call("AdminCreateUser", head .. ',"MessageAction":"SUPPRESS"}')
  elseif s == 1 then
    return call("AdminSetUserPassword", head .. ',"Password":"Blue-Harbor-42!","Permanent":true}')
  elseif s == 2 then
    return call("AdminInitiateAuth", '{"UserPoolId":"' .. pool .. '","ClientId":"' .. client
      .. '","AuthFlow":"ADMIN_USER_PASSWORD_AUTH","AuthParameters":{"USERNAME":"' .. user
      .. '","PASSWORD":"Blue-Harbor-42!"}}')
  elseif s == 3 then
    return call("AdminGetUser", head .. '}')
  else
    return call("AdminDeleteUser", head .. '}')
  end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d req_per_s=%.0f p50_ms=%.3f p99_ms=%.3f socket_errors=%d non_2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status))
end

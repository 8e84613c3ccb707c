-- One Cognito operation over and over on each keep-alive connection.
-- wrk -s op.lua URL -- OPERATION POOL_ID CLIENT_ID [ACCESS_TOKEN]
-- (user "bench@example.com" with password Blue-Harbor-42! exists; GetUser needs the access token)
-- AdminCreateUser creates a new user per request: c-<run>-<thread>-<n>@example.com.
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

local op, pool, client, token
local n = 0
local run = tostring(os.time())

local function body(op)
  local user = '"Username":"bench@example.com"'
  if op == "AdminGetUser" then
    return '{"UserPoolId":"' .. pool .. '",' .. user .. '}'
  elseif op == "AdminSetUserPassword" then
    return '{"UserPoolId":"' .. pool .. '",' .. user .. ',"Password":"Blue-Harbor-42!","Permanent":true}'
  elseif op == "AdminInitiateAuth" then
    return '{"UserPoolId":"' .. pool .. '","ClientId":"' .. client .. '","AuthFlow":"ADMIN_USER_PASSWORD_AUTH",'
      .. '"AuthParameters":{"USERNAME":"bench@example.com","PASSWORD":"Blue-Harbor-42!"}}'
  elseif op == "InitiateAuth" then
    return '{"ClientId":"' .. client .. '","AuthFlow":"USER_PASSWORD_AUTH",'
      .. '"AuthParameters":{"USERNAME":"bench@example.com","PASSWORD":"Blue-Harbor-42!"}}'
  elseif op == "GetUser" then
    return '{"AccessToken":"' .. token .. '"}'
  elseif op == "ListUsers" then
    return '{"UserPoolId":"' .. pool .. '"}'
  elseif op == "AdminCreateUser" then
    return nil -- made per request
  end
  error("unknown operation " .. tostring(op))
end

function init(args)
  op, pool, client, token = args[1], args[2], args[3], args[4]
  wrk.method = "POST"
  wrk.body = body(op)
  wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
  wrk.headers["X-Amz-Target"] = "AWSCognitoIdentityProviderService." .. op
end

function request()
  if op ~= "AdminCreateUser" then
    return wrk.request()
  end
  n = n + 1
  return wrk.format(nil, nil, nil, '{"UserPoolId":"' .. pool .. '","Username":"c-' .. run .. '-' .. id .. '-' .. n
    .. '@example.com","MessageAction":"SUPPRESS"}')
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d req_per_s=%.0f p50_ms=%.3f p99_ms=%.3f socket_errors=%d non_2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status))
end

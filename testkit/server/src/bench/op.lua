-- One Cognito operation over and over on each keep-alive connection.
-- wrk -s op.lua URL -- OPERATION POOL_ID CLIENT_ID   (user "bench@example.com", password Blue-Harbor-42!, exists)
function init(args)
  local op, pool, client = args[1], args[2], args[3]
  local body
  if op == "AdminGetUser" then
    body = '{"UserPoolId":"' .. pool .. '","Username":"bench@example.com"}'
  elseif op == "AdminSetUserPassword" then
    body = '{"UserPoolId":"' .. pool .. '","Username":"bench@example.com","Password":"Blue-Harbor-42!","Permanent":true}'
  elseif op == "AdminInitiateAuth" then
    body = '{"UserPoolId":"' .. pool .. '","ClientId":"' .. client .. '","AuthFlow":"ADMIN_USER_PASSWORD_AUTH",'
      .. '"AuthParameters":{"USERNAME":"bench@example.com","PASSWORD":"Blue-Harbor-42!"}}'
  else
    error("unknown operation " .. tostring(op))
  end
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
  wrk.headers["X-Amz-Target"] = "AWSCognitoIdentityProviderService." .. op
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d req_per_s=%.0f p50_ms=%.3f p99_ms=%.3f socket_errors=%d non_2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status))
end

package dev.userpool.testkit.inprocess;

import dev.userpool.port.AuthorizationCodes;
import dev.userpool.port.RateLimits;
import dev.userpool.service.HostedSignIn;
import dev.userpool.service.OAuthConfigOperations;
import dev.userpool.service.OAuthTokenEndpoint;
import dev.userpool.service.TokenService;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.store.InMemoryAuthorizationCodes;
import dev.userpool.port.UserPools;
import dev.userpool.password.Randomness;
import java.time.Clock;

/**
 * An InProcessCognito's OAuth 2.0 services: the configuration operations (domains, resource servers, the app client's
 * OAuth members), the token, userInfo and revoke endpoints, and the hosted sign-in. Authorization codes live in this
 * process's memory ({@link InMemoryAuthorizationCodes}): a code is redeemed at the node that issued it.
 *
 * @param config the configuration operations
 * @param endpoint the token, userInfo and revoke endpoints
 * @param hostedSignIn the authorize endpoint and its sign-in page
 */
public record OAuthServices(OAuthConfigOperations config, OAuthTokenEndpoint endpoint, HostedSignIn hostedSignIn) {

  static OAuthServices of(UserPoolService service, UserPools store, TokenService tokens, Randomness randomness, Clock clock) {
    AuthorizationCodes codes = new InMemoryAuthorizationCodes();
    OAuthTokenEndpoint endpoint = new OAuthTokenEndpoint(store, tokens, codes, randomness, clock);
    return new OAuthServices(new OAuthConfigOperations(service, store, RateLimits.NONE), endpoint,
        new HostedSignIn(service, store, endpoint, randomness, clock));
  }
}

package dev.userpool.testkit.inprocess;

import dev.userpool.password.Randomness;
import dev.userpool.port.AuthorizationCodes;
import dev.userpool.port.HostedSessions;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.service.HostedSignIn;
import dev.userpool.service.OAuthConfigOperations;
import dev.userpool.service.OAuthTokenEndpoint;
import dev.userpool.service.TokenService;
import dev.userpool.service.UserPoolService;
import java.time.Clock;

/**
 * An InProcessCognito's OAuth 2.0 services: the configuration operations (domains, resource servers, the app client's
 * OAuth members), the token, userInfo and revoke endpoints, and the hosted sign-in. Authorization codes and the hosted
 * pages' sign-in sessions live where the builder says: in this process's memory by default, or in a shared store
 * (PostgreSQL's) so that a code or a session made through one node is used through any other.
 *
 * @param config the configuration operations
 * @param endpoint the token, userInfo and revoke endpoints
 * @param hostedSignIn the authorize endpoint and its sign-in page
 */
public record OAuthServices(OAuthConfigOperations config, OAuthTokenEndpoint endpoint, HostedSignIn hostedSignIn) {

  static OAuthServices of(UserPoolService service, UserPools store, TokenService tokens, AuthorizationCodes codes,
      HostedSessions sessions, Randomness randomness, Clock clock) {
    OAuthTokenEndpoint endpoint = new OAuthTokenEndpoint(store, tokens, codes, randomness, clock);
    return new OAuthServices(new OAuthConfigOperations(service, store, RateLimits.NONE), endpoint,
        new HostedSignIn(service, store, sessions, endpoint, randomness, clock));
  }
}

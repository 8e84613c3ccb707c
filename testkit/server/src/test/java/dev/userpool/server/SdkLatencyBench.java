package dev.userpool.server;

import dev.userpool.testkit.endpoint.LocalEndpoint;
import dev.userpool.testkit.sdk.SrpClient;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntConsumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

/**
 * Latency of one call through the AWS SDK for Java v2 (its Apache 5 HTTP client, keep-alive), one caller, after
 * as many calls again as a warm-up: p50 and p99 of the wire benchmark's operations (AdminSetUserPassword, AdminCreateUser, InitiateAuth
 * USER_PASSWORD_AUTH, a USER_SRP_AUTH sign-in of two calls, GetUser with an access token, ListUsers) against the
 * endpoint at URL, or against a {@link LocalEndpoint} started in this process when no URL is given. An operation
 * the endpoint refuses is reported as unsupported. Part of the wire benchmark ({@code -Pwire-bench}), not a test.
 *
 * <p>Arguments: [URL LABEL] [CALLS] (default 2,000 measured calls per operation, after as many unmeasured).
 */
public final class SdkLatencyBench {

  private SdkLatencyBench() {}

  public static void main(String[] args) throws IOException {
    boolean remote = args.length >= 2;
    int calls = args.length % 2 == 1 ? Integer.parseInt(args[args.length - 1]) : 2_000;
    if (remote) {
      run(URI.create(args[0]), args[1], calls);
    } else {
      try (LocalEndpoint endpoint = LocalEndpoint.builder().port(0).start()) {
        run(endpoint.uri(), "userpool-in-process", calls);
      }
    }
  }

  private static void run(URI url, String label, int calls) {
    try (CognitoIdentityProviderClient sdk = CognitoIdentityProviderClient.builder()
        .endpointOverride(url)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
        .region(Region.US_EAST_1)
        .httpClient(httpClient())
        .build()) {
      String user = SrpLoad.USER;
      String password = SrpLoad.PASSWORD;
      String pool = sdk.createUserPool(b -> b.poolName("bench")).userPool().id();
      String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("bench").explicitAuthFlowsWithStrings(
          "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
      sdk.adminCreateUser(b -> b.userPoolId(pool).username(user).messageAction("SUPPRESS"));
      sdk.adminSetUserPassword(b -> b.userPoolId(pool).username(user).password(password).permanent(true));
      Map<String, String> passwordAuth = Map.of("USERNAME", user, "PASSWORD", password);
      String token = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH").authParameters(passwordAuth))
          .authenticationResult().accessToken();
      long run = System.currentTimeMillis();
      measure(label, "AdminSetUserPassword", calls,
          i -> sdk.adminSetUserPassword(b -> b.userPoolId(pool).username(user).password(password).permanent(true)));
      measure(label, "AdminCreateUser", calls,
          i -> sdk.adminCreateUser(b -> b.userPoolId(pool).username("s-" + run + "-" + i + "@example.com").messageAction("SUPPRESS")));
      measure(label, "InitiateAuth", calls,
          i -> sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH").authParameters(passwordAuth)));
      SrpClient srp = SrpLoad.lightClient(pool);
      measure(label, "SrpSignIn", calls, i -> {
        InitiateAuthResponse challenge = sdk.initiateAuth(
            b -> b.clientId(client).authFlow("USER_SRP_AUTH").authParameters(Map.of("USERNAME", user, "SRP_A", srp.srpA())));
        sdk.respondToAuthChallenge(b -> b.clientId(client).challengeName("PASSWORD_VERIFIER").session(challenge.session())
            .challengeResponses(SrpLoad.answer(srp, challenge.challengeParameters())));
      });
      measure(label, "GetUser", calls, i -> sdk.getUser(b -> b.accessToken(token)));
      measure(label, "ListUsers", calls, i -> sdk.listUsers(b -> b.userPoolId(pool)));
    }
  }

  /**
   * The SDK's Apache 5 client, the same for every endpoint; {@code -Dsdk.http=url-connection} for the URL-connection
   * client, whose JDK {@code HttpURLConnection} waits 1 ms (a read with a 1 ms timeout, to see whether the server
   * closed the connection) before every POST it sends on a kept-alive connection in streaming mode, which the SDK
   * uses: that wait, not the endpoint, was most of the p50 this harness reported (docs/PERFORMANCE.md).
   */
  static SdkHttpClient httpClient() {
    return "url-connection".equals(System.getProperty("sdk.http")) ? UrlConnectionHttpClient.create() : Apache5HttpClient.create();
  }

  private static void measure(String label, String name, int calls, IntConsumer call) {
    try {
      for (int i = 0; i < calls; i++) {
        call.accept(-1 - i);
      }
    } catch (RuntimeException e) {
      System.out.printf("RESULT sdk %s %s unsupported (%s)%n", label, name, e.getClass().getSimpleName());
      return;
    }
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      call.accept(i);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf("RESULT sdk %s %s calls=%d p50_ms=%.3f p99_ms=%.3f%n", label, name, calls, nanos[calls / 2] / 1e6,
        nanos[calls * 99 / 100] / 1e6);
  }
}

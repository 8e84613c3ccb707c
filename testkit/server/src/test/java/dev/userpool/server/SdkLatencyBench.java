package dev.userpool.server;

import dev.userpool.testkit.endpoint.LocalEndpoint;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Latency of one call through the AWS SDK for Java v2 (URL-connection HTTP client, keep-alive) to the
 * endpoint on 127.0.0.1, one caller: p50 and p99 of AdminGetUser, AdminSetUserPassword and a password
 * sign-in after a warm-up. Part of the wire benchmark ({@code -Pwire-bench}), not a test.
 */
public final class SdkLatencyBench {

  private SdkLatencyBench() {}

  /** Runs {@code args[0]} measured calls per operation (default 5,000) after as many warm-up calls. */
  public static void main(String[] args) throws IOException {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    try (LocalEndpoint endpoint = LocalEndpoint.builder().port(0).start();
        CognitoIdentityProviderClient sdk = CognitoIdentityProviderClient.builder()
            .endpointOverride(endpoint.uri())
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
            .region(Region.US_EAST_1)
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      String pool = sdk.createUserPool(b -> b.poolName("bench")).userPool().id();
      String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("bench")
          .explicitAuthFlowsWithStrings("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
      sdk.adminCreateUser(b -> b.userPoolId(pool).username("bench").messageAction("SUPPRESS"));
      sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("bench").password("Blue-Harbor-42!").permanent(true));
      measure("AdminGetUser", calls, i -> sdk.adminGetUser(b -> b.userPoolId(pool).username("bench")));
      measure("AdminSetUserPassword", calls,
          i -> sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("bench").password("Blue-Harbor-42!").permanent(true)));
      measure("AdminInitiateAuth", calls, i -> sdk.adminInitiateAuth(b -> b.userPoolId(pool).clientId(client)
          .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "bench", "PASSWORD", "Blue-Harbor-42!"))));
    }
  }

  private static void measure(String name, int calls, Consumer<Integer> call) {
    for (int i = 0; i < calls; i++) {
      call.accept(i);
    }
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      call.accept(i);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf("RESULT sdk %s calls=%d p50_ms=%.3f p99_ms=%.3f%n", name, calls, nanos[calls / 2] / 1e6,
        nanos[calls * 99 / 100] / 1e6);
  }
}

package dev.userpool.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Where the time of one keep-alive call through the AWS SDK for Java v2 goes (issue 29: the SDK's p50 for GetUser
 * was 1.56 ms where wrk's was 0.18 ms), by taking parts away, one caller, against the endpoint at URL: the same
 * GetUser and ListUsers bodies sent by {@code HttpURLConnection} alone and by the JDK's {@code HttpClient} (the
 * transport without the SDK), through the SDK with the URL-connection client (as {@link SdkLatencyBench}), the same
 * without SigV4 signing (anonymous credentials: ListUsers is signed, GetUser never is), and through the SDK with its
 * Apache 5 client. The variants take turns, round after round, so a busy machine weighs on them alike;
 * each round's p50 per variant is kept and the median of the rounds printed, with its ratio to the bare
 * {@code HttpURLConnection}. Not a test; a diagnosis for a quiet machine (docs/PERFORMANCE.md).
 *
 * <p>Arguments: URL [ROUNDS] [CALLS per variant and round] [WARM-UP calls per variant] (defaults 10, 1,000, 5,000).
 */
public final class SdkOverheadBench {

  private SdkOverheadBench() {}

  /** One variant: a name and a call. */
  private record Variant(String name, Runnable call) {}

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
    AwsCredentialsProvider signed = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"));
    try (CognitoIdentityProviderClient sdk = sync(url, signed, UrlConnectionHttpClient.create());
        CognitoIdentityProviderClient unsigned = sync(url, AnonymousCredentialsProvider.create(), UrlConnectionHttpClient.create());
        CognitoIdentityProviderClient apache = sync(url, signed, Apache5HttpClient.create())) {
      String pool = sdk.createUserPool(b -> b.poolName("bench")).userPool().id();
      String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("bench")
          .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
      sdk.adminCreateUser(b -> b.userPoolId(pool).username(SrpLoad.USER).messageAction("SUPPRESS"));
      sdk.adminSetUserPassword(b -> b.userPoolId(pool).username(SrpLoad.USER).password(SrpLoad.PASSWORD).permanent(true));
      String token = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", SrpLoad.USER, "PASSWORD", SrpLoad.PASSWORD))).authenticationResult().accessToken();
      byte[] getUser = ("{\"AccessToken\":\"" + token + "\"}").getBytes(StandardCharsets.UTF_8);
      byte[] listUsers = ("{\"UserPoolId\":\"" + pool + "\"}").getBytes(StandardCharsets.UTF_8);
      HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<Variant> variants = List.of(
          new Variant("GetUser HttpURLConnection", () -> urlConnection(url, "GetUser", getUser)),
          new Variant("GetUser JDK HttpClient", () -> jdkClient(jdk, url, "GetUser", getUser)),
          new Variant("GetUser SDK url-connection", () -> sdk.getUser(b -> b.accessToken(token))),
          new Variant("GetUser SDK apache5", () -> apache.getUser(b -> b.accessToken(token))),
          new Variant("ListUsers HttpURLConnection", () -> urlConnection(url, "ListUsers", listUsers)),
          new Variant("ListUsers JDK HttpClient", () -> jdkClient(jdk, url, "ListUsers", listUsers)),
          new Variant("ListUsers SDK url-connection", () -> sdk.listUsers(b -> b.userPoolId(pool))),
          new Variant("ListUsers SDK url-connection, unsigned", () -> unsigned.listUsers(b -> b.userPoolId(pool))),
          new Variant("ListUsers SDK apache5", () -> apache.listUsers(b -> b.userPoolId(pool))));
      Map<String, List<Double>> early = new LinkedHashMap<>();
      for (Variant v : variants) {
        for (int i = 0; i < 250; i++) {
          v.call().run();
        }
        early.put(v.name(), List.of(p50(v, calls)));
      }
      for (int i = 0; i < warmUp; i++) {
        variants.forEach(v -> v.call().run());
      }
      Map<String, List<Double>> late = new LinkedHashMap<>();
      for (int r = 0; r < rounds; r++) {
        for (Variant v : variants) {
          late.computeIfAbsent(v.name(), n -> new ArrayList<>()).add(p50(v, calls));
        }
      }
      System.out.printf(
          "RESULT variant | p50 ms after 250 calls | p50 ms after %,d more (median of %d rounds) | ratio to HttpURLConnection%n",
          warmUp, rounds);
      for (Variant v : variants) {
        String op = v.name().substring(0, v.name().indexOf(' '));
        double base = median(late.get(op + " HttpURLConnection"));
        double p50 = median(late.get(v.name()));
        System.out.printf("RESULT %s | %.3f | %.3f | %.2f%n", v.name(), early.get(v.name()).get(0), p50, p50 / base);
      }
    }
  }

  private static CognitoIdentityProviderClient sync(URI url, AwsCredentialsProvider credentials, SdkHttpClient http) {
    return CognitoIdentityProviderClient.builder().endpointOverride(url).credentialsProvider(credentials)
        .region(Region.US_EAST_1).httpClient(http).build();
  }

  private static double p50(Variant v, int calls) {
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      v.call().run();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[calls / 2] / 1e6;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private static void urlConnection(URI url, String operation, byte[] body) {
    try {
      HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setFixedLengthStreamingMode(body.length);
      c.setRequestProperty("Content-Type", "application/x-amz-json-1.1");
      c.setRequestProperty("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      try (InputStream in = c.getResponseCode() == 200 ? c.getInputStream() : c.getErrorStream()) {
        if (c.getResponseCode() != 200) {
          throw new IllegalStateException(operation + " answered " + c.getResponseCode());
        }
        in.transferTo(new ByteArrayOutputStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void jdkClient(HttpClient client, URI url, String operation, byte[] body) {
    try {
      HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(url)
          .header("Content-Type", "application/x-amz-json-1.1")
          .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(operation + " answered " + answer.statusCode());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

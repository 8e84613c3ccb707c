package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Raw HTTP and SDK clients of a test endpoint. */
final class Wire {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String COGNITO = "AWSCognitoIdentityProviderService.";
  static final String CONTROL = "UserpoolTestControl.";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Wire() {}

  /** What came back: status, headers (lower-case names) and the body parsed as JSON when it is JSON. */
  record Reply(int status, Map<String, String> headers, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** That this is the AWS JSON error {@code code} with {@code status}, in body and headers. */
    Reply isError(int expectedStatus, String code) {
      assertThat(status).as("status of " + body).isEqualTo(expectedStatus);
      assertThat(json().path("__type").asText()).as("__type of " + body).isEqualTo(code);
      assertThat(json().path("message").isTextual()).as("message of " + body).isTrue();
      assertThat(header("x-amzn-ErrorType")).isEqualTo(code);
      assertThat(header("x-amzn-RequestId")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
      String message = message();
      if (message.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        assertThat(header("x-amzn-ErrorMessage")).as("x-amzn-ErrorMessage").isEqualTo(message);
      }
      return hasCorsHeaders();
    }

    /**
     * That the answer carries the CORS headers every answer carries: {@code Access-Control-Allow-Origin: *} (unless the
     * endpoint restricts origins, {@code Vary: Origin}), the exposed headers as Cognito lists them, and a {@code Date}.
     */
    Reply hasCorsHeaders() {
      if (header("Vary") == null) {
        assertThat(header("Access-Control-Allow-Origin")).as("Access-Control-Allow-Origin").isEqualTo("*");
      }
      assertThat(header("Access-Control-Expose-Headers")).isEqualTo("x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date");
      assertThat(header("Date")).as("Date").isNotNull();
      assertThat(DateTimeFormatter.RFC_1123_DATE_TIME.parse(header("Date"))).isNotNull();
      return this;
    }

    String message() {
      return json().path("message").asText();
    }
  }

  /** POST / with the target and body, as the SDKs send it. */
  static Reply post(URI endpoint, String target, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-amz-json-1.1")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    return send(request.build());
  }

  static Reply cognito(URI endpoint, String operation, String body) {
    return post(endpoint, COGNITO + operation, body);
  }

  static Reply control(URI endpoint, String operation, String body) {
    return post(endpoint, CONTROL + operation, body);
  }

  static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Map<String, String> headers = new TreeMap<>();
      response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      return new Reply(response.statusCode(), headers, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code raw} on a new socket and reads one response (headers and a Content-Length body). */
  static Reply raw(URI endpoint, byte[] raw) throws IOException {
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(raw);
      socket.getOutputStream().flush();
      return readReply(socket.getInputStream());
    }
  }

  static Reply readReply(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the response headers ended: " + head);
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Opens a connection to {@code endpoint} that sends part of a request and stops, added to {@code opened} (so the
   * caller closes it even if a later one fails): the {@code i}-th stops halfway through its head when {@code i} is
   * even, and halfway through its body when odd.
   */
  static Socket slowClient(URI endpoint, int i, List<Socket> opened) throws IOException {
    Socket socket = new Socket(endpoint.getHost(), endpoint.getPort());
    opened.add(socket);
    String partial = i % 2 == 0
        ? "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Tar"
        : head(endpoint, COGNITO + "DescribeUserPool", 100) + "{\"UserPoolId\"";
    socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /** The request head of a raw POST / with {@code target}, announcing {@code contentLength}. */
  static String head(URI endpoint, String target, long contentLength) {
    return "POST / HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
        + "Content-Type: application/x-amz-json-1.1\r\n"
        + "X-Amz-Target: " + target + "\r\n"
        + "Content-Length: " + contentLength + "\r\n\r\n";
  }

  /** The real SDK client, over HTTP to the endpoint, with any credentials. */
  static CognitoIdentityProviderClient sdk(URI endpoint) {
    return CognitoIdentityProviderClient.builder()
        .endpointOverride(endpoint)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
        .region(Region.US_EAST_1)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /** A test endpoint on a free port that closes at once. */
  static LocalEndpoint start() {
    return start(LocalEndpoint.builder());
  }

  static LocalEndpoint start(LocalEndpoint.Builder builder) {
    try {
      return builder.port(0).shutdownGrace(Duration.ZERO).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** That the endpoint still answers a well-formed request on a new connection. */
  static void stillServes(URI endpoint) {
    Reply reply = cognito(endpoint, "CreateUserPool", "{\"PoolName\":\"still-serving\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("UserPool").path("Id").asText()).startsWith("us-east-1_");
  }
}

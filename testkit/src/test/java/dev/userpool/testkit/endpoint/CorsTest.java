package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.userpool.testkit.inprocess.ControllableClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CORS over plain HTTP, as a browser sends it: preflights with the headers Amplify JS v6 and
 * amazon-cognito-identity-js ask for, and the CORS headers on every kind of answer.
 */
class CorsTest {

  static final String PAGE = "http://localhost:5173";
  /** What Amplify JS v6 preflights (observed in headless Chromium; SEMANTICS.md 15). */
  static final String AMPLIFY_V6 = "amz-sdk-invocation-id,amz-sdk-request,cache-control,content-type,x-amz-target,x-amz-user-agent";
  /** What amazon-cognito-identity-js preflights. */
  static final String IDENTITY_JS = "cache-control,content-type,x-amz-target,x-amz-user-agent";
  static final String EXPOSED = "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date";

  private LocalEndpoint endpoint;
  private URI uri;

  @BeforeEach
  void start() {
    endpoint = Wire.start();
    uri = endpoint.uri();
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  // -- preflights

  @ParameterizedTest
  @ValueSource(strings = { AMPLIFY_V6, IDENTITY_JS })
  void shouldAnswerABrowsersPreflightWithEveryHeaderItAsksFor(String asked) throws IOException {
    Wire.Reply reply = preflight(uri, "/", PAGE, asked);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEmpty();
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(names(reply.header("Access-Control-Allow-Methods"))).contains("post", "get");
    assertThat(names(reply.header("Access-Control-Allow-Headers"))).containsAll(names(asked));
    assertThat(reply.header("Access-Control-Max-Age")).isEqualTo("172800");
    assertThat(reply.header("Access-Control-Expose-Headers")).isEqualTo(EXPOSED);
    assertThat(reply.header("x-amzn-ErrorType")).isNull();
  }

  @Test
  void shouldAllowTheHeadersOfEveryBrowserSdkWhenAPreflightNamesNone() throws IOException {
    Wire.Reply reply = preflight(uri, "/", PAGE, null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(names(reply.header("Access-Control-Allow-Headers"))).containsAll(names(AMPLIFY_V6)).containsAll(names(IDENTITY_JS))
        .contains("authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256");
  }

  @Test
  void shouldAllowOnlyRequestedHeaderNamesThatAreTokens() throws IOException {
    Wire.Reply reply = preflight(uri, "/", PAGE, "content-type, x-amz-target, bad name, a\"b, (x)");

    assertThat(names(reply.header("Access-Control-Allow-Headers"))).containsExactly("content-type", "x-amz-target");
  }

  @ParameterizedTest
  @ValueSource(strings = { "/", "/health", "/us-east-1_nothing/.well-known/jwks.json", "/no/such/path", "/?x=1" })
  void shouldAnswerAPreflightOnAnyPath(String path) throws IOException {
    Wire.Reply reply = preflight(uri, path, PAGE, AMPLIFY_V6);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(reply.header("Access-Control-Max-Age")).isEqualTo("172800");
  }

  @Test
  void shouldNotCountAPreflightAsAnAwsCall() throws IOException {
    long first = requestNumber(Wire.cognito(uri, "ListUserPools", "{\"MaxResults\":1}"));
    long second = requestNumber(Wire.cognito(uri, "ListUserPools", "{\"MaxResults\":1}"));

    Wire.Reply reply = preflight(uri, "/", PAGE, AMPLIFY_V6);
    long third = requestNumber(Wire.cognito(uri, "ListUserPools", "{\"MaxResults\":1}"));

    assertThat(reply.header("x-amzn-RequestId")).isNull();
    assertThat(third - second).as("the request ids go on as if no preflight came").isEqualTo(second - first);
  }

  private static long requestNumber(Wire.Reply reply) {
    String id = reply.header("x-amzn-RequestId");
    return Long.parseLong(id.substring(id.lastIndexOf('-') + 1), 16);
  }

  @Test
  void shouldAnswerAnOptionsRequestThatIsNoPreflightAsAnyOtherMethod() throws IOException {
    Wire.Reply reply = raw(uri, "OPTIONS", "/", PAGE, null, "");

    reply.isError(405, "MethodNotAllowedException");
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  @Timeout(60)
  void shouldKeepTheConnectionAfterAPreflightForTheCallThatFollows() throws IOException {
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          request("OPTIONS", "/", PAGE, List.of("Access-Control-Request-Method: POST", "Access-Control-Request-Headers: " + AMPLIFY_V6),
              "").getBytes(StandardCharsets.UTF_8));
      out.flush();
      assertThat(Wire.readReply(socket.getInputStream()).status()).isEqualTo(200);

      out.write(request("POST", "/", PAGE, List.of("X-Amz-Target: " + Wire.COGNITO + "ListUserPools"), "{\"MaxResults\":1}")
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
      Wire.Reply call = Wire.readReply(socket.getInputStream());

      assertThat(call.status()).as(call.body()).isEqualTo(200);
      assertThat(call.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }
  }

  // -- the headers on every answer

  @Test
  void shouldCarryTheCorsHeadersAndTheDateOnASuccess() throws IOException {
    Wire.Reply reply = post(uri, Wire.COGNITO + "CreateUserPool", "{\"PoolName\":\"web\"}");

    assertThat(reply.status()).isEqualTo(200);
    reply.hasCorsHeaders();
    assertThat(reply.header("x-amzn-RequestId")).isNotNull();
    Instant date = ZonedDateTime.parse(reply.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    assertThat(date).as("the Date is the endpoint's clock").isCloseTo(endpoint.cognito().clock().instant(), within(2, ChronoUnit.SECONDS));
  }

  @Test
  void shouldDateAnswersOnAFixedClockAsHttpDoes() throws IOException {
    try (LocalEndpoint fixed = Wire.start(LocalEndpoint.builder().clock(ControllableClock.fixed()))) {
      assertThat(raw(fixed.uri(), "GET", "/health", PAGE, null, "").header("Date")).isEqualTo("Tue, 01 Jan 2030 00:00:00 GMT");
    }
  }

  @Test
  void shouldCarryTheCorsHeadersAndTheErrorMessageOnACognitoError() throws IOException {
    Wire.Reply reply = post(uri, Wire.COGNITO + "DescribeUserPool", "{\"UserPoolId\":\"us-east-1_nothing0\"}");

    reply.isError(400, "ResourceNotFoundException");
    assertThat(reply.header("x-amzn-ErrorMessage")).isEqualTo(reply.message()).isNotEmpty();
  }

  @Test
  void shouldCarryTheCorsHeadersOnProtocolErrors() throws IOException {
    post(uri, Wire.COGNITO + "CreateUserPool", "[1]").isError(400, "SerializationException");
    post(uri, Wire.COGNITO + "NoSuchOperation", "{}").isError(400, "UnknownOperationException");
    post(uri, "Nothing.AtAll", "{}").isError(400, "UnknownOperationException");
    raw(uri, "POST", "/elsewhere", PAGE, null, "{}").isError(404, "NotFoundException");
    raw(uri, "GET", "/", PAGE, null, "").isError(405, "MethodNotAllowedException");
    raw(uri, "DELETE", "/", PAGE, null, "").isError(405, "MethodNotAllowedException");
  }

  @Test
  @Timeout(60)
  void shouldCarryTheCorsHeadersOnAnAnswerThatEndsTheConnection() throws IOException {
    try (LocalEndpoint small = Wire.start(LocalEndpoint.builder().maxBodyBytes(16))) {
      raw(small.uri(), "POST", "/", PAGE, Wire.COGNITO + "CreateUserPool", "{\"PoolName\":\"far too long a name\"}")
          .isError(413, "RequestEntityTooLargeException");
    }
    String malformed = "POST / HTTP/1.1\r\nHost: x\r\nOrigin: " + PAGE + "\r\nContent-Length: abc\r\n\r\n{}";
    Wire.raw(uri, malformed.getBytes(StandardCharsets.US_ASCII)).isError(400, "BadRequestException");
    Wire.raw(uri, "GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).isError(400, "BadRequestException");
  }

  @Test
  @Timeout(60)
  void shouldCarryTheCorsHeadersOnServiceUnavailable() throws IOException {
    try (LocalEndpoint one = Wire.start(LocalEndpoint.builder().maxConnections(1));
        Socket first = new Socket("127.0.0.1", one.port());
        Socket second = new Socket("127.0.0.1", one.port())) {
      first.setSoTimeout(20_000);
      second.setSoTimeout(20_000);
      first.getOutputStream().write(request("GET", "/health", PAGE, List.of(), "").getBytes(StandardCharsets.US_ASCII));
      assertThat(Wire.readReply(first.getInputStream()).status()).isEqualTo(200);

      second.getOutputStream().write(request("GET", "/health", PAGE, List.of(), "").getBytes(StandardCharsets.US_ASCII));

      Wire.readReply(second.getInputStream()).isError(503, "ServiceUnavailableException");
    }
  }

  @Test
  void shouldCarryTheCorsHeadersOnTheGetRoutes() throws IOException {
    String pool = Wire.cognito(uri, "CreateUserPool", "{\"PoolName\":\"web\"}").json().path("UserPool").path("Id").asText();

    for (String path : List.of("/health", "/" + pool + "/.well-known/jwks.json", "/" + pool + "/.well-known/openid-configuration")) {
      Wire.Reply reply = raw(uri, "GET", path, PAGE, null, "");
      assertThat(reply.status()).as(path).isEqualTo(200);
      reply.hasCorsHeaders();
    }
    raw(uri, "GET", "/us-east-1_nothing0/.well-known/jwks.json", PAGE, null, "").isError(404, "NotFoundException");
  }

  @Test
  void shouldCarryTheCorsHeadersOnTheTestControl() throws IOException {
    Wire.Reply advanced = post(uri, Wire.CONTROL + "AdvanceClock", "{\"Seconds\":1}");

    assertThat(advanced.status()).isEqualTo(200);
    advanced.hasCorsHeaders();
    post(uri, Wire.CONTROL + "AdvanceClock", "{\"Day\":1}").isError(400, "InvalidParameterException");
    post(uri, Wire.CONTROL + "LastCode", "{\"UserPoolId\":\"us-east-1_nothing0\",\"Username\":\"u\"}")
        .isError(400, "ResourceNotFoundException");
  }

  @Test
  void shouldCarryTheCorsHeadersWithoutAnOrigin() {
    Wire.Reply reply = Wire.cognito(uri, "ListUserPools", "{\"MaxResults\":1}");

    reply.hasCorsHeaders();
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  // -- restricted origins

  @Nested
  class RestrictedOrigins {

    private LocalEndpoint restricted;

    @BeforeEach
    void start() {
      restricted = Wire.start(LocalEndpoint.builder().corsOrigins(List.of(PAGE, "https://app.example.com/")));
    }

    @AfterEach
    void stop() {
      restricted.close();
    }

    @Test
    void shouldNameAListedOriginAndVaryByOrigin() throws IOException {
      Wire.Reply preflight = preflight(restricted.uri(), "/", "https://app.example.com", AMPLIFY_V6);
      Wire.Reply call = raw(restricted.uri(), "POST", "/", PAGE, Wire.COGNITO + "ListUserPools", "{\"MaxResults\":1}");

      assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
      assertThat(preflight.header("Vary")).isEqualTo("Origin");
      assertThat(call.status()).isEqualTo(200);
      assertThat(call.header("Access-Control-Allow-Origin")).isEqualTo(PAGE);
      assertThat(call.header("Vary")).isEqualTo("Origin");
      call.hasCorsHeaders();
    }

    @Test
    void shouldNotAllowAnOriginOffTheList() throws IOException {
      Wire.Reply preflight = preflight(restricted.uri(), "/", "http://evil.example", AMPLIFY_V6);
      Wire.Reply call = raw(restricted.uri(), "POST", "/", "http://evil.example", Wire.COGNITO + "ListUserPools", "{\"MaxResults\":1}");
      Wire.Reply error = raw(restricted.uri(), "POST", "/", "http://localhost:5174", Wire.COGNITO + "Nope", "{}");

      assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
      assertThat(preflight.header("Vary")).isEqualTo("Origin");
      assertThat(call.header("Access-Control-Allow-Origin")).isNull();
      assertThat(call.header("Vary")).isEqualTo("Origin");
      assertThat(error.isError(400, "UnknownOperationException").header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void shouldNameNoOriginForARequestWithout() {
      Wire.Reply call = Wire.cognito(restricted.uri(), "ListUserPools", "{\"MaxResults\":1}");

      assertThat(call.header("Access-Control-Allow-Origin")).isNull();
      assertThat(call.header("Vary")).isEqualTo("Origin");
    }
  }

  @Test
  void shouldRefuseOriginsThatAreNoOrigins() {
    LocalEndpoint.Builder builder = LocalEndpoint.builder();

    assertThatThrownBy(() -> builder.corsOrigins(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.corsOrigins(List.of("localhost:3000"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.corsOrigins(List.of("http://localhost:3000/app"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Cors.parse("*").anyOriginAllowed()).isTrue();
    assertThat(Cors.parse("http://a.example, HTTP://B.example:8080,").origins()).containsExactlyInAnyOrder("http://a.example",
        "http://b.example:8080");
    assertThat(Cors.parse("http://a.example,*").anyOriginAllowed()).isTrue();
  }

  // -- helpers

  static Wire.Reply preflight(URI endpoint, String path, String origin, String headers) throws IOException {
    List<String> extra = headers == null
        ? List.of("Access-Control-Request-Method: POST")
        : List.of("Access-Control-Request-Method: POST", "Access-Control-Request-Headers: " + headers);
    return Wire.raw(endpoint, request("OPTIONS", path, origin, extra, "").getBytes(StandardCharsets.UTF_8));
  }

  static Wire.Reply post(URI endpoint, String target, String body) throws IOException {
    return raw(endpoint, "POST", "/", PAGE, target, body);
  }

  static Wire.Reply raw(URI endpoint, String method, String path, String origin, String target, String body) throws IOException {
    List<String> extra = target == null ? List.of() : List.of("X-Amz-Target: " + target);
    return Wire.raw(endpoint, request(method, path, origin, extra, body).getBytes(StandardCharsets.UTF_8));
  }

  static String request(String method, String path, String origin, List<String> headers, String body) {
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + origin + "\r\n");
    headers.forEach(h -> request.append(h).append("\r\n"));
    if (!body.isEmpty()) {
      request.append("Content-Type: application/x-amz-json-1.1\r\n");
    }
    request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(body);
    return request.toString();
  }

  static List<String> names(String list) {
    return list == null
        ? List.of()
        : Arrays.stream(list.split(",")).map(String::trim).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
  }
}

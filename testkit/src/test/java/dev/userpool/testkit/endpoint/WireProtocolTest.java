package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

/** The wire protocol and bad requests, over raw HTTP; after each test the endpoint must still serve. */
class WireProtocolTest {

  private static final String SECRET = "Hunter2-Secret!";

  private LocalEndpoint endpoint;
  private URI uri;
  private String pool;

  @BeforeEach
  void start() {
    // The fixed clock: these tests pin dates (UserCreateDate, the clock's moves) to 2030-01-01T00:00:00Z.
    endpoint = Wire.start(LocalEndpoint.builder().clock(ControllableClock.fixed()));
    uri = endpoint.uri();
    pool = Wire.cognito(uri, "CreateUserPool", "{\"PoolName\":\"app\"}").json().path("UserPool").path("Id").asText();
  }

  @AfterEach
  void stillServesThenStops() {
    Wire.stillServes(uri);
    endpoint.close();
  }

  // -- the protocol

  @Test
  void shouldListenOnTheLoopbackAddressAndAnEphemeralPort() {
    assertThat(endpoint.port()).isPositive().isNotEqualTo(LocalEndpoint.DEFAULT_PORT);
    assertThat(uri).hasToString("http://127.0.0.1:" + endpoint.port());
  }

  @Test
  void shouldAnswerWithCognitosJsonAndHeaders() {
    Wire.cognito(uri, "AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\",\"MessageAction\":\"SUPPRESS\","
        + "\"UserAttributes\":[{\"Name\":\"email\",\"Value\":\"jane@example.com\"}]}");

    Wire.Reply reply = Wire.cognito(uri, "AdminGetUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(reply.header("x-amzn-RequestId")).isNotBlank();
    assertThat(reply.header("x-amzn-ErrorType")).isNull();
    JsonNode user = reply.json();
    assertThat(user.path("Username").asText()).isEqualTo("jane");
    assertThat(user.path("UserStatus").asText()).isEqualTo("FORCE_CHANGE_PASSWORD");
    assertThat(user.path("Enabled").isBoolean()).isTrue();
    assertThat(user.path("UserCreateDate").isNumber()).as("timestamps are epoch seconds").isTrue();
    assertThat(user.path("UserCreateDate").decimalValue().longValue()).isEqualTo(1893456000L);
    assertThat(user.path("UserAttributes").isArray()).isTrue();
    assertThat(user.path("UserAttributes").findValuesAsText("Name")).contains("sub", "email");
  }

  @Test
  void shouldAnswerCognitosErrorsAwsShaped() {
    Wire.Reply reply = Wire.cognito(uri, "AdminGetUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"nobody\"}")
        .isError(400, "UserNotFoundException");

    assertThat(reply.message()).isEqualTo("User does not exist.");
  }

  @Test
  void shouldNumberEveryRequestWithItsOwnRequestId() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      ids.add(Wire.cognito(uri, "DescribeUserPool", "{\"UserPoolId\":\"" + pool + "\"}").header("x-amzn-RequestId"));
      ids.add(Wire.cognito(uri, "DescribeUserPool", "{\"UserPoolId\":\"us-east-1_missing\"}").header("x-amzn-RequestId"));
    }
    assertThat(ids).hasSize(10);
  }

  @Test
  void shouldNeverGiveAnEndpointAndAClientOverOneCognitoTheSameRequestId() {
    InProcessCognito cognito = InProcessCognito.create();
    String shared = TestPool.create(cognito).id().value();
    CognitoIdentityProviderClient client = InProcessCognitoClient.of(cognito);
    List<String> ids = new ArrayList<>();
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().cognito(cognito))) {
      for (int i = 0; i < 5; i++) {
        ids.add(Wire.cognito(endpoint.uri(), "DescribeUserPool", "{\"UserPoolId\":\"" + shared + "\"}").header("x-amzn-RequestId"));
        ids.add(client.describeUserPool(r -> r.userPoolId(shared)).responseMetadata().requestId());
        ids.add(Wire.cognito(endpoint.uri(), "DescribeUserPool", "{\"UserPoolId\":\"us-east-1_missing\"}").header("x-amzn-RequestId"));
        ids.add(catchThrowableOfType(ResourceNotFoundException.class, () -> client.describeUserPool(r -> r.userPoolId("us-east-1_missing")))
            .requestId());
      }
    }
    assertThat(ids).hasSize(20).doesNotHaveDuplicates().allMatch(id -> id.matches("00000000-0000-4000-a000-[0-9a-f]{12}"));
  }

  @Test
  void shouldIgnoreUnknownMembersAndTakeNullForAbsent() {
    Wire.Reply reply = Wire.cognito(uri, "DescribeUserPool", "{\"UserPoolId\":\"" + pool + "\",\"Shiny\":{\"New\":[1,2]},\"Tier\":null}");

    assertThat(reply.status()).isEqualTo(200);
    Wire.cognito(uri, "DescribeUserPool", "{\"UserPoolId\":null}").isError(400, "InvalidParameterException");
  }

  @Test
  void shouldTakeAnEmptyBodyForTheEmptyObject() {
    Wire.Reply reply = Wire.cognito(uri, "AdminSetUserPassword", "").isError(400, "InvalidParameterException");

    assertThat(reply.message()).startsWith("3 validation errors detected: ").contains("Member must not be null");
  }

  @Test
  void shouldAcceptAnySignatureAndCredentials() {
    Wire.Reply reply = Wire.send(HttpRequest.newBuilder(uri.resolve("/"))
        .header("X-Amz-Target", Wire.COGNITO + "DescribeUserPool")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=nobody/20300101/us-east-1/cognito-idp/aws4_request, "
            + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=0000")
        .header("X-Amz-Date", "20300101T000000Z")
        .POST(HttpRequest.BodyPublishers.ofString("{\"UserPoolId\":\"" + pool + "\"}"))
        .build());

    assertThat(reply.status()).isEqualTo(200);
  }

  // -- malformed bodies

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"UserPoolId\": ",
      "{\"Password\": " + SECRET + "}",
      "{\"Password\": \"" + SECRET + "\"} trailing",
      "{\"Password\": \"" + SECRET + "\", \"Password\": \"again\"}",
      "[{\"Password\": \"" + SECRET + "\"}]",
      "\"" + SECRET + "\"",
      "42",
      "null",
      "{'Password': '" + SECRET + "'}",
  })
  void shouldAnswerMalformedJsonWithASerializationExceptionThatQuotesNothing(String body) {
    Wire.Reply reply = Wire.cognito(uri, "AdminSetUserPassword", body).isError(400, "SerializationException");

    assertThat(reply.body()).doesNotContain(SECRET).doesNotContain("Hunter2");
  }

  @Test
  void shouldRefuseNestingDeeperThanAnyCognitoShape() {
    String deep = "{\"UserPoolId\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

    Wire.cognito(uri, "DescribeUserPool", deep).isError(400, "SerializationException");
  }

  @Test
  void shouldRefuseBytesThatAreNotUtf8() {
    byte[] body = { '{', '"', 'U', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };

    Wire.Reply reply = Wire.send(HttpRequest.newBuilder(uri.resolve("/"))
        .header("X-Amz-Target", Wire.COGNITO + "DescribeUserPool")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

    reply.isError(400, "SerializationException");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "AdminSetUserPassword | {\"UserPoolId\":\"P\",\"Username\":\"jane\",\"Password\":\"" + SECRET + "\",\"Permanent\":\"yes\"}",
      "AdminSetUserPassword | {\"UserPoolId\":\"P\",\"Username\":\"jane\",\"Password\":12345678}",
      "AdminSetUserPassword | {\"UserPoolId\":\"P\",\"Username\":{\"Name\":\"jane\"},\"Password\":\"" + SECRET + "\"}",
      "AdminSetUserPassword | {\"UserPoolId\":[\"P\"],\"Username\":\"jane\",\"Password\":\"" + SECRET + "\"}",
      "AdminSetUserPassword | {\"UserPoolId\":true,\"Username\":\"jane\",\"Password\":\"" + SECRET + "\"}",
      "AdminCreateUser      | {\"UserPoolId\":\"P\",\"Username\":\"jane\",\"UserAttributes\":{\"email\":\"j@example.com\"}}",
      "AdminCreateUser      | {\"UserPoolId\":\"P\",\"Username\":\"jane\",\"UserAttributes\":[{\"Name\":7,\"Value\":\"x\"}]}",
      "AdminCreateUser      | {\"UserPoolId\":\"P\",\"Username\":\"jane\",\"UserAttributes\":[null]}",
      "AdminCreateUser      | {\"UserPoolId\":\"P\",\"Username\":\"jane\",\"UserAttributes\":[\"email\"]}",
      "AdminInitiateAuth    | "
          + "{\"UserPoolId\":\"P\",\"ClientId\":\"c\",\"AuthFlow\":\"ADMIN_USER_PASSWORD_AUTH\",\"AuthParameters\":[\"USERNAME\"]}",
      "AdminInitiateAuth    | "
          + "{\"UserPoolId\":\"P\",\"ClientId\":\"c\",\"AuthFlow\":\"ADMIN_USER_PASSWORD_AUTH\",\"AuthParameters\":{\"PASSWORD\":42}}",
      "CreateUserPoolClient | {\"UserPoolId\":\"P\",\"ClientName\":\"web\",\"AuthSessionValidity\":3.5}",
      "CreateUserPoolClient | {\"UserPoolId\":\"P\",\"ClientName\":\"web\",\"AuthSessionValidity\":99999999999}",
      "CreateUserPoolClient | {\"UserPoolId\":\"P\",\"ClientName\":\"web\",\"AuthSessionValidity\":\"3\"}",
      "CreateUserPoolClient | {\"UserPoolId\":\"P\",\"ClientName\":\"web\",\"ExplicitAuthFlows\":\"ALLOW_USER_PASSWORD_AUTH\"}",
      "CreateUserPool       | {\"PoolName\":\"p\",\"Policies\":{\"PasswordPolicy\":{\"MinimumLength\":\"8\"}}}",
      "CreateUserPool       | {\"PoolName\":\"p\",\"Policies\":{\"PasswordPolicy\":[]}}",
      "CreateUserPool       | {\"PoolName\":\"p\",\"Policies\":\"strict\"}",
  })
  void shouldAnswerMembersOfTheWrongJsonTypeWithASerializationException(String operation, String body) {
    Wire.Reply reply = Wire.cognito(uri, operation.trim(), body.replace("\"P\"", "\"" + pool + "\"")).isError(400,
        "SerializationException");

    assertThat(reply.message()).contains("at '").doesNotContain(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = { SECRET, "LONG" })
  void shouldNotRepeatAMapKeyInASerializationException(String key) {
    String quoted = "LONG".equals(key) ? "k".repeat(50_000) : key;
    String body = "{\"UserPoolId\":\"" + pool + "\",\"ClientId\":\"c\",\"AuthFlow\":\"ADMIN_USER_PASSWORD_AUTH\","
        + "\"AuthParameters\":{\"USERNAME\":\"jane\",\"" + quoted + "\":42}}";

    Wire.Reply reply = Wire.cognito(uri, "AdminInitiateAuth", body).isError(400, "SerializationException");

    assertThat(reply.message()).contains("AuthParameters").doesNotContain(quoted).doesNotContain("kkkk").doesNotContain("Hunter2");
    assertThat(reply.body().length()).isLessThan(500);
  }

  /** Every operation of Cognito's API, with an empty and an odd request: a success or a Cognito error, never a 500. */
  @TestFactory
  Stream<DynamicTest> everyOperationAnswersOddRequestsWithoutAnInternalError() {
    return CognitoOperations.names().stream().map(operation -> DynamicTest.dynamicTest(operation, () -> {
      String own = Wire.cognito(uri, "CreateUserPool", "{\"PoolName\":\"odd\"}").json().path("UserPool").path("Id").asText();
      for (String body : new String[]{ "{}", "{\"UserPoolId\":\"" + own + "\",\"Username\":\"\",\"ClientId\":\"\",\"UserAttributes\":[{}],"
          + "\"AuthParameters\":{},\"ChallengeResponses\":{\"USERNAME\":\"\"},\"AccessToken\":\"\","
          + "\"Policies\":{\"PasswordPolicy\":{}}}" }) {
        Wire.Reply reply = Wire.cognito(uri, operation, body);
        assertThat(reply.status()).as(operation + " " + body + " -> " + reply.body()).isIn(200, 400);
        if (reply.status() == 400) {
          assertThat(reply.json().path("__type").asText()).isNotEmpty().isNotEqualTo("InternalErrorException");
        }
      }
    }));
  }

  // -- targets, methods and paths

  @Test
  void shouldAnswerAnUnknownTargetWithUnknownOperationException() {
    Wire.cognito(uri, "AdminMakeCoffee", "{}").isError(400, "UnknownOperationException");
    Wire.post(uri, "DynamoDB_20120810.GetItem", "{}").isError(400, "UnknownOperationException");
    Wire.post(uri, null, "{}").isError(400, "UnknownOperationException");
    Wire.post(uri, "", "{}").isError(400, "UnknownOperationException");
  }

  @Test
  void shouldCheckTheTargetBeforeTheBody() {
    Wire.cognito(uri, "AdminMakeCoffee", "{not json").isError(400, "UnknownOperationException");
  }

  @Test
  void shouldNameAnOperationTheLibraryDoesNotImplement() {
    Wire.Reply reply = Wire.cognito(uri, "DescribeRiskConfiguration", "{\"UserPoolId\":\"us-east-1_x\"}").isError(400,
        "UnsupportedOperationException");

    assertThat(reply.message()).isEqualTo("DescribeRiskConfiguration is not implemented by the userpool library.");
  }

  @ParameterizedTest
  @ValueSource(strings = { "GET", "PUT", "DELETE", "PATCH", "OPTIONS" })
  void shouldAnswerOtherMethodsWith405(String method) {
    Wire.Reply reply = Wire.send(HttpRequest.newBuilder(uri.resolve("/")).header("X-Amz-Target", Wire.COGNITO + "DescribeUserPool")
        .method(method, HttpRequest.BodyPublishers.ofString("{}")).build()).isError(405, "MethodNotAllowedException");

    assertThat(reply.header("Allow")).isEqualTo("POST");
  }

  @Test
  void shouldAnswerHeadWith405AndNoBody() {
    Wire.Reply reply = Wire.send(HttpRequest.newBuilder(uri.resolve("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("x-amzn-ErrorType")).isEqualTo("MethodNotAllowedException");
    assertThat(reply.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = { "/x", "/_userpool/clock", "/?Action=DescribeUserPool", "/index.html" })
  void shouldAnswerOtherPathsWith404(String path) {
    URI target = URI.create(uri + path);
    Wire.Reply reply = Wire.send(HttpRequest.newBuilder(target).header("X-Amz-Target", Wire.COGNITO + "DescribeUserPool")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

    if (path.startsWith("/?")) {
      reply.isError(400, "InvalidParameterException"); // the path is "/": the query is ignored, as the SDKs send none
    } else {
      reply.isError(404, "NotFoundException");
    }
  }

  // -- sizes

  @Test
  void shouldRefuseABodyOverTheCapFromItsContentLengthWithoutReadingIt() throws IOException {
    long announced = 64L * 1024 * 1024;
    byte[] request = (Wire.head(uri, Wire.COGNITO + "DescribeUserPool", announced) + "{\"UserPoolId\":")
        .getBytes(StandardCharsets.US_ASCII);

    Wire.Reply reply = Wire.raw(uri, request).isError(413, "RequestEntityTooLargeException");

    assertThat(reply.message()).contains(Integer.toString(LocalEndpoint.DEFAULT_MAX_BODY_BYTES));
    assertThat(reply.header("Connection")).isEqualToIgnoringCase("close");
  }

  @Test
  void shouldRefuseAChunkedBodyOnceItPassesTheCap() throws IOException {
    try (LocalEndpoint small = Wire.start(LocalEndpoint.builder().maxBodyBytes(1000))) {
      String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: " + Wire.COGNITO + "DescribeUserPool\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n";
      String chunk = "{\"UserPoolId\":\"" + "x".repeat(1200) + "\"}";
      String body = Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n";

      Wire.raw(small.uri(), (head + body).getBytes(StandardCharsets.US_ASCII)).isError(413, "RequestEntityTooLargeException");
      Wire.stillServes(small.uri());
    }
  }

  @Test
  void shouldAcceptABodyOfExactlyTheCap() {
    try (LocalEndpoint small = Wire.start(LocalEndpoint.builder().maxBodyBytes(1000))) {
      String prefix = "{\"PoolName\":\"p\",\"Padding\":\"";
      String body = prefix + "x".repeat(1000 - prefix.length() - 2) + "\"}";
      assertThat(body).hasSize(1000);

      assertThat(Wire.cognito(small.uri(), "CreateUserPool", body).status()).isEqualTo(200);
      Wire.cognito(small.uri(), "CreateUserPool", body.replace("\"}", "x\"}")).isError(413, "RequestEntityTooLargeException");
    }
  }

  // -- the test control

  @Test
  void shouldMoveTheClockThroughTheTestControl() {
    Wire.Reply reply = Wire.control(uri, "AdvanceClock", "{\"Days\": 8, \"Hours\": 1, \"Minutes\": 2, \"Seconds\": 3}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("Now").asText()).isEqualTo("2030-01-09T01:02:03Z");
    assertThat(endpoint.cognito().clock().instant()).hasToString("2030-01-09T01:02:03Z");
    assertThat(Wire.control(uri, "AdvanceClock", "{}").json().path("Now").asText()).isEqualTo("2030-01-09T01:02:03Z");
  }

  @ParameterizedTest
  @ValueSource(strings = { "{\"Days\": -1}", "{\"Days\": \"8\"}", "{\"Days\": 1.5}", "{\"Day\": 8}", "{\"days\": 8}",
      "{\"Seconds\": 9223372036854775807, \"Days\": 9}", "{\"Days\": 99999999999999999999}" })
  void shouldRefuseBadClockMovesAndLeaveTheClock(String body) {
    Wire.control(uri, "AdvanceClock", body).isError(400, "InvalidParameterException");

    assertThat(endpoint.cognito().clock().instant()).hasToString("2030-01-01T00:00:00Z");
  }

  @ParameterizedTest
  @ValueSource(strings = { "{\"Days\": 2922000}", "{\"Seconds\": 252423993600}", "{\"Days\": 2914000, \"Hours\": 200000}" })
  void shouldRefuseToMoveTheClockPastTheYear9999(String body) {
    Wire.Reply reply = Wire.control(uri, "AdvanceClock", body).isError(400, "InvalidParameterException");

    assertThat(reply.message()).contains("9999-12-31T23:59:59Z");
    assertThat(endpoint.cognito().clock().instant()).hasToString("2030-01-01T00:00:00Z");
  }

  @Test
  void shouldStillSignInWithTheClockAtItsLastSecond() {
    String client = Wire.cognito(uri, "CreateUserPoolClient", "{\"UserPoolId\":\"" + pool + "\",\"ClientName\":\"web\","
        + "\"ExplicitAuthFlows\":[\"ALLOW_ADMIN_USER_PASSWORD_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]}").json()
        .path("UserPoolClient").path("ClientId").asText();
    Wire.cognito(uri, "AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\",\"MessageAction\":\"SUPPRESS\"}");
    Wire.cognito(uri, "AdminSetUserPassword", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\",\"Password\":\"" + SECRET
        + "\",\"Permanent\":true}");
    long seconds = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() - endpoint.cognito().clock().instant().getEpochSecond();

    Wire.Reply moved = Wire.control(uri, "AdvanceClock", "{\"Seconds\": " + seconds + "}");
    Wire.Reply signIn = Wire.cognito(uri, "AdminInitiateAuth", "{\"UserPoolId\":\"" + pool + "\",\"ClientId\":\"" + client + "\","
        + "\"AuthFlow\":\"ADMIN_USER_PASSWORD_AUTH\",\"AuthParameters\":{\"USERNAME\":\"jane\",\"PASSWORD\":\"" + SECRET + "\"}}");

    assertThat(moved.json().path("Now").asText()).isEqualTo("9999-12-31T23:59:59Z");
    assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
    assertThat(signIn.json().path("AuthenticationResult").path("AccessToken").asText()).isNotEmpty();
    Wire.control(uri, "AdvanceClock", "{\"Seconds\": 1}").isError(400, "InvalidParameterException");
  }

  @Test
  void shouldReadTheMailboxThroughTheTestControl() {
    Wire.cognito(uri, "AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\"}");
    String user = "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\"}";

    String temporary = Wire.control(uri, "LastTemporaryPassword", user).json().path("TemporaryPassword").asText();

    assertThat(temporary).isEqualTo(endpoint.cognito().mailbox().lastTemporaryPasswordFor("jane").get());
    assertThat(Wire.control(uri, "LastCode", user).json().isEmpty()).isTrue();
    assertThat(Wire.control(uri, "LastTemporaryPassword", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"john\"}").json().isEmpty())
        .isTrue();
    Wire.control(uri, "LastCode", "{\"Username\":\"jane\"}").isError(400, "InvalidParameterException");
    Wire.control(uri, "LastCode", "{\"userPoolId\":\"" + pool + "\",\"username\":\"jane\"}").isError(400, "InvalidParameterException");
    Wire.control(uri, "LastCode", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\",\"Extra\":1}").isError(400,
        "InvalidParameterException");
    Wire.control(uri, "ResetEverything", "{}").isError(400, "UnknownOperationException");
  }

  @ParameterizedTest
  @ValueSource(strings = { "LastTemporaryPassword", "LastCode" })
  void shouldAnswerAnUnknownPoolAsCognitosOperationsDo(String operation) {
    String missing = "{\"UserPoolId\":\"us-east-1_nothere\",\"Username\":\"jane\"}";
    Wire.Reply cognito = Wire.cognito(uri, "AdminGetUser", missing);

    Wire.Reply control = Wire.control(uri, operation, missing);

    control.isError(400, "ResourceNotFoundException");
    assertThat(control.json().path("message").asText()).isEqualTo("User pool us-east-1_nothere does not exist.")
        .isEqualTo(cognito.json().path("message").asText());
  }

  @Test
  void shouldMoveTheClockAndReadTheMailboxThroughEndpointControl() {
    EndpointControl control = EndpointControl.of(uri);
    Wire.cognito(uri, "AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\"}");

    control.advance(Duration.ofMinutes(3).plusSeconds(1));

    assertThat(endpoint.cognito().clock().instant()).hasToString("2030-01-01T00:03:01Z");
    assertThat(control.temporaryPassword(pool, "jane")).isEqualTo(endpoint.cognito().mailbox().lastTemporaryPasswordFor("jane"));
    assertThat(control.code(pool, "jane")).isEmpty();
    assertThat(control).hasToString("EndpointControl[" + uri + "]");
  }
}

package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.FailingPools;
import dev.userpool.testkit.sdk.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * Over the wire, a port failure answers 500 InternalErrorException and leaves one log line whose request id is the
 * answer's {@code x-amzn-RequestId}, so an operator can find the line a client reports; nothing of the request is in it.
 */
class InternalErrorWireLogTest {

  @Test
  void shouldLogTheRequestIdTheAnswerCarries() {
    FailingPools pools = new FailingPools("Hunter2-Secret!");
    try (LogCapture log = LogCapture.ofTheClient();
        LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().cognito(InProcessCognito.builder().store(pools).build()))) {
      String pool = Wire.cognito(endpoint.uri(), "CreateUserPool", "{\"PoolName\":\"down\"}").json().path("UserPool").path("Id").asText();
      pools.down = true;

      Wire.Reply reply = Wire.cognito(endpoint.uri(), "AdminSetUserPassword",
          "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\",\"Password\":\"Hunter2-Secret!\",\"Permanent\":true}");

      assertThat(reply.status()).isEqualTo(500);
      assertThat(reply.json().path("__type").asText()).isEqualTo("InternalErrorException");
      assertThat(log.records()).hasSize(1);
      assertThat(LogCapture.line(log.records().get(0))).contains("AdminSetUserPassword")
          .contains("request " + reply.header("x-amzn-RequestId") + ")").contains("IllegalStateException")
          .doesNotContain("Hunter2").doesNotContain("jane");
    }
  }
}

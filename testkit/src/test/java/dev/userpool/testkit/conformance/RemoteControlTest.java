package dev.userpool.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The probe of the test control: only answers in the protocol count. */
class RemoteControlTest {

  /** An endpoint that answers every request alike, 200 and XML, as a multi-service emulator may at its root. */
  @Test
  void shouldFindNoTestControlWhereEveryTargetGetsTheSameAnswer() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "<?xml version=\"1.0\"?><ListAllMyBucketsResult/>".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      RemoteControl control = RemoteControl.probe(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5));

      assertThat(control.movesClock()).isFalse();
      assertThat(control.readsMailbox()).isFalse();
      assertThatThrownBy(() -> control.advance(Duration.ofDays(8))).isInstanceOf(NotApplicable.class)
          .hasMessage("the endpoint does not answer UserpoolTestControl.AdvanceClock: its clock cannot be moved");
      assertThatThrownBy(() -> control.code("us-east-1_Pool0", "jane")).isInstanceOf(NotApplicable.class)
          .hasMessageContaining("UserpoolTestControl.LastCode");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void shouldFindNoTestControlWhereNothingAnswers() {
    RemoteControl control = RemoteControl.probe(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(2));

    assertThat(control.movesClock()).isFalse();
    assertThat(control.readsMailbox()).isFalse();
  }
}

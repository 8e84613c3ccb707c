package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thousand slow clients at once (issue 28 keeps the probe's figure), on loopback only: each sends half a
 * request head, or a head and half its body, and stops. While they hang, good requests are answered; then the
 * endpoint closes every one of them by itself, at its request timeout (2 s here), and serves on. The test
 * holds 1,000 sockets for a few seconds and closes them all whatever happens.
 */
class SlowConnectionsTest {

  private static final int SLOW = 1_000;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
  /** How long a slow client may wait for the server to close it: the timeout and slack for a busy machine. */
  private static final int CLOSED_WITHIN_MILLIS = (int) REQUEST_TIMEOUT.toMillis() + 20_000;

  @Test
  @Timeout(120)
  void shouldAnswerGoodRequestsWhileAThousandSlowClientsHangAndThenCloseThemAll() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().requestTimeout(REQUEST_TIMEOUT))) {
      assertThat(endpoint.uri().getHost()).isEqualTo(InetAddress.getLoopbackAddress().getHostAddress());
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < SLOW; i++) {
          Wire.slowClient(endpoint.uri(), i, slow);
        }

        for (int i = 0; i < 20; i++) {
          Wire.stillServes(endpoint.uri());
        }

        int closedByServer = 0;
        for (Socket socket : slow) {
          closedByServer += closedByServer(socket) ? 1 : 0;
        }
        assertThat(closedByServer).as("slow clients the endpoint closed by itself").isEqualTo(SLOW);
        Wire.stillServes(endpoint.uri());
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  /** Whether the server closes the connection (end of stream or a reset) within {@link #CLOSED_WITHIN_MILLIS}, answering nothing. */
  private static boolean closedByServer(Socket socket) throws IOException {
    socket.setSoTimeout(CLOSED_WITHIN_MILLIS);
    try {
      return socket.getInputStream().read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true;
    }
  }
}

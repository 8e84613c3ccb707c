package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request smuggling (issue 28 keeps the probe's figures): a request whose length two parsers could read two
 * ways (Content-Length with Transfer-Encoding, two Content-Lengths, a framing header folded over two lines,
 * chunk sizes that are not sizes) carries a second request in its body. (A folded header that does not frame
 * the body is unfolded, as RFC 9112 section 5.2 allows a server to do.) The endpoint answers the first with an AWS-shaped 400 and closes
 * the connection, so the smuggled request is never answered or run: no pool named "smuggled" exists after,
 * and the next client is served.
 */
class RequestSmugglingTest {

  private static final String SMUGGLED_BODY = "{\"PoolName\":\"smuggled\"}";
  private static final String SMUGGLED = "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n"
      + "X-Amz-Target: AWSCognitoIdentityProviderService.CreateUserPool\r\nContent-Length: " + SMUGGLED_BODY.length() + "\r\n\r\n"
      + SMUGGLED_BODY;
  private static final String HEAD = "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n"
      + "X-Amz-Target: AWSCognitoIdentityProviderService.ListUserPools\r\n";

  @ParameterizedTest
  @ValueSource(strings = {
      // CL.TE: Content-Length covers the chunked body and the smuggled request; chunked framing ends before it
      "Content-Length: LEN\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nSMUGGLED",
      // TE.CL: the other order of the same two headers
      "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\nSMUGGLED",
      // two Content-Lengths, equal or not
      "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}SMUGGLED",
      "Content-Length: 2\r\nContent-Length: LEN\r\n\r\n{}SMUGGLED",
      "Content-Length: 2, LEN\r\n\r\n{}SMUGGLED",
      // obs-fold: a header continued on the next line
      "Content-Length: 2\r\n LEN\r\n\r\n{}SMUGGLED",
      "Transfer-Encoding:\r\n chunked\r\nContent-Length: 2\r\n\r\n{}SMUGGLED",
      // a Transfer-Encoding that is not plainly chunked
      "Transfer-Encoding: xchunked\r\nContent-Length: 2\r\n\r\n{}SMUGGLED",
      "Transfer-Encoding: chunked, identity\r\n\r\n2\r\n{}\r\n0\r\n\r\nSMUGGLED",
      // chunk sizes that are not sizes
      "Transfer-Encoding: chunked\r\n\r\n-2\r\n{}\r\n0\r\n\r\nSMUGGLED",
      "Transfer-Encoding: chunked\r\n\r\n+2\r\n{}\r\n0\r\n\r\nSMUGGLED",
      "Transfer-Encoding: chunked\r\n\r\n0x2\r\n{}\r\n0\r\n\r\nSMUGGLED",
      "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n{}\r\n0\r\n\r\nSMUGGLED",
      "Transfer-Encoding: chunked\r\n\r\n2 2\r\n{}\r\n0\r\n\r\nSMUGGLED",
  })
  @Timeout(60)
  void shouldAnswerAnAmbiguousLengthWith400AndNeverTheSmuggledRequest(String attack) throws IOException {
    String rest = attack.replace("LEN", Integer.toString(5 + SMUGGLED.length())).replace("SMUGGLED", SMUGGLED);
    try (LocalEndpoint endpoint = Wire.start(); Socket socket = new Socket("127.0.0.1", endpoint.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write((HEAD + rest).getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();

      Wire.Reply reply = Wire.readReply(socket.getInputStream());

      assertThat(reply.status()).as("%s", reply.body()).isEqualTo(400);
      assertThat(reply.json().path("__type").asText()).isEqualTo("BadRequestException");
      assertThat(reply.json().path("message").asText()).startsWith("Malformed HTTP request");
      assertThat(nextByte(socket)).as("the connection closes after the refusal: nothing more is read from it").isEqualTo(-1);
      assertThat(Wire.cognito(endpoint.uri(), "ListUserPools", "{\"MaxResults\":60}").body()).doesNotContain("smuggled");
      Wire.stillServes(endpoint.uri());
    }
  }

  private static int nextByte(Socket socket) throws IOException {
    try {
      return socket.getInputStream().read();
    } catch (SocketTimeoutException e) {
      return -2;
    }
  }
}

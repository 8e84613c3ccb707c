package dev.userpool.server;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that POSTs a Cognito request and reads the answer, for the SRP load
 * generator: the JDK's {@code HttpClient} spends a selector thread, futures and a header map per request, CPU that
 * the generator takes from the endpoint it measures on the same two cores. Reads answers framed by {@code
 * Content-Length} or chunked; reconnects after {@code Connection: close} or a closed socket. Not thread-safe: one
 * per load thread.
 */
final class KeepAliveConnection implements AutoCloseable {

  /** An answer: its status and body. */
  record Answer(int status, byte[] body) {}

  private final URI url;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAliveConnection(URI url) {
    this.url = url;
  }

  /** POSTs {@code body} with {@code X-Amz-Target: AWSCognitoIdentityProviderService.<operation>}. */
  Answer post(String operation, byte[] body) throws IOException {
    for (int attempt = 0;; attempt++) {
      boolean fresh = socket == null;
      try {
        connectIfNeeded();
        String head = "POST " + (url.getRawPath().isEmpty() ? "/" : url.getRawPath()) + " HTTP/1.1\r\nHost: " + url.getHost()
            + ":" + url.getPort() + "\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AWSCognitoIdentityProviderService."
            + operation + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        out.write(request);
        out.flush();
        return read();
      } catch (IOException e) {
        close();
        if (fresh || attempt > 0) { // a kept-alive connection the server closed meanwhile is retried once
          throw e;
        }
      }
    }
  }

  private void connectIfNeeded() throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      in = new BufferedInputStream(socket.getInputStream(), 16_384);
      out = socket.getOutputStream();
    }
  }

  private Answer read() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    int length = -1;
    boolean chunked = false;
    boolean close = status.startsWith("HTTP/1.0");
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Integer.parseInt(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> close = value.contains("close") || (close && !value.contains("keep-alive"));
        default -> {
        }
      }
    }
    byte[] body;
    if (chunked) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0; size = Integer.parseInt(line().split(";")[0].trim(),
          16)) {
        all.write(in.readNBytes(size));
        line();
      }
      while (!line().isEmpty()) { // trailers
        continue;
      }
      body = all.toByteArray();
    } else if (length >= 0) {
      body = in.readNBytes(length);
    } else {
      body = in.readAllBytes();
      close = true;
    }
    if (close) {
      close();
    }
    return new Answer(code, body);
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("the connection closed mid-answer");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}

package dev.userpool.testkit.endpoint;

import java.util.Map;
import java.util.Objects;

/**
 * One HTTP answer of the endpoint, independent of the server under it: status, content type, body,
 * the AWS error type ({@code x-amzn-ErrorType}) if it is an error, extra headers, and whether the
 * connection closes after it. The request id (unless it is a CORS preflight's answer, which answers no
 * AWS call), the date and the CORS headers are added when it is sent.
 *
 * @param status the HTTP status
 * @param contentType the body's content type, or null for a preflight's answer (no body)
 * @param body the body's bytes (not copied: never changed after it is made)
 * @param errorType the AWS error code for {@code x-amzn-ErrorType}, or null for a success
 * @param headers further headers, for example {@code Allow}
 * @param close whether the connection closes once this is sent
 */
record Reply(int status, String contentType, byte[] body, String errorType, Map<String, String> headers, boolean close) {

  private static final byte[] EMPTY = new byte[0];

  Reply {
    Objects.requireNonNull(body, "body is null");
    headers = Map.copyOf(headers);
  }

  /** A 200 with a JSON body of {@code contentType}. */
  static Reply ok(String contentType, byte[] body) {
    return new Reply(200, Objects.requireNonNull(contentType, "contentType is null"), body, null, Map.of(), false);
  }

  /** The answer to a CORS preflight: 200, no body, the preflight's {@code headers}. */
  static Reply preflight(Map<String, String> headers) {
    return new Reply(200, null, EMPTY, null, headers, false);
  }

  /** Whether this answers a CORS preflight rather than an AWS call (it then gets no request id). */
  boolean isPreflight() {
    return contentType == null;
  }

  /** This reply, closing the connection after it. */
  Reply closing() {
    return new Reply(status, contentType, body, errorType, headers, true);
  }
}

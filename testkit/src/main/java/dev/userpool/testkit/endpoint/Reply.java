package dev.userpool.testkit.endpoint;

import java.util.Map;
import java.util.Objects;

/**
 * One HTTP answer of the endpoint, independent of the server under it: status, content type, body,
 * the AWS error type ({@code x-amzn-ErrorType}) if it is an error, extra headers, and whether the
 * connection closes after it. The request id is added when it is sent.
 *
 * @param status the HTTP status
 * @param contentType the body's content type
 * @param body the body's bytes (not copied: never changed after it is made)
 * @param errorType the AWS error code for {@code x-amzn-ErrorType}, or null for a success
 * @param headers further headers, for example {@code Allow}
 * @param close whether the connection closes once this is sent
 */
record Reply(int status, String contentType, byte[] body, String errorType, Map<String, String> headers, boolean close) {

  Reply {
    Objects.requireNonNull(contentType, "contentType is null");
    Objects.requireNonNull(body, "body is null");
    headers = Map.copyOf(headers);
  }

  /** A 200 with a JSON body of {@code contentType}. */
  static Reply ok(String contentType, byte[] body) {
    return new Reply(200, contentType, body, null, Map.of(), false);
  }

  /** This reply, closing the connection after it. */
  Reply closing() {
    return new Reply(status, contentType, body, errorType, headers, true);
  }
}

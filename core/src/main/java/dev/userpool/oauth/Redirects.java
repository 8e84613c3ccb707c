package dev.userpool.oauth;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The locations the authorize endpoint sends the browser to: the redirect URI with parameters in its query (a code,
 * or an error, RFC 6749 section 4.1.2) or in its fragment (the implicit grant's tokens, section 4.2.2), each name and
 * value percent-encoded as {@code application/x-www-form-urlencoded} would (spaces as {@code %20}).
 */
public final class Redirects {

  private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  private Redirects() {}

  /** {@code uri} with the parameters added to its query. */
  public static String withQuery(String uri, Seq<Tuple2<String, String>> parameters) {
    Objects.requireNonNull(uri, "uri is null");
    return uri + (uri.contains("?") ? "&" : "?") + encode(parameters);
  }

  /** {@code uri} with the parameters as its fragment. */
  public static String withFragment(String uri, Seq<Tuple2<String, String>> parameters) {
    Objects.requireNonNull(uri, "uri is null");
    return uri + "#" + encode(parameters);
  }

  /** The parameters as {@code name=value&...}. */
  public static String encode(Seq<Tuple2<String, String>> parameters) {
    return parameters.map(p -> percent(p._1) + "=" + percent(p._2)).mkString("&");
  }

  /** {@code text} percent-encoded: unreserved characters as they are, every other UTF-8 octet as {@code %XX}. */
  public static String percent(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
    }
    return out.toString();
  }
}

package dev.userpool.testkit.endpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The endpoint's cross-origin resource sharing, so that a web page on another origin (Amplify JS,
 * amazon-cognito-identity-js, the SDK for JavaScript in a browser) can call it as it calls Cognito.
 *
 * <p>Every answer carries {@code Access-Control-Allow-Origin} and {@code Access-Control-Expose-Headers:
 * }{@value #EXPOSED}, as Cognito's own answers do. A preflight ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}, on any path) is answered {@code 200} with no body, the methods
 * {@value #METHODS}, the request headers the browser asked for (those whose names are HTTP tokens; without
 * an {@code Access-Control-Request-Headers}, {@link #ALLOWED_HEADERS the headers browsers' SDKs send}) and a
 * max age of {@value #MAX_AGE_SECONDS} s, the shape of Cognito's preflight answer.
 *
 * <p>Any origin by default ({@code *}). Restricted to a list of origins, an answer names the request's
 * origin when it is listed and carries no {@code Access-Control-Allow-Origin} otherwise (the browser then
 * refuses the answer to the page), and every answer says {@code Vary: Origin}.
 */
final class Cors {

  /** The headers a page may read from an answer: Cognito's list. */
  static final String EXPOSED = "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date";
  /** The methods a preflight allows: the endpoint's. */
  static final String METHODS = "GET,POST";
  /** How long a browser may cache a preflight's answer, in seconds: Cognito's. */
  static final long MAX_AGE_SECONDS = 172800;
  /**
   * The request headers allowed when a preflight names none: those Amplify JS v6, amazon-cognito-identity-js
   * and the SDKs for JavaScript send, signed or not.
   */
  static final String ALLOWED_HEADERS = "amz-sdk-invocation-id,amz-sdk-request,authorization,cache-control,content-type,"
      + "x-amz-content-sha256,x-amz-date,x-amz-security-token,x-amz-target,x-amz-user-agent";

  /** An origin as browsers send it: a scheme, a host and perhaps a port, no path. */
  private static final Pattern ORIGIN = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/\\s,?#]+");
  /** An HTTP token (RFC 9110 5.6.2): what a header name is made of. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** Lower-case origins allowed, or empty for any. */
  private final Set<String> origins;

  private Cors(Set<String> origins) {
    this.origins = origins;
  }

  /** Any origin: {@code Access-Control-Allow-Origin: *}. */
  static Cors anyOrigin() {
    return new Cors(Set.of());
  }

  /**
   * Only {@code origins} (for example {@code http://localhost:3000}); {@code *} among them means any.
   *
   * @throws IllegalArgumentException if there is none, or one is not a scheme, a host and perhaps a port
   */
  static Cors only(Collection<String> origins) {
    Objects.requireNonNull(origins, "origins is null");
    Set<String> allowed = new LinkedHashSet<>();
    for (String origin : origins) {
      String trimmed = Objects.requireNonNull(origin, "an origin is null").trim();
      if ("*".equals(trimmed)) {
        return anyOrigin();
      }
      if (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      if (!ORIGIN.matcher(trimmed).matches()) {
        throw new IllegalArgumentException("an origin is a scheme, a host and perhaps a port, such as http://localhost:3000: "
            + origin);
      }
      allowed.add(trimmed.toLowerCase(Locale.ROOT));
    }
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("at least one origin, or *");
    }
    return new Cors(Set.copyOf(allowed));
  }

  /** Parses a comma-separated list of origins, or {@code *}. */
  static Cors parse(String list) {
    List<String> origins = new ArrayList<>();
    for (String origin : Objects.requireNonNull(list, "list is null").split(",", -1)) {
      if (!origin.isBlank()) {
        origins.add(origin);
      }
    }
    return only(origins);
  }

  /** Whether any origin is allowed. */
  boolean anyOriginAllowed() {
    return origins.isEmpty();
  }

  /** The allowed origins (lower case), empty when any is. */
  Set<String> origins() {
    return origins;
  }

  /** Whether a request is a CORS preflight: {@code OPTIONS} with an {@code Origin} and an {@code Access-Control-Request-Method}. */
  static boolean isPreflight(String method, String origin, String requestMethod) {
    return "OPTIONS".equals(method) && origin != null && requestMethod != null;
  }

  /**
   * The CORS headers of any answer to a request from {@code origin} (null when the request had none):
   * what {@code Access-Control-Allow-Origin} says, the exposed headers, and {@code Vary: Origin} when the
   * origins are restricted.
   */
  Map<String, String> answerHeaders(String origin) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (origins.isEmpty()) {
      headers.put("Access-Control-Allow-Origin", "*");
    } else {
      if (origin != null && origins.contains(origin.trim().toLowerCase(Locale.ROOT))) {
        headers.put("Access-Control-Allow-Origin", origin.trim());
      }
      headers.put("Vary", "Origin");
    }
    headers.put("Access-Control-Expose-Headers", EXPOSED);
    return headers;
  }

  /**
   * The headers a preflight's answer adds to {@link #answerHeaders}: the methods, the request headers
   * allowed (those of {@code requestedHeaders} that are tokens, or {@link #ALLOWED_HEADERS} if it names
   * none) and the max age.
   */
  static Map<String, String> preflightHeaders(String requestedHeaders) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Access-Control-Allow-Methods", METHODS);
    headers.put("Access-Control-Allow-Headers", allowedHeaders(requestedHeaders));
    headers.put("Access-Control-Max-Age", Long.toString(MAX_AGE_SECONDS));
    return headers;
  }

  private static String allowedHeaders(String requested) {
    if (requested == null) {
      return ALLOWED_HEADERS;
    }
    Set<String> names = new LinkedHashSet<>();
    for (String name : requested.split(",")) {
      String trimmed = name.trim();
      if (TOKEN.matcher(trimmed).matches()) {
        names.add(trimmed.toLowerCase(Locale.ROOT));
      }
    }
    return names.isEmpty() ? ALLOWED_HEADERS : String.join(",", names);
  }
}

package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.SharedTime;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * What a {@link LocalEndpoint} answers to one whole request, apart from the server under it: the GET routes
 * ({@code /health} first, then a pool's {@code .well-known} documents, then any added), the hosted OAuth paths
 * ({@link HostedRoutes}), Cognito's operations
 * and the test control on {@code POST /}, and AWS JSON errors for everything else. See {@link LocalEndpoint}
 * for the protocol. Thread-safe.
 */
final class Router {

  private static final System.Logger LOG = System.getLogger(LocalEndpoint.class.getName());
  private static final byte[] HEALTHY = "{\"status\":\"ok\"}".getBytes(StandardCharsets.US_ASCII);
  private static final String CONTENT_TYPE = LocalEndpoint.CONTENT_TYPE;

  private final AwsJson json = new AwsJson();
  private final CognitoOperations operations;
  private final TestControl control;
  private final InProcessCognito cognito;
  private final SharedTime time;
  private final HostedRoutes hosted;
  /** The GET routes, asked in order; see {@link GetRoute}. */
  private final List<GetRoute> getRoutes = new CopyOnWriteArrayList<>();

  /** Answers through {@code client}, its pools' documents naming the endpoint at {@code uri}. */
  Router(InProcessCognitoClient client, Supplier<URI> uri) {
    this.operations = new CognitoOperations(client, json);
    this.control = new TestControl(client.cognito());
    this.cognito = client.cognito();
    this.time = client.cognito().sharedTime();
    this.hosted = new HostedRoutes(client.cognito().oauth());
    this.getRoutes.add(path -> "/health".equals(path) ? Optional.of(Reply.ok("application/json", HEALTHY)) : Optional.empty());
    this.getRoutes.add(path -> WellKnownRoutes.answer(path, client.cognito(), uri.get().toString())
        .map(document -> Reply.ok("application/json", document.getBytes(StandardCharsets.UTF_8))));
  }

  /** Adds a GET route after those already there. */
  void addGetRoute(GetRoute route) {
    getRoutes.add(Objects.requireNonNull(route, "route is null"));
  }

  /** An AWS JSON error answer. */
  Reply error(int status, String code, String message) {
    return error(status, code, message, Map.of());
  }

  private Reply error(int status, String code, String message, Map<String, String> headers) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("__type", code);
    body.put("message", message);
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("x-amzn-ErrorMessage", headerValue(message));
    return new Reply(status, CONTENT_TYPE, json.bytes(body), code, all, false);
  }

  /** {@code text} as a header value: printable ASCII, anything else as {@code ?} (the body has the exact text). */
  private static String headerValue(String text) {
    StringBuilder value = new StringBuilder(text.length());
    text.codePoints().forEach(c -> value.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
    return value.toString();
  }

  /** The answer to one whole request; never throws. */
  Reply answer(LocalEndpoint.Request request) {
    try {
      return answerOrThrow(request);
    } catch (WireError e) {
      Map<String, String> headers = new HashMap<>();
      if (e.status() == 405) {
        headers.put("Allow", "POST");
      }
      if (e.requestId() != null) {
        headers.put(LocalEndpoint.REQUEST_ID, e.requestId()); // the id the Cognito answered (and logged an internal error) under
      }
      return error(e.status(), e.code(), e.getMessage(), headers);
    } catch (RuntimeException e) {
      String requestId = cognito.nextRequestId();
      StackTraceElement[] frames = e.getStackTrace();
      // The exception's message is left out: it may quote the request.
      LOG.log(System.Logger.Level.WARNING, "InternalErrorException answering {0} (request {1}): {2} at {3}",
          safeTarget(request.amzTarget()), requestId, e.getClass().getName(), frames.length == 0 ? "?" : frames[0].toString());
      return error(500, "InternalErrorException", "Internal server error.", Map.of(LocalEndpoint.REQUEST_ID, requestId));
    }
  }

  private Reply answerOrThrow(LocalEndpoint.Request request) {
    String path = path(request.target());
    if ("GET".equals(request.method())) {
      for (GetRoute route : getRoutes) {
        Optional<Reply> reply = route.answer(path);
        if (reply.isPresent()) {
          return reply.get();
        }
      }
    }
    if (path.startsWith("/oauth2/") || path.equals("/login") || path.equals("/logout")) {
      time.catchUp();
      Optional<Reply> reply = hosted.answer(path, request);
      if (reply.isPresent()) {
        return reply.get();
      }
    }
    if (!"/".equals(path)) {
      throw new WireError("NotFoundException", "Not found: the endpoint serves POST / only.", 404);
    }
    if (!"POST".equals(request.method())) {
      throw new WireError("MethodNotAllowedException", "Method not allowed: the endpoint serves POST / only.", 405);
    }
    String target = request.amzTarget();
    if (target == null || target.isEmpty()) {
      throw WireError.unknownOperation("Missing X-Amz-Target header.");
    }
    // Time moved through another node on the same store has moved here too before this operation runs.
    time.catchUp();
    ObjectNode response;
    if (target.startsWith(CognitoOperations.TARGET_PREFIX)) {
      String name = target.substring(CognitoOperations.TARGET_PREFIX.length());
      if (!CognitoOperations.exists(name)) {
        throw WireError.unknownOperation("Unknown operation in X-Amz-Target.");
      }
      response = operations.call(name, json.parse(request.body()));
    } else if (target.startsWith(TestControl.TARGET_PREFIX)) {
      response = control.call(target.substring(TestControl.TARGET_PREFIX.length()), json.parse(request.body()));
    } else {
      throw WireError.unknownOperation("Unknown operation in X-Amz-Target: expected " + CognitoOperations.TARGET_PREFIX + "<Operation>.");
    }
    return Reply.ok(CONTENT_TYPE, json.bytes(response));
  }

  /** The path of a request target: origin form ({@code /x?y}) or absolute form ({@code http://h/x}); the query is dropped. */
  private static String path(String target) {
    String rest = target;
    if (!rest.startsWith("/")) {
      int scheme = rest.indexOf("://");
      String lower = rest.toLowerCase(Locale.ROOT);
      if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
        throw new WireError("BadRequestException", "Malformed HTTP request: the request target must be a path starting with '/'.", 400);
      }
      int slash = rest.indexOf('/', scheme + 3);
      rest = slash < 0 ? "/" : rest.substring(slash);
    }
    int query = rest.indexOf('?');
    return query < 0 ? rest : rest.substring(0, query);
  }

  /** The target for a log line: only the characters an operation name has, and not too many. */
  private static String safeTarget(String target) {
    if (target == null) {
      return "(no target)";
    }
    String kept = target.replaceAll("[^A-Za-z0-9._]", "?");
    return kept.length() > 100 ? kept.substring(0, 100) + "..." : kept;
  }
}

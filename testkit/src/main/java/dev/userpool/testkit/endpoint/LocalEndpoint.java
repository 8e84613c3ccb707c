package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.userpool.testkit.LocalCognito;
import dev.userpool.testkit.sdk.LocalCognitoClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local Cognito user-pool endpoint: the AWS JSON 1.1 protocol over HTTP on 127.0.0.1, so that the
 * AWS CLI, boto3 and the AWS SDKs talk to an in-memory {@link LocalCognito} unchanged, given only an
 * endpoint URL and any credentials.
 *
 * <pre>{@code
 * try (LocalEndpoint endpoint = LocalEndpoint.builder().port(0).start()) {
 *   CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
 *       .endpointOverride(endpoint.uri())
 *       .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
 *       .region(Region.US_EAST_1)
 *       .build();
 *   cognito.createUserPool(b -> b.poolName("app"));
 * }
 * }</pre>
 *
 * <h2>Protocol</h2>
 * Requests are {@code POST /} with {@code X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>}
 * and a JSON object as body (an empty body counts as {@code {}}; the {@code Content-Type} is not
 * checked). Signatures are accepted without checking, whatever the credentials, as with other local
 * emulators. Each operation is answered by a {@link LocalCognitoClient}: the body becomes the SDK's
 * request object, the SDK's response object becomes the body ({@code Content-Type:
 * application/x-amz-json-1.1}), both through the SDK's own member metadata; timestamps are epoch
 * seconds with a fraction. The tokens are its LocalCognito's signed JWTs, so ChangePassword, GetUser and
 * GlobalSignOut accept only access tokens this endpoint (or another front end of its LocalCognito) issued.
 *
 * <p>Errors are AWS-shaped: the body {@code {"__type": "<Code>", "message": "<text>"}}, the headers
 * {@code x-amzn-ErrorType: <Code>} and {@code x-amzn-RequestId}, and the status Cognito uses (400; 500
 * for {@code InternalErrorException}). Besides Cognito's own errors:
 * <ul>
 *   <li>a body that is not one JSON object, or a member of the wrong JSON type:
 *       {@code SerializationException} (400); unknown members are ignored, {@code null} means absent;</li>
 *   <li>a missing or unknown target: {@code UnknownOperationException} (400); an operation of Cognito's
 *       API that the library does not implement: {@code UnsupportedOperationException} (400) naming it;</li>
 *   <li>a body over {@link Builder#maxBodyBytes the cap} ({@value #DEFAULT_MAX_BODY_BYTES} bytes by
 *       default): {@code RequestEntityTooLargeException} (413), answered without reading the rest, and
 *       the connection is closed;</li>
 *   <li>a path other than {@code /}: {@code NotFoundException} (404); a method other than POST:
 *       {@code MethodNotAllowedException} (405) with {@code Allow: POST};</li>
 *   <li>a request while the endpoint shuts down: {@code ServiceUnavailableException} (503);</li>
 *   <li>any bug: {@code InternalErrorException} (500), logged by exception class only.</li>
 * </ul>
 * Messages never repeat a value from the request body, and nothing is logged from it.
 *
 * <h2>Test control</h2>
 * Test-only operations, with {@code X-Amz-Target: UserpoolTestControl.<Operation>} on the same
 * {@code POST /}, with members named as AWS names its own (they are strict: an unknown one, {@code "days"}
 * included, is an {@code InvalidParameterException}) and errors like every other target's:
 * <ul>
 *   <li>{@code AdvanceClock} {@code {"Days": 8, "Hours": 0, "Minutes": 0, "Seconds": 0}} (each optional,
 *       whole, at least 0) moves the Cognito's clock forward and answers {@code {"Now":
 *       "2030-01-09T00:00:00Z"}}; the clock otherwise stands still, from {@code 2030-01-01T00:00:00Z};</li>
 *   <li>{@code LastTemporaryPassword} {@code {"UserPoolId": "...", "Username": "..."}} answers
 *       {@code {"TemporaryPassword": "..."}}, the last invitation's temporary password, or {@code {}};
 *       a pool that does not exist is a {@code ResourceNotFoundException};</li>
 *   <li>{@code LastCode} (same members) answers {@code {"Code": "..."}}, the last sign-up or reset code,
 *       or {@code {}}.</li>
 * </ul>
 * For example {@code curl -H 'X-Amz-Target: UserpoolTestControl.AdvanceClock' -d '{"Days": 8}'
 * http://127.0.0.1:9229/}. {@link EndpointControl} calls them from Java.
 *
 * <h2>Limits</h2>
 * A fixed pool of {@link Builder#threads worker threads} ({@value #DEFAULT_THREADS} by default) with a
 * bounded queue ({@value #QUEUE_CAPACITY}; beyond it a new connection is closed) serves requests. A
 * client that is too slow to send its request is disconnected after {@value #DEFAULT_REQUEST_TIMEOUT_SECONDS}
 * seconds, one that is too slow to take the response after {@value #DEFAULT_RESPONSE_TIMEOUT_SECONDS}
 * seconds, idle keep-alive connections after 30 seconds. These timeouts belong to the JDK's HTTP server,
 * which reads them once per JVM from the system properties {@code sun.net.httpserver.maxReqTime} and
 * {@code sun.net.httpserver.maxRspTime} (seconds): this class sets them when it is loaded unless they are
 * already set, which works as long as no JDK HTTP server was created in the JVM before. {@link #close()}
 * stops taking requests, lets those in flight finish within the {@link Builder#shutdownGrace grace}
 * ({@value #DEFAULT_SHUTDOWN_GRACE_MILLIS} ms by default), then closes every connection.
 *
 * <p>Needs {@code software.amazon.awssdk:cognitoidentityprovider} and
 * {@code com.fasterxml.jackson.core:jackson-databind} on the class path (optional dependencies of
 * testkit). Thread-safe.
 */
public final class LocalEndpoint implements AutoCloseable {

  /** The port the endpoint listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 9229;
  /** The largest request body read, in bytes (1 MiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** Worker threads unless told otherwise. */
  public static final int DEFAULT_THREADS = 8;
  /** Requests waiting for a worker beyond which new connections are closed. */
  public static final int QUEUE_CAPACITY = 256;
  /** How long {@link #close()} lets requests in flight finish, unless told otherwise. */
  public static final long DEFAULT_SHUTDOWN_GRACE_MILLIS = 2000;
  /** Seconds a client may take to send a whole request ({@code sun.net.httpserver.maxReqTime}), unless set. */
  public static final long DEFAULT_REQUEST_TIMEOUT_SECONDS = 10;
  /** Seconds a response may take to be sent ({@code sun.net.httpserver.maxRspTime}), unless set. */
  public static final long DEFAULT_RESPONSE_TIMEOUT_SECONDS = 30;
  /** The content type of every body the endpoint sends. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private static final System.Logger LOG = System.getLogger(LocalEndpoint.class.getName());

  static {
    // Nagle's algorithm delays each keep-alive answer by ~40 ms (the client's delayed ACK); the JDK
    // server reads this once, when its first instance is made.
    setIfAbsent("sun.net.httpserver.nodelay", "true");
    setIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(DEFAULT_REQUEST_TIMEOUT_SECONDS));
    setIfAbsent("sun.net.httpserver.maxRspTime", Long.toString(DEFAULT_RESPONSE_TIMEOUT_SECONDS));
  }

  private final LocalCognitoClient client;
  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final Duration shutdownGrace;
  private final int maxBodyBytes;
  private final AwsJson json = new AwsJson();
  private final CognitoOperations operations;
  private final TestControl control;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final URI uri;

  private LocalEndpoint(Builder b) throws IOException {
    this.client = b.client != null ? b.client
        : LocalCognitoClient.of(b.cognito != null ? b.cognito : LocalCognito.builder().seed(b.seed).build());
    this.operations = new CognitoOperations(client, json);
    this.control = new TestControl(client.cognito());
    this.shutdownGrace = b.shutdownGrace;
    this.maxBodyBytes = b.maxBodyBytes;
    AtomicInteger threadNumber = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(b.threads, b.threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY), r -> {
      Thread t = new Thread(r, "userpool-endpoint-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 0);
    this.server.setExecutor(workers);
    this.server.createContext("/", this::exchange);
    this.server.start();
    InetSocketAddress bound = server.getAddress();
    this.uri = URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort());
  }

  // -- static API

  /** A builder: port {@value #DEFAULT_PORT}, a new {@link LocalCognito} with seed 0. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures and starts a {@link LocalEndpoint}. */
  public static final class Builder {
    private int port = DEFAULT_PORT;
    private long seed;
    private LocalCognito cognito;
    private LocalCognitoClient client;
    private int threads = DEFAULT_THREADS;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration shutdownGrace = Duration.ofMillis(DEFAULT_SHUTDOWN_GRACE_MILLIS);

    private Builder() {}

    /**
     * The port on 127.0.0.1; 0 picks a free one (see {@link LocalEndpoint#port()}). Default
     * {@value LocalEndpoint#DEFAULT_PORT}.
     *
     * @throws IllegalArgumentException if {@code port} is not 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** The seed of a new {@link LocalCognito}'s randomness; default 0. Ignored with {@link #cognito} or {@link #client}. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Serves this Cognito (with a client and token registry of the endpoint's own).
     *
     * @throws NullPointerException if {@code cognito} is null
     */
    public Builder cognito(LocalCognito cognito) {
      this.cognito = Objects.requireNonNull(cognito, "cognito is null");
      return this;
    }

    /**
     * Serves through this client: its Cognito and its token registry, so tokens issued in process are
     * accepted over the wire and the other way round.
     *
     * @throws NullPointerException if {@code client} is null
     */
    public Builder client(LocalCognitoClient client) {
      this.client = Objects.requireNonNull(client, "client is null");
      return this;
    }

    /**
     * Worker threads; default {@value LocalEndpoint#DEFAULT_THREADS}.
     *
     * @throws IllegalArgumentException if {@code threads} is not 1..256
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be 1..256: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * The largest request body, in bytes; default {@value LocalEndpoint#DEFAULT_MAX_BODY_BYTES}.
     *
     * @throws IllegalArgumentException if {@code maxBodyBytes} is not 1..64 MiB
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1 || maxBodyBytes > 64 * 1024 * 1024) {
        throw new IllegalArgumentException("maxBodyBytes must be 1..67108864: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * How long {@link LocalEndpoint#close()} waits for requests in flight; default
     * {@value LocalEndpoint#DEFAULT_SHUTDOWN_GRACE_MILLIS} ms.
     *
     * @throws IllegalArgumentException if {@code grace} is negative
     */
    public Builder shutdownGrace(Duration grace) {
      if (Objects.requireNonNull(grace, "grace is null").isNegative()) {
        throw new IllegalArgumentException("grace must not be negative: " + grace);
      }
      this.shutdownGrace = grace;
      return this;
    }

    /**
     * Binds the port and starts serving.
     *
     * @throws IOException if the port cannot be bound (for example, it is in use)
     */
    public LocalEndpoint start() throws IOException {
      return new LocalEndpoint(this);
    }
  }

  /** The endpoint's URL, for example {@code http://127.0.0.1:9229}: the SDKs' endpoint override. */
  public URI uri() {
    return uri;
  }

  /** The port it listens on (the one picked when asked for port 0). */
  public int port() {
    return uri.getPort();
  }

  /** The client that answers every operation: its {@link LocalCognitoClient#cognito() Cognito} and tokens. */
  public LocalCognitoClient client() {
    return client;
  }

  /** The Cognito behind the endpoint: its store, clock and inbox. */
  public LocalCognito cognito() {
    return client.cognito();
  }

  /**
   * Stops: new requests are answered with 503, those in flight get up to the shutdown grace to finish,
   * then the port is released and every connection closed. Idempotent.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    long deadline = System.nanoTime() + shutdownGrace.toNanos();
    try {
      while (inFlight.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop(0);
    workers.shutdown();
    try {
      if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "LocalEndpoint[" + uri + "]";
  }

  // -- one exchange

  private void exchange(HttpExchange exchange) {
    inFlight.incrementAndGet();
    String requestId = String.format("00000000-0000-4000-a000-%012x", requests.incrementAndGet());
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    try {
      ObjectNode response = answer(exchange, target);
      send(exchange, 200, json.bytes(response), requestId, null);
    } catch (WireError e) {
      sendError(exchange, e.status(), e.code(), e.getMessage(), requestId);
    } catch (IOException e) {
      // The client went away or sent a broken body: nothing to answer.
      exchange.close();
    } catch (RuntimeException e) {
      StackTraceElement[] frames = e.getStackTrace();
      // The exception's message is left out: it may quote the request.
      LOG.log(System.Logger.Level.WARNING, "internal error answering {0}: {1} at {2}", safeTarget(target), e.getClass().getName(),
          frames.length == 0 ? "?" : frames[0].toString());
      sendError(exchange, 500, "InternalErrorException", "Internal server error.", requestId);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private ObjectNode answer(HttpExchange exchange, String target) throws IOException {
    if (!"/".equals(exchange.getRequestURI().getRawPath())) {
      throw new WireError("NotFoundException", "Not found: the endpoint serves POST / only.", 404);
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      throw new WireError("MethodNotAllowedException", "Method not allowed: the endpoint serves POST / only.", 405);
    }
    if (closing.get()) {
      exchange.getResponseHeaders().set("Connection", "close");
      throw new WireError("ServiceUnavailableException", "The endpoint is shutting down.", 503);
    }
    if (target == null || target.isEmpty()) {
      throw WireError.unknownOperation("Missing X-Amz-Target header.");
    }
    if (target.startsWith(CognitoOperations.TARGET_PREFIX)) {
      String name = target.substring(CognitoOperations.TARGET_PREFIX.length());
      if (!CognitoOperations.exists(name)) {
        throw WireError.unknownOperation("Unknown operation in X-Amz-Target.");
      }
      return operations.call(name, json.parse(body(exchange)));
    }
    if (target.startsWith(TestControl.TARGET_PREFIX)) {
      return control.call(target.substring(TestControl.TARGET_PREFIX.length()), json.parse(body(exchange)));
    }
    throw WireError.unknownOperation("Unknown operation in X-Amz-Target: expected " + CognitoOperations.TARGET_PREFIX + "<Operation>.");
  }

  /** The body, at most the cap: a larger one is refused from its Content-Length, or once the cap is passed. */
  private byte[] body(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && Long.parseLong(length.trim()) > maxBodyBytes) {
      throw tooLarge(exchange);
    }
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes(maxBodyBytes + 1);
    if (body.length > maxBodyBytes) {
      throw tooLarge(exchange);
    }
    return body;
  }

  private WireError tooLarge(HttpExchange exchange) {
    exchange.getResponseHeaders().set("Connection", "close");
    return new WireError("RequestEntityTooLargeException", "The request body is larger than " + maxBodyBytes + " bytes.", 413);
  }

  private void sendError(HttpExchange exchange, int status, String code, String message, String requestId) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("__type", code);
    body.put("message", message);
    try {
      send(exchange, status, json.bytes(body), requestId, code);
    } catch (IOException e) {
      exchange.close();
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body, String requestId, String errorType) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", CONTENT_TYPE);
    headers.set("x-amzn-RequestId", requestId);
    if (errorType != null) {
      headers.set("x-amzn-ErrorType", errorType);
    }
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } finally {
      exchange.close();
    }
  }

  /** The target for a log line: only the characters an operation name has, and not too many. */
  private static String safeTarget(String target) {
    if (target == null) {
      return "(no target)";
    }
    String kept = target.replaceAll("[^A-Za-z0-9._]", "?");
    return kept.length() > 100 ? kept.substring(0, 100) + "..." : kept;
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}

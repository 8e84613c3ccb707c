package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.WriteTimeoutHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Cognito user-pool endpoint: the AWS JSON 1.1 protocol over HTTP on 127.0.0.1, so that the
 * AWS CLI, boto3 and the AWS SDKs talk to an in-memory {@link InProcessCognito} unchanged, given only an
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
 * emulators. Each operation is answered by an {@link InProcessCognitoClient}: the body becomes the SDK's
 * request object, the SDK's response object becomes the body ({@code Content-Type:
 * application/x-amz-json-1.1}), both through the SDK's own member metadata; timestamps are epoch
 * seconds with a fraction. The tokens are its InProcessCognito's signed JWTs, so ChangePassword, GetUser and
 * GlobalSignOut accept only access tokens this endpoint (or another front end of its InProcessCognito) issued.
 *
 * <p>Errors are AWS-shaped: the body {@code {"__type": "<Code>", "message": "<text>"}}, the headers
 * {@code x-amzn-ErrorType: <Code>} and {@code x-amzn-RequestId}, and the status Cognito uses (400; 500
 * for {@code InternalErrorException}). Besides Cognito's own errors:
 * <ul>
 *   <li>a body that is not one JSON object, or a member of the wrong JSON type:
 *       {@code SerializationException} (400); unknown members are ignored, {@code null} means absent, for a
 *       member and for a map's key alike ({@code "AuthParameters": {"DEVICE_KEY": null}} is no
 *       {@code DEVICE_KEY}), while a list holding {@code null} is a {@code SerializationException};</li>
 *   <li>a missing or unknown target: {@code UnknownOperationException} (400); an operation of Cognito's
 *       API that the library does not implement: {@code UnsupportedOperationException} (400) naming it;</li>
 *   <li>a body over {@link Builder#maxBodyBytes the cap} ({@value #DEFAULT_MAX_BODY_BYTES} bytes by
 *       default): {@code RequestEntityTooLargeException} (413), answered without reading the rest, and
 *       the connection is closed;</li>
 *   <li>a path other than {@code /}: {@code NotFoundException} (404); a method other than POST:
 *       {@code MethodNotAllowedException} (405) with {@code Allow: POST}; a request target that is
 *       neither a path nor an absolute URL: {@code BadRequestException} (400);</li>
 *   <li>a request that is not HTTP/1.1 (a garbage request line, a bad {@code Content-Length}, headers
 *       over 8 KiB, a request line over 4 KiB): {@code BadRequestException} (400), then the connection
 *       is closed;</li>
 *   <li>a request while the endpoint shuts down, or on a connection beyond
 *       {@link Builder#maxConnections the most it keeps open}: {@code ServiceUnavailableException} (503),
 *       then the connection is closed;</li>
 *   <li>a request when every worker is busy and {@value #QUEUE_CAPACITY} requests already wait:
 *       {@code TooManyRequestsException} (400), Cognito's throttling error; the connection stays;</li>
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
 *       whole, at least 0) moves the Cognito's clock forward, at most to {@code 9999-12-31T23:59:59Z}
 *       (beyond: {@code InvalidParameterException}, the clock unchanged), and answers {@code {"Now":
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
 * <h2>Other routes</h2>
 * {@code GET /health} answers {@code 200 {"status": "ok"}} ({@code application/json}) as soon as the
 * endpoint serves: a readiness check for scripts and containers. {@code GET /<poolId>/.well-known/jwks.json}
 * and {@code GET /<poolId>/.well-known/openid-configuration} answer a pool's keys and discovery document
 * (see {@code WellKnownRoutes}); any other GET is a {@code 404}/{@code 405} as above.
 *
 * <h2>Connections and limits</h2>
 * The server is Netty's HTTP/1.1 codec on one non-blocking event-loop thread, with {@code TCP_NODELAY}
 * on, keep-alive and pipelining (answers come back in request order). The event loop only reads and
 * writes: whole requests go to a fixed pool of {@link Builder#threads worker threads}
 * ({@value #DEFAULT_THREADS} by default) with a bounded queue ({@value #QUEUE_CAPACITY}). No thread waits
 * for a client: a connection that does not send a whole request within the
 * {@link Builder#requestTimeout request timeout} ({@value #DEFAULT_REQUEST_TIMEOUT_SECONDS} s from its
 * first byte), or stays idle for the {@link Builder#idleTimeout idle timeout}
 * ({@value #DEFAULT_IDLE_TIMEOUT_SECONDS} s), is closed without an answer; one that does not take an
 * answer within {@value #DEFAULT_RESPONSE_TIMEOUT_SECONDS} s is closed. A connection holds at most one
 * request body (the cap), and reads nothing more while its request is with a worker. An answer that ends
 * a connection is followed by a half-close, and what the client still sends is discarded unread for two
 * seconds, so that the client reads the answer rather than a reset. {@link #close()} stops taking
 * connections (the port is free when it returns), lets requests in flight finish within the
 * {@link Builder#shutdownGrace grace} ({@value #DEFAULT_SHUTDOWN_GRACE_MILLIS} ms by default), then
 * closes every connection. The endpoint sets no system property.
 *
 * <p>Needs {@code software.amazon.awssdk:cognitoidentityprovider},
 * {@code com.fasterxml.jackson.core:jackson-databind} and {@code io.netty:netty-codec-http} on the class
 * path (dependencies of testkit, so userpool-testkit alone is enough; the {@code userpool-server} jar
 * holds them all). Thread-safe.
 */
public final class LocalEndpoint implements AutoCloseable {

  /** The port the endpoint listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 9229;
  /** The largest request body read, in bytes (1 MiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** Worker threads unless told otherwise. */
  public static final int DEFAULT_THREADS = 8;
  /** Requests waiting for a worker beyond which a request is answered {@code TooManyRequestsException}. */
  public static final int QUEUE_CAPACITY = 256;
  /** Connections kept open at once unless told otherwise; a request on one more is answered 503. */
  public static final int DEFAULT_MAX_CONNECTIONS = 4096;
  /** How long {@link #close()} lets requests in flight finish, unless told otherwise. */
  public static final long DEFAULT_SHUTDOWN_GRACE_MILLIS = 2000;
  /** Seconds a client may take to send a whole request, from its first byte, unless told otherwise. */
  public static final long DEFAULT_REQUEST_TIMEOUT_SECONDS = 10;
  /** Seconds a keep-alive connection may stay idle between requests, unless told otherwise. */
  public static final long DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
  /** Seconds an answer may take to be sent. */
  public static final long DEFAULT_RESPONSE_TIMEOUT_SECONDS = 30;
  /** The content type of every body the endpoint sends on its {@code POST /} protocol. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private static final System.Logger LOG = System.getLogger(LocalEndpoint.class.getName());
  private static final byte[] HEALTHY = "{\"status\":\"ok\"}".getBytes(StandardCharsets.US_ASCII);

  /** A whole request as read from the wire: method, raw target, {@code X-Amz-Target} (or null) and body. */
  record Request(String method, String target, String amzTarget, byte[] body) {}

  private final InProcessCognitoClient client;
  private final ThreadPoolExecutor workers;
  private final Duration shutdownGrace;
  private final int maxBodyBytes;
  private final int maxConnections;
  private final long requestTimeoutMillis;
  private final long idleTimeoutMillis;
  private final AwsJson json = new AwsJson();
  private final CognitoOperations operations;
  private final TestControl control;
  /** The GET routes, asked in order; see {@link GetRoute}. Add routes here, in the constructor. */
  private final List<GetRoute> getRoutes = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final EventLoopGroup loop;
  private final ChannelGroup channels;
  private final Channel listener;
  private final URI uri;

  private LocalEndpoint(Builder b) throws IOException {
    // Finding the SDK's operations loads about 500 classes: do it beside the Netty and Jackson start-up
    // below (the class's initialisation lock makes the constructor wait for it if it is not done).
    Thread discovery = new Thread(() -> CognitoOperations.exists(""), "userpool-endpoint-start");
    discovery.setDaemon(true);
    discovery.start();
    this.client = b.client != null
        ? b.client
        : InProcessCognitoClient.of(b.cognito != null ? b.cognito : InProcessCognito.builder().seed(b.seed).build());
    this.shutdownGrace = b.shutdownGrace;
    this.maxBodyBytes = b.maxBodyBytes;
    this.maxConnections = b.maxConnections;
    this.requestTimeoutMillis = b.requestTimeout.toMillis();
    this.idleTimeoutMillis = b.idleTimeout.toMillis();
    this.getRoutes.add(path -> "/health".equals(path) ? Optional.of(Reply.ok("application/json", HEALTHY)) : Optional.empty());
    this.getRoutes.add(path -> WellKnownRoutes.answer(path, cognito(), uri().toString())
        .map(document -> Reply.ok("application/json", document.getBytes(StandardCharsets.UTF_8))));
    AtomicInteger threadNumber = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(b.threads, b.threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(b.queueCapacity), r -> {
      Thread t = new Thread(r, "userpool-endpoint-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.loop = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("userpool-endpoint-io", true), NioIoHandler.newFactory());
    this.channels = new DefaultChannelGroup(loop.next());
    InetAddress host = b.host == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(b.host);
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(loop)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel channel) {
            channels.add(channel);
            Connection connection = new Connection(LocalEndpoint.this);
            channel.pipeline()
                .addLast("watch", new Watch(connection))
                .addLast("write-timeout", new WriteTimeoutHandler(DEFAULT_RESPONSE_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .addLast("codec", new HttpServerCodec(new HttpDecoderConfig()
                    .setMaxInitialLineLength(4096).setMaxHeaderSize(8192).setMaxChunkSize(64 * 1024)))
                .addLast("connection", connection);
          }
        });
    this.operations = new CognitoOperations(client, json);
    this.control = new TestControl(client.cognito());
    ChannelFuture bound = bootstrap.bind(new InetSocketAddress(host, b.port)).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      stopThreads();
      Throwable cause = bound.cause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      throw new IOException("cannot listen on " + host.getHostAddress() + ":" + b.port, cause);
    }
    this.listener = bound.channel();
    InetSocketAddress address = (InetSocketAddress) listener.localAddress();
    String shown = address.getAddress().getHostAddress();
    this.uri = URI.create("http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + address.getPort());
  }

  /** Before the codec: notes the first byte of each request (for the request timeout), and drops bytes once the connection ends. */
  private static final class Watch extends ChannelInboundHandlerAdapter {
    private final Connection connection;

    Watch(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (connection.ending()) {
        ReferenceCountUtil.release(msg);
        return;
      }
      connection.bytesArrived();
      ctx.fireChannelRead(msg);
    }
  }

  // -- static API

  /** A builder: port {@value #DEFAULT_PORT} on 127.0.0.1, a new {@link InProcessCognito} with seed 0. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures and starts a {@link LocalEndpoint}. */
  public static final class Builder {
    private int port = DEFAULT_PORT;
    private String host;
    private long seed;
    private InProcessCognito cognito;
    private InProcessCognitoClient client;
    private int threads = DEFAULT_THREADS;
    private int queueCapacity = QUEUE_CAPACITY;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private Duration shutdownGrace = Duration.ofMillis(DEFAULT_SHUTDOWN_GRACE_MILLIS);
    private Duration requestTimeout = Duration.ofSeconds(DEFAULT_REQUEST_TIMEOUT_SECONDS);
    private Duration idleTimeout = Duration.ofSeconds(DEFAULT_IDLE_TIMEOUT_SECONDS);

    private Builder() {}

    /**
     * The port; 0 picks a free one (see {@link LocalEndpoint#port()}). Default
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

    /**
     * The address to listen on, an IP address or a host name; default the loopback address
     * {@code 127.0.0.1}. {@code 0.0.0.0} listens on every interface (in a container).
     *
     * @throws IllegalArgumentException if {@code host} is empty
     */
    public Builder host(String host) {
      if (Objects.requireNonNull(host, "host is null").isBlank()) {
        throw new IllegalArgumentException("host must not be empty");
      }
      this.host = host.trim();
      return this;
    }

    /** The seed of a new {@link InProcessCognito}'s randomness; default 0. Ignored with {@link #cognito} or {@link #client}. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Serves this Cognito (with a client and token registry of the endpoint's own).
     *
     * @throws NullPointerException if {@code cognito} is null
     */
    public Builder cognito(InProcessCognito cognito) {
      this.cognito = Objects.requireNonNull(cognito, "cognito is null");
      return this;
    }

    /**
     * Serves through this client: its Cognito and its token registry, so tokens issued in process are
     * accepted over the wire and the other way round.
     *
     * @throws NullPointerException if {@code client} is null
     */
    public Builder client(InProcessCognitoClient client) {
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

    /** Requests that may wait for a worker (tests make it small to fill it). */
    Builder queueCapacity(int queueCapacity) {
      if (queueCapacity < 1) {
        throw new IllegalArgumentException("queueCapacity must be at least 1: " + queueCapacity);
      }
      this.queueCapacity = queueCapacity;
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
     * Connections kept open at once; a request on a connection beyond them is answered
     * {@code ServiceUnavailableException} (503) and that connection closed. Default
     * {@value LocalEndpoint#DEFAULT_MAX_CONNECTIONS}.
     *
     * @throws IllegalArgumentException if {@code maxConnections} is not 1..1,000,000
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1 || maxConnections > 1_000_000) {
        throw new IllegalArgumentException("maxConnections must be 1..1000000: " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * How long a client may take to send a whole request, from its first byte; a slower one is
     * disconnected without an answer. Default {@value LocalEndpoint#DEFAULT_REQUEST_TIMEOUT_SECONDS} s.
     *
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * How long a keep-alive connection may stay idle between requests before it is closed. Default
     * {@value LocalEndpoint#DEFAULT_IDLE_TIMEOUT_SECONDS} s.
     *
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
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
     * @throws IOException if the port cannot be bound (for example, it is in use) or the host is unknown
     */
    public LocalEndpoint start() throws IOException {
      return new LocalEndpoint(this);
    }

    private static Duration positive(Duration timeout, String name) {
      if (Objects.requireNonNull(timeout, name + " is null").isNegative() || timeout.isZero() || timeout.toMillis() < 1) {
        throw new IllegalArgumentException(name + " must be at least 1 ms: " + timeout);
      }
      return timeout;
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

  /** The client that answers every operation: its {@link InProcessCognitoClient#cognito() Cognito} and tokens. */
  public InProcessCognitoClient client() {
    return client;
  }

  /** The Cognito behind the endpoint: its store, clock and mailbox. */
  public InProcessCognito cognito() {
    return client.cognito();
  }

  /**
   * Stops: the port is released, new requests are answered with 503, those in flight get up to the
   * shutdown grace to finish, then every connection is closed. Idempotent.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    listener.close().awaitUninterruptibly();
    long deadline = System.nanoTime() + shutdownGrace.toNanos();
    try {
      while (inFlight.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    channels.close().awaitUninterruptibly();
    stopThreads();
  }

  private void stopThreads() {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
  }

  @Override
  public String toString() {
    return "LocalEndpoint[" + uri + "]";
  }

  /**
   * Adds a GET route after those already there (the first is {@code GET /health}); see {@link GetRoute}.
   * For the endpoint's own features (a pool's JWKS, for example) and for tests.
   */
  void addGetRoute(GetRoute route) {
    getRoutes.add(Objects.requireNonNull(route, "route is null"));
  }

  // -- what connections ask of the endpoint

  ThreadPoolExecutor workers() {
    return workers;
  }

  int maxBodyBytes() {
    return maxBodyBytes;
  }

  long requestTimeoutMillis() {
    return requestTimeoutMillis;
  }

  long idleTimeoutMillis() {
    return idleTimeoutMillis;
  }

  boolean closing() {
    return closing.get();
  }

  /** A connection opened: false if it is one more than the endpoint keeps. */
  boolean connectionOpened() {
    return connections.incrementAndGet() <= maxConnections;
  }

  /** A connection closed with {@code unanswered} admitted requests it will never answer. */
  void connectionClosed(int unanswered) {
    connections.decrementAndGet();
    inFlight.addAndGet(-unanswered);
  }

  /** A request was admitted: it is in flight until answered. */
  void admitted() {
    inFlight.incrementAndGet();
  }

  /** An admitted request was answered. */
  void answered() {
    inFlight.decrementAndGet();
  }

  /** The Cognito's next request id: one source for the endpoint and any in-process client on the same Cognito. */
  String nextRequestId() {
    return client.cognito().nextRequestId();
  }

  /** An AWS JSON error answer. */
  Reply error(int status, String code, String message) {
    return error(status, code, message, Map.of());
  }

  private Reply error(int status, String code, String message, Map<String, String> headers) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("__type", code);
    body.put("message", message);
    return new Reply(status, CONTENT_TYPE, json.bytes(body), code, headers, false);
  }

  /** The answer to a body over the cap; the connection closes after it. */
  Reply tooLarge() {
    return error(413, "RequestEntityTooLargeException", "The request body is larger than " + maxBodyBytes + " bytes.").closing();
  }

  // -- one request

  /** The answer to one whole request; never throws. */
  Reply answer(Request request) {
    try {
      return answerOrThrow(request);
    } catch (WireError e) {
      return error(e.status(), e.code(), e.getMessage(), e.status() == 405 ? Map.of("Allow", "POST") : Map.of());
    } catch (RuntimeException e) {
      StackTraceElement[] frames = e.getStackTrace();
      // The exception's message is left out: it may quote the request.
      LOG.log(System.Logger.Level.WARNING, "internal error answering {0}: {1} at {2}", safeTarget(request.amzTarget()),
          e.getClass().getName(),
          frames.length == 0 ? "?" : frames[0].toString());
      return error(500, "InternalErrorException", "Internal server error.");
    }
  }

  private Reply answerOrThrow(Request request) {
    String path = path(request.target());
    if ("GET".equals(request.method())) {
      for (GetRoute route : getRoutes) {
        Optional<Reply> reply = route.answer(path);
        if (reply.isPresent()) {
          return reply.get();
        }
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

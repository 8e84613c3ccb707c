package dev.userpool.testkit.endpoint;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
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
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
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
 * {@code x-amzn-ErrorType: <Code>}, {@code x-amzn-ErrorMessage: <text>} (printable ASCII; anything else as
 * {@code ?}) and {@code x-amzn-RequestId}, and the status Cognito uses (400; 500
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
 * <h2>Browsers (CORS)</h2>
 * Every answer, errors of every kind included, carries {@code Access-Control-Allow-Origin: *} and
 * {@code Access-Control-Expose-Headers: x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date}, as
 * Cognito's do, and a {@code Date} (the Cognito's clock). A preflight ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}, on any path) is answered {@code 200} with no body and no request id
 * (it is no AWS call): {@code Access-Control-Allow-Methods: GET,POST}, the request headers it asked for (HTTP
 * tokens only; without a list, those Amplify JS, amazon-cognito-identity-js and the SDKs for JavaScript send)
 * and {@code Access-Control-Max-Age: 172800}. {@link Builder#corsOrigins} restricts the origins: a request
 * from another origin then gets no {@code Access-Control-Allow-Origin}, and every answer {@code Vary: Origin}.
 *
 * <h2>Test control</h2>
 * Test-only operations, with {@code X-Amz-Target: UserpoolTestControl.<Operation>} on the same
 * {@code POST /}, with members named as AWS names its own (they are strict: an unknown one, {@code "days"}
 * included, is an {@code InvalidParameterException}) and errors like every other target's:
 * <ul>
 *   <li>{@code AdvanceClock} {@code {"Days": 8, "Hours": 0, "Minutes": 0, "Seconds": 0}} (each optional,
 *       whole, at least 0) moves the Cognito's clock forward: it adds to the clock's offset, which never
 *       shrinks, at most to {@code 9999-12-31T23:59:59Z} (beyond: {@code InvalidParameterException}, the
 *       clock unchanged), and answers the clock's new time, {@code {"Now": "2026-06-09T10:15:30.123Z"}}. The
 *       clock is the wall clock plus that offset unless the endpoint was started on a
 *       {@link Builder#clock fixed clock} ({@code --clock fixed}: {@code 2030-01-01T00:00:00Z} plus the
 *       offset, standing still between moves);</li>
 *   <li>{@code LastTemporaryPassword} {@code {"UserPoolId": "...", "Username": "..."}} answers
 *       {@code {"TemporaryPassword": "..."}}, the last invitation's temporary password, or {@code {}};
 *       a pool that does not exist is a {@code ResourceNotFoundException};</li>
 *   <li>{@code LastCode} (same members) answers {@code {"Code": "..."}}, the last code sent (sign-up, reset
 *       or attribute verification), or {@code {}}; with {@code "AttributeName": "email"} (or
 *       {@code "phone_number"}) the last attribute-verification code sent for that contact.</li>
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
public final class LocalEndpoint implements AutoCloseable, LocalEndpointBuilder {

  /** The port the endpoint listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 9229;
  /** The largest request body read, in bytes (1 MiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** I/O threads when they answer requests themselves: one a core, at least two. */
  static final int IO_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
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

  /** The header naming the request, as AWS answers it. */
  static final String REQUEST_ID = "x-amzn-RequestId";

  /** A whole request as read from the wire: method, raw target, {@code X-Amz-Target} (or null) and body. */
  record Request(String method, String target, String amzTarget, byte[] body, String authorization, String cookie) {
    /** A request without an {@code Authorization} or {@code Cookie} header. */
    Request(String method, String target, String amzTarget, byte[] body) {
      this(method, target, amzTarget, body, null, null);
    }
  }

  private final HttpDates dates;
  /** Whether requests are answered on the I/O thread that read them (see {@link Builder#answerOnIoThreads}). */
  private final boolean onIoThreads;
  private final InProcessCognitoClient client;
  private final ThreadPoolExecutor workers;
  private final Duration shutdownGrace;
  private final int maxBodyBytes;
  private final int maxConnections;
  private final long requestTimeoutMillis;
  private final long idleTimeoutMillis;
  private final Cors cors;
  private final Router router;
  private final AtomicInteger inFlight = new AtomicInteger();
  /** When a request was last admitted or answered, or the port opened ({@link System#nanoTime()}). */
  private volatile long lastActivity;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final EventLoopGroup loop;
  private final ChannelGroup channels;
  private final Channel listener;
  private final URI uri;

  LocalEndpoint(Builder b) throws IOException {
    this.client = b.client != null
        ? b.client
        : InProcessCognitoClient.of(b.cognito != null ? b.cognito : newCognito(b));
    this.shutdownGrace = b.shutdownGrace;
    this.maxBodyBytes = b.maxBodyBytes;
    this.maxConnections = b.maxConnections;
    this.requestTimeoutMillis = b.requestTimeout.toMillis();
    this.idleTimeoutMillis = b.idleTimeout.toMillis();
    this.cors = b.cors;
    this.router = new Router(client, this::uri);
    this.dates = new HttpDates(client.cognito().clock());
    this.onIoThreads = b.answerOnIoThreads && b.client == null && client.cognito().waitsForNothing();
    AtomicInteger threadNumber = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(b.threads, b.threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(b.queueCapacity), r -> {
      Thread t = new Thread(r, "userpool-endpoint-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.loop = new MultiThreadIoEventLoopGroup(onIoThreads ? IO_THREADS : 1, new DefaultThreadFactory("userpool-endpoint-io", true),
        NioIoHandler.newFactory());
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
                .addLast("watch", new ConnectionWatch(connection))
                .addLast("write-timeout", new WriteTimeoutHandler(DEFAULT_RESPONSE_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .addLast("codec", new HttpServerCodec(new HttpDecoderConfig()
                    .setMaxInitialLineLength(4096).setMaxHeaderSize(8192).setMaxChunkSize(64 * 1024)))
                .addLast("connection", connection);
          }
        });
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
    // Finding the SDK's operations loads about 500 classes: once the port is open (so that nothing delays it),
    // on a thread of its own; the first AWS call waits for it (the class's initialisation lock) if it is not done.
    Thread discovery = new Thread(() -> CognitoOperations.exists(""), "userpool-endpoint-start");
    discovery.setDaemon(true);
    discovery.start();
    this.lastActivity = System.nanoTime(); // the port has just opened: a client that waited for it comes now
  }

  private static InProcessCognito newCognito(Builder b) {
    InProcessCognito.Builder cognito = InProcessCognito.builder().seed(b.seed);
    if (b.clock != null) {
      cognito.clock(b.clock);
    }
    return cognito.build();
  }

  // -- static API

  /** A builder: port {@value #DEFAULT_PORT} on 127.0.0.1, a new {@link InProcessCognito} with seed 0 on the wall clock. */
  public static Builder builder() {
    return new Builder();
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
   * shutdown grace to finish, then every connection is closed, and the Lambda Invoke API client of its functions. Idempotent.
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
    cognito().functions().close();
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
    router.addGetRoute(route);
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

  /** How long after a request the endpoint still counts as {@link #busy}: a client's next request is likely to come. */
  private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  /**
   * Whether a request is in flight (admitted, not yet answered), or one was answered, or the endpoint opened,
   * within the last 50 ms.
   */
  boolean busy() {
    return inFlight.get() > 0 || System.nanoTime() - lastActivity < QUIET_NANOS;
  }

  Cors cors() {
    return cors;
  }

  /** The {@code Date} header's value: the Cognito's clock, as the tokens' {@code iat} is. */
  String httpDate() {
    return dates.now();
  }

  /**
   * Whether the I/O thread that read a request answers it now: only when asked to and nothing it calls can wait
   * (no trigger handler registered, which could call back into this endpoint).
   */
  boolean answersOnIoThread() {
    return onIoThreads && client.cognito().functions().isEmpty();
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
    lastActivity = System.nanoTime();
  }

  /** An admitted request was answered. */
  void answered() {
    inFlight.decrementAndGet();
    lastActivity = System.nanoTime();
  }

  /** The Cognito's next request id: one source for the endpoint and any in-process client on the same Cognito. */
  String nextRequestId() {
    return client.cognito().nextRequestId();
  }

  /** An AWS JSON error answer. */
  Reply error(int status, String code, String message) {
    return router.error(status, code, message);
  }

  /** The answer to a body over the cap; the connection closes after it. */
  Reply tooLarge() {
    return error(413, "RequestEntityTooLargeException", "The request body is larger than " + maxBodyBytes + " bytes.").closing();
  }

  /** The answer to one whole request; never throws. */
  Reply answer(Request request) {
    return router.answer(request);
  }
}

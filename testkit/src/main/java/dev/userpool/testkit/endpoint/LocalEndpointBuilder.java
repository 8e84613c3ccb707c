package dev.userpool.testkit.endpoint;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Holds {@link LocalEndpoint}'s builder: its port and host, its Cognito or client, its threads, limits, timeouts and CORS.
 * {@link LocalEndpoint} implements this holder and inherits the builder as a member type, so it is still named {@code
 * LocalEndpoint.Builder}; nothing else may implement it.
 */
public sealed interface LocalEndpointBuilder permits LocalEndpoint {

  /** Configures and starts a {@link LocalEndpoint}. */
  public static final class Builder {
    int port = LocalEndpoint.DEFAULT_PORT;
    String host;
    long seed;
    ControllableClock clock;
    InProcessCognito cognito;
    InProcessCognitoClient client;
    int threads = LocalEndpoint.DEFAULT_THREADS;
    int queueCapacity = LocalEndpoint.QUEUE_CAPACITY;
    int maxBodyBytes = LocalEndpoint.DEFAULT_MAX_BODY_BYTES;
    int maxConnections = LocalEndpoint.DEFAULT_MAX_CONNECTIONS;
    Duration shutdownGrace = Duration.ofMillis(LocalEndpoint.DEFAULT_SHUTDOWN_GRACE_MILLIS);
    Duration requestTimeout = Duration.ofSeconds(LocalEndpoint.DEFAULT_REQUEST_TIMEOUT_SECONDS);
    Duration idleTimeout = Duration.ofSeconds(LocalEndpoint.DEFAULT_IDLE_TIMEOUT_SECONDS);
    Cors cors = Cors.anyOrigin();
    boolean answerOnIoThreads;

    Builder() {}

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
     * The clock of a new {@link InProcessCognito}: default the {@link ControllableClock#wall() wall clock}
     * (plus what {@code AdvanceClock} adds); {@link ControllableClock#fixed()} for the frozen one. Ignored
     * with {@link #cognito} or {@link #client}, which bring their own.
     *
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(ControllableClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock is null");
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
     * The origins whose web pages may call the endpoint (CORS), for example {@code http://localhost:3000};
     * default any ({@code *}), as Cognito. An answer to a request from another origin carries no
     * {@code Access-Control-Allow-Origin}, so the browser keeps it from the page.
     *
     * @throws IllegalArgumentException if there is none, or one is neither {@code *} nor a scheme, a host and
     *     perhaps a port
     */
    public Builder corsOrigins(List<String> origins) {
      this.cors = Cors.only(origins);
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
     * Answers each request on the I/O thread that read it (one such thread a core) instead of handing it to a
     * worker and back: two thread switches fewer a request, which is most of a cheap call's cost. Only where nothing
     * an answer calls can wait: a Cognito built here or given, every store in memory and no trigger (see {@link
     * InProcessCognito#waitsForNothing()}); the endpoint uses its workers while a trigger handler is registered, and
     * always for a given {@link #client}. The jar turns it on for its in-memory store without {@code --lambda-endpoint}.
     * Default off: the workers and their queue ({@code TooManyRequestsException} when full) answer.
     */
    public Builder answerOnIoThreads(boolean answerOnIoThreads) {
      this.answerOnIoThreads = answerOnIoThreads;
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

    static Duration positive(Duration timeout, String name) {
      if (Objects.requireNonNull(timeout, name + " is null").isNegative() || timeout.isZero() || timeout.toMillis() < 1) {
        throw new IllegalArgumentException(name + " must be at least 1 ms: " + timeout);
      }
      return timeout;
    }
  }
}

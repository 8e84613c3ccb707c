package dev.userpool.testkit.endpoint;

import dev.userpool.srp.SrpGroup;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the request path of a scratch endpoint in the background once the runnable jar's own endpoint
 * listens: the classes a request needs get loaded and its hot methods compiled, so that the requests of a
 * user who drives the jar at once are soon answered by warm code (cold, the first request took about 400 ms
 * and the next few hundred 2-3 ms each; docs/PERFORMANCE.md). It never holds up the port: the endpoint
 * listens first, and the warm-up gives way whenever the endpoint it serves is busy (a request in flight,
 * or one answered within the last 50 ms: it waits between two of its own requests), and stops when that
 * endpoint closes.
 * The scratch endpoint has a Cognito of its own, thrown away with it: the user's sees no pool, no request
 * id and no message of it.
 *
 * <p>Two phases. First a few hundred requests go over one loopback keep-alive connection, for Netty's codec
 * and the connection handler. Then {@link LocalEndpoint#answer} is called in a loop on one thread: the bulk
 * of the work (JSON, the SDK's request and response objects, the client, the service), without the thread
 * hand-offs that make a loopback round trip cost milliseconds on a busy machine. Both stop at a time limit
 * (from when the scratch endpoint has answered its first request), so that a slow or busy machine still
 * starts about as fast as without a warm-up; the JIT's work then goes on in the first requests. A round
 * is what a client's first calls look like: ListUserPools, DescribeUserPool of a pool that exists
 * and of one that does not (the error path), and {@code GET /health}.
 */
final class WarmUp {

  /** Rounds over loopback {@link Main} runs (four requests each). */
  static final int WIRE_ROUNDS = 60;
  /** In-process rounds {@link Main} runs after them. */
  static final int ROUNDS = 500;
  /** The most time {@link Main} gives the rounds: a slow machine starts anyway. */
  static final Duration LIMIT = Duration.ofMillis(1500);

  private static final Pattern POOL_ID = Pattern.compile("\"Id\":\"([^\"]+)\"");
  private static final String MISSING = "{\"UserPoolId\":\"us-east-1_warmUp000\"}";

  /** What a warm-up did: the requests answered over loopback and in process, and how long it took. */
  record Done(int overLoopback, int inProcess, Duration took) {}

  /**
   * The endpoint a warm-up runs beside: it gives way while that endpoint is {@code busy} (a request in
   * flight), and stops once it is {@code closing}.
   */
  record Served(BooleanSupplier busy, BooleanSupplier closing) {
    /** Nothing served: the warm-up never waits. */
    static final Served NONE = new Served(() -> false, () -> false);

    /** The endpoint {@code endpoint}. */
    static Served by(LocalEndpoint endpoint) {
      return new Served(endpoint::busy, endpoint::closing);
    }
  }

  /**
   * Starts a warm-up on a daemon thread of its own beside {@code served}, as {@link Main} does once its
   * endpoint listens; a warm-up that cannot run tells {@code complaints} why in a line (the endpoint then
   * answers cold). After the rounds it builds SRP's table of powers of g ({@link SrpGroup#powerOfG}), which the
   * first password set or SRP sign-in would otherwise build on its own time.
   */
  static Thread inBackground(long seed, Served served, Consumer<String> complaints) {
    Thread thread = new Thread(() -> {
      try {
        run(seed, WIRE_ROUNDS, ROUNDS, LIMIT, served);
        if (!served.closing().getAsBoolean()) {
          SrpGroup.powerOfG(BigInteger.ONE);
        }
      } catch (IOException | RuntimeException e) {
        complaints.accept("userpool: warm-up stopped (" + e.getClass().getSimpleName() + "); the first requests may be slower");
      }
    }, "userpool-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return thread;
  }

  private final OutputStream out;
  private final InputStream in;
  private final String host;

  private WarmUp(Socket socket, String host) throws IOException {
    this.out = new BufferedOutputStream(socket.getOutputStream());
    this.in = new BufferedInputStream(socket.getInputStream());
    this.host = host;
  }

  /**
   * Starts a scratch endpoint (a new Cognito with {@code seed}, on a free loopback port), answers
   * {@code wireRounds} rounds over loopback and {@code rounds} in process, or as many as fit in
   * {@code limit} from its first answer, and closes it.
   *
   * @throws IOException if the scratch endpoint cannot listen or the loopback connection fails
   * @throws IllegalStateException if the scratch endpoint answers other than it should (a bug)
   */
  static Done run(long seed, int wireRounds, int rounds, Duration limit) throws IOException {
    return run(seed, wireRounds, rounds, limit, Served.NONE);
  }

  /** As {@link #run(long, int, int, Duration)}, giving way to {@code served}'s requests, and stopping once it closes. */
  static Done run(long seed, int wireRounds, int rounds, Duration limit, Served served) throws IOException {
    long start = System.nanoTime();
    int inProcess = 0;
    int overLoopback = 0;
    if (!proceed(served, start + limit.toNanos())) {
      return new Done(0, 0, Duration.ofNanos(System.nanoTime() - start));
    }
    try (LocalEndpoint scratch = LocalEndpoint.builder().port(0).seed(seed).shutdownGrace(Duration.ZERO).start()) {
      String describe = "{\"UserPoolId\":\"" + poolId(answer(scratch, "CreateUserPool", "{\"PoolName\":\"warm-up\"}", 200)) + "\"}";
      long deadline = System.nanoTime() + limit.toNanos();
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), scratch.port())) {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) Math.max(1000, limit.toMillis()));
        WarmUp client = new WarmUp(socket, scratch.uri().getAuthority());
        for (int round = 0; round < wireRounds && proceed(served, deadline); round++) {
          client.post("ListUserPools", "{\"MaxResults\": 1}", 200);
          client.post("DescribeUserPool", describe, 200);
          client.post("DescribeUserPool", MISSING, 400);
          client.get("/health", 200);
          overLoopback += 4;
        }
      }
      for (int round = 0; round < rounds && proceed(served, deadline); round++) {
        answer(scratch, "ListUserPools", "{\"MaxResults\": 1}", 200);
        answer(scratch, "DescribeUserPool", describe, 200);
        answer(scratch, "DescribeUserPool", MISSING, 400);
        check(scratch.answer(new LocalEndpoint.Request("GET", "/health", null, new byte[0])), "/health", 200);
        inProcess += 4;
      }
    }
    return new Done(overLoopback, inProcess, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Whether to go on: before the deadline and {@code served} open, once it has no request in flight. */
  private static boolean proceed(Served served, long deadline) {
    while (served.busy().getAsBoolean() && !served.closing().getAsBoolean() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !served.closing().getAsBoolean() && System.nanoTime() < deadline;
  }

  private static String answer(LocalEndpoint endpoint, String operation, String body, int status) {
    Reply reply = endpoint.answer(new LocalEndpoint.Request("POST", "/", CognitoOperations.TARGET_PREFIX + operation,
        body.getBytes(StandardCharsets.UTF_8)));
    return check(reply, operation, status);
  }

  private static String check(Reply reply, String what, int status) {
    if (reply.status() != status) {
      throw new IllegalStateException("the warm-up's " + what + " answered " + reply.status() + ", not " + status);
    }
    return new String(reply.body(), StandardCharsets.UTF_8);
  }

  private static String poolId(String created) {
    Matcher id = POOL_ID.matcher(created);
    if (!id.find()) {
      throw new IllegalStateException("the warm-up's CreateUserPool answered no pool id");
    }
    return id.group(1);
  }

  private String post(String operation, String body, int status) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    send("POST / HTTP/1.1\r\nHost: " + host + "\r\nX-Amz-Target: " + CognitoOperations.TARGET_PREFIX + operation
        + "\r\nContent-Type: " + LocalEndpoint.CONTENT_TYPE + "\r\nContent-Length: " + bytes.length + "\r\n\r\n", bytes);
    return receive(operation, status);
  }

  private String get(String path, int status) throws IOException {
    send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n", new byte[0]);
    return receive(path, status);
  }

  private void send(String head, byte[] body) throws IOException {
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  /** Reads one answer: its status must be {@code status}; returns its body. */
  private String receive(String what, int status) throws IOException {
    String statusLine = line();
    int length = 0;
    for (String header = line(); !header.isEmpty(); header = line()) {
      if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(header.substring("content-length:".length()).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new EOFException("the scratch endpoint closed the connection");
    }
    if (!statusLine.startsWith("HTTP/1.1 " + status + " ")) {
      throw new IllegalStateException("the warm-up's " + what + " answered " + statusLine + ", not " + status);
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the scratch endpoint closed the connection");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}

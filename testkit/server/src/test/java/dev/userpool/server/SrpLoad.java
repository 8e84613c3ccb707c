package dev.userpool.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.userpool.testkit.sdk.SrpClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The wire benchmark's USER_SRP_AUTH cell, which wrk cannot drive (the client's proof needs 3072-bit
 * arithmetic): {@code C} threads, each on its own keep-alive connection, sign in over and over with both
 * requests (InitiateAuth with SRP_A, RespondToAuthChallenge with the PASSWORD_VERIFIER proof) for {@code S}
 * seconds, after three untimed sign-ins each, and print one {@code RESULT} line as op.lua does, counting
 * sign-ins that got tokens (request pairs), not requests; failed sign-ins count as {@code non_2xx}.
 * Each connection signs in a user of its own ({@code srp-<run>-<n>@example.com}, made first through
 * AdminCreateUser and AdminSetUserPassword): a user has one SRP exchange at a time, so connections sharing a
 * user would invalidate each other's exchanges. The client's math runs on the same machine, so it is kept to what
 * a sign-in needs: each thread keeps one {@code a} of 256 bits (so {@code SRP_A} is the same in every exchange,
 * which a server cannot tell) and its user's {@code g^x} ({@code SrpClient} remembers it), leaving one power of
 * about 512 bits per sign-in; each thread signs in untimed for 15 s (at least three times) before the clock starts,
 * as long as the fresh JVM's JIT compiles (1.7 s of compiler time in its first 5 s, 0.7 s in the next 5, 0.3 s in
 * the next, then nothing); requests go through a bare keep-alive socket
 * ({@link KeepAliveConnection}), not the JDK's HTTP client. wire-bench.sh opens {@code java.math} to it (as the
 * server jar does) so the client's tables multiply as fast as the server's. Part of {@code -Pwire-bench}, not a test.
 *
 * <p>Arguments: URL USER_POOL_ID CLIENT_ID CONNECTIONS SECONDS (password {@code Blue-Harbor-42!}; the client must
 * allow USER_SRP_AUTH).
 */
public final class SrpLoad {

  static final String USER = "bench@example.com";
  static final String PASSWORD = "Blue-Harbor-42!";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Sign-ins each connection makes before the clock starts, at least. */
  private static final int WARM_UP = 3;
  /** And for at least this long: a fresh JVM's JIT compiles the client's arithmetic within it. */
  private static final long WARM_UP_NANOS = 15_000_000_000L;

  private SrpLoad() {}

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    String pool = args[1];
    String client = args[2];
    int connections = Integer.parseInt(args[3]);
    long seconds = Long.parseLong(args[4]);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong failures = new AtomicLong();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(connections);
    CountDownLatch go = new CountDownLatch(1);
    long run = System.currentTimeMillis();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    int[] counts = new int[connections];
    for (int t = 0; t < connections; t++) {
      long[] mine = new long[1 << 20];
      latencies.add(mine);
      int slot = t;
      Thread thread = new Thread(() -> {
        KeepAliveConnection http = new KeepAliveConnection(url);
        SrpClient srp = lightClient(pool);
        String user = "srp-" + run + "-" + slot + "@example.com";
        try {
          createUser(http, url, pool, user);
        } catch (Exception e) {
          firstFailure.compareAndSet(null, "creating " + user + ": " + e);
        }
        long warming = System.nanoTime();
        for (int i = 0; i < WARM_UP || System.nanoTime() - warming < WARM_UP_NANOS; i++) { // the client's JIT, before the clock
          attempt(http, url, client, user, srp, failures, firstFailure);
        }
        ready.countDown();
        await(go);
        while (!stop.get()) {
          long start = System.nanoTime();
          boolean signedIn = attempt(http, url, client, user, srp, failures, firstFailure);
          if (signedIn && !stop.get() && counts[slot] < mine.length) {
            mine[counts[slot]++] = System.nanoTime() - start;
          }
        }
        http.close();
      }, "srp-load-" + t);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    ready.await();
    failures.set(0);
    long begin = System.nanoTime();
    go.countDown();
    Thread.sleep(seconds * 1000);
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - begin) / 1e9;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < connections; t++) {
      System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    if (firstFailure.get() != null) {
      System.err.println("first failed sign-in: " + firstFailure.get());
    }
    System.out.printf("RESULT requests=%d req_per_s=%.0f p50_ms=%.3f p99_ms=%.3f socket_errors=0 non_2xx=%d%n", total,
        total / elapsed, total == 0 ? 0 : all[total / 2] / 1e6, total == 0 ? 0 : all[total * 99 / 100] / 1e6, failures.get());
  }

  private static boolean attempt(KeepAliveConnection http, URI url, String client, String user, SrpClient srp, AtomicLong failures,
      AtomicReference<String> firstFailure) {
    try {
      if (signIn(http, url, client, user, srp)) {
        return true;
      }
      firstFailure.compareAndSet(null, "no tokens");
    } catch (Exception e) {
      firstFailure.compareAndSet(null, e.toString());
    }
    failures.incrementAndGet();
    return false;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A client whose secret {@code a} has 256 bits: the rest of the 128 bytes the client draws are zero. */
  static SrpClient lightClient(String pool) {
    SecureRandom random = new SecureRandom();
    return SrpClient.start(pool, bytes -> {
      Arrays.fill(bytes, (byte) 0);
      byte[] low = new byte[32];
      random.nextBytes(low);
      System.arraycopy(low, 0, bytes, bytes.length - 32, 32);
    });
  }

  /** A user of this connection's own, with the benchmark's password. */
  private static void createUser(KeepAliveConnection http, URI url, String pool, String user) throws Exception {
    call(http, url, "AdminCreateUser", Map.of("UserPoolId", pool, "Username", user, "MessageAction", "SUPPRESS"));
    call(http, url, "AdminSetUserPassword", Map.of("UserPoolId", pool, "Username", user, "Password", PASSWORD, "Permanent", true));
  }

  /** One USER_SRP_AUTH sign-in of {@code user}, both requests; true when tokens came back. */
  static boolean signIn(KeepAliveConnection http, URI url, String client, String user, SrpClient srp) throws Exception {
    Map<String, Object> initiate = new LinkedHashMap<>();
    initiate.put("AuthFlow", "USER_SRP_AUTH");
    initiate.put("ClientId", client);
    initiate.put("AuthParameters", Map.of("USERNAME", user, "SRP_A", srp.srpA()));
    JsonNode challenge = call(http, url, "InitiateAuth", initiate);
    if (challenge == null || !challenge.has("ChallengeParameters")) {
      return false;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    challenge.get("ChallengeParameters").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asText()));
    Map<String, Object> respond = new LinkedHashMap<>();
    respond.put("ChallengeName", "PASSWORD_VERIFIER");
    respond.put("ClientId", client);
    respond.put("ChallengeResponses", answer(srp, parameters));
    if (challenge.hasNonNull("Session")) {
      respond.put("Session", challenge.get("Session").asText());
    }
    JsonNode answer = call(http, url, "RespondToAuthChallenge", respond);
    return answer != null && answer.has("AuthenticationResult");
  }

  /**
   * The client's answer, with the challenge's USERNAME when it has one; a SECRET_BLOCK that is not Base64 (moto
   * sends a UUID and checks no proof) is signed as its UTF-8 bytes and sent back as it came.
   */
  static Map<String, String> answer(SrpClient srp, Map<String, String> parameters) {
    String block = parameters.get("SECRET_BLOCK");
    Map<String, String> responses;
    try {
      Base64.getDecoder().decode(block == null ? "" : block);
      responses = new LinkedHashMap<>(srp.answer(parameters, PASSWORD, Instant.now()));
    } catch (IllegalArgumentException notBase64) {
      Map<String, String> signable = new LinkedHashMap<>(parameters);
      signable.put("SECRET_BLOCK", Base64.getEncoder().encodeToString(block.getBytes(StandardCharsets.UTF_8)));
      responses = new LinkedHashMap<>(srp.answer(signable, PASSWORD, Instant.now()));
      responses.put("PASSWORD_CLAIM_SECRET_BLOCK", block);
    }
    if (parameters.containsKey("USERNAME")) { // moto finds the user by USERNAME only, not by USER_ID_FOR_SRP
      responses.put("USERNAME", parameters.get("USERNAME"));
    }
    return responses;
  }

  private static JsonNode call(KeepAliveConnection http, URI url, String operation, Map<String, Object> body) throws Exception {
    KeepAliveConnection.Answer answer = http.post(operation, JSON.writeValueAsBytes(body));
    return answer.status() == 200 ? JSON.readTree(answer.body()) : null;
  }
}

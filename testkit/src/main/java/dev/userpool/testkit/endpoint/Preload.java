package dev.userpool.testkit.endpoint;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads, on a thread of its own, the classes the runnable jar's first answers need and its main thread does
 * not load before it listens: Jackson (the JSON of every AWS answer), Netty's HTTP codec (the first
 * connection), and the SDK's operations and a call's path (one ListUserPools on a scratch Cognito, thrown
 * away: the first AWS call). {@link Main} starts it first thing, so that on a machine with two cores they
 * load while the main thread builds the Cognito and binds the port, instead of after it; a class's
 * initialisation lock makes whichever thread needs a class first wait for the other, so nothing is loaded
 * twice or half.
 */
final class Preload {

  /** Classes whose loading (and that of what they use) is on the first answers' path. */
  static final List<String> CLASSES = List.of(
      "io.netty.handler.codec.http.HttpServerCodec",
      "io.netty.handler.codec.http.HttpObjectDecoder",
      "io.netty.handler.codec.http.HttpResponseEncoder",
      "io.netty.handler.codec.http.DefaultFullHttpResponse",
      "io.netty.handler.codec.http.DefaultHttpHeadersFactory",
      "io.netty.handler.codec.DateFormatter",
      "io.netty.handler.timeout.WriteTimeoutHandler",
      "io.netty.buffer.PooledByteBufAllocator",
      "io.netty.channel.socket.nio.NioSocketChannel");

  private Preload() {}

  /** Starts loading on a daemon thread; a class that cannot be loaded is left to whoever needs it. */
  static Thread start() {
    Thread thread = new Thread(Preload::load, "userpool-preload");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Loads and initialises {@link #CLASSES} (the first connection's), then builds an {@link AwsJson}'s mapper (the first call's). */
  static void load() {
    ClassLoader loader = Preload.class.getClassLoader();
    for (String name : CLASSES) {
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // Not there, or not loadable here: whoever needs it loads it (or fails) as without the preload.
      }
    }
    AwsJson json = new AwsJson();
    json.prepare();
    try {
      // One call on a scratch Cognito, thrown away: the SDK's operation classes and a call's path, which the first
      // AWS call needs, load here rather than on that call.
      new CognitoOperations(InProcessCognitoClient.of(InProcessCognito.builder().clock(ControllableClock.fixed()).build()), json)
          .call("ListUserPools", json.parse("{\"MaxResults\": 1}".getBytes(StandardCharsets.US_ASCII)));
    } catch (RuntimeException e) {
      // Whatever failed here fails (or not) on the first call as without the preload.
    }
  }
}

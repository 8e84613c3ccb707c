package dev.userpool.testkit.endpoint;

import java.util.List;

/**
 * Loads, on a thread of its own, the classes the runnable jar's first answers need and its main thread does
 * not load before it listens: Jackson (the JSON of every AWS answer) and Netty's HTTP codec (the first
 * connection). {@link Main} starts it first thing, so that on a machine with two cores they load while the
 * main thread builds the Cognito and binds the port, instead of after it; a class's initialisation lock makes
 * whichever thread needs a class first wait for the other, so nothing is loaded twice or half.
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

  /** Loads and initialises {@link #CLASSES} and builds one {@link AwsJson} (Jackson's object mapper). */
  static void load() {
    new AwsJson();
    ClassLoader loader = Preload.class.getClassLoader();
    for (String name : CLASSES) {
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // Not there, or not loadable here: whoever needs it loads it (or fails) as without the preload.
      }
    }
  }
}

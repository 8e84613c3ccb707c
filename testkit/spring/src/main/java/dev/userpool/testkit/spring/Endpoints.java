package dev.userpool.testkit.spring;

import dev.userpool.testkit.endpoint.LocalEndpoint;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Starts the local endpoint of the endpoint mode, and says what to do when the application's Netty cannot run it. */
final class Endpoints {

  /** What the endpoint needs of the classpath, and how to give it. */
  static final String NETTY_FIX = "@AutoConfigureCognito(mode = ENDPOINT) runs the local endpoint on Netty 4.2, and this classpath has "
      + "an older Netty (Spring Boot 3.5's dependency management pins 4.1): set the property netty.version to 4.2.20.Final (with "
      + "spring-boot-starter-parent), or import io.netty:netty-bom 4.2 before Spring Boot's BOM, or use mode = IN_PROCESS";

  /** Starts an endpoint; throws IOException when no port is free. */
  interface Start {
    LocalEndpoint start() throws IOException;
  }

  private Endpoints() {}

  static LocalEndpoint start(InProcessCognito cognito) {
    return start(() -> LocalEndpoint.builder().cognito(cognito).port(0).start());
  }

  static LocalEndpoint start(Start start) {
    try {
      return start.start();
    } catch (IOException e) {
      throw new UncheckedIOException("@AutoConfigureCognito: the local endpoint could not bind a free port on 127.0.0.1", e);
    } catch (NoClassDefFoundError | NoSuchMethodError e) {
      throw new IllegalStateException(NETTY_FIX + " (" + e + ")", e);
    }
  }
}

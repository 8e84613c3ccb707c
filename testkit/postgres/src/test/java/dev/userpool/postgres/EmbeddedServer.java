package dev.userpool.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL: zonky's, with the server binaries from Maven Central, so the build needs
 * nothing installed. (Run as root, as CI runs, zonky starts PostgreSQL in a user namespace, since
 * PostgreSQL refuses root.) Durability is off: a test server loses nothing it needs on a crash.
 */
final class EmbeddedServer {

  private EmbeddedServer() {}

  /** A new server on a fresh data directory and a free port. */
  static EmbeddedPostgres start() {
    return start(builder());
  }

  /** A server on {@code dataDirectory} (kept on close, reused when it holds a cluster) and {@code port}. */
  static EmbeddedPostgres start(Path dataDirectory, int port) {
    return start(builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port));
  }

  private static EmbeddedPostgres.Builder builder() {
    return EmbeddedPostgres.builder()
        .setServerConfig("max_connections", "100")
        .setServerConfig("fsync", "off")
        .setServerConfig("full_page_writes", "off");
  }

  private static EmbeddedPostgres start(EmbeddedPostgres.Builder b) {
    try {
      return b.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

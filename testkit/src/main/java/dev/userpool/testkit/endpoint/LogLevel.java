package dev.userpool.testkit.endpoint;

import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the endpoint writes to standard error, set by {@link Main}'s {@code --log-level} (or {@code -Duserpool.logLevel}):
 * the level of the library's loggers ({@code dev.userpool.*}, through {@link System.Logger}, which the runnable jar
 * routes to {@code java.util.logging} and its console handler on standard error). {@link #WARNING} (the default) shows
 * every internal error; {@link #OFF} and {@link #ERROR} hide them; {@link #INFO} and {@link #DEBUG} show more. The
 * default changes no setting (so {@code java.util.logging} is not even loaded until something is logged), and a
 * {@code -Djava.util.logging.config.file=...} of the operator's own keeps working.
 */
enum LogLevel {
  /** Nothing. */
  OFF(Level.OFF),
  /** Failures of the endpoint itself only. */
  ERROR(Level.SEVERE),
  /** Every internal error (a 500): the default. */
  WARNING(Level.WARNING),
  /** And what the endpoint reports of its work. */
  INFO(Level.INFO),
  /** And details for debugging. */
  DEBUG(Level.FINE);

  /** The loggers set: every logger of the library. */
  static final String ROOT = "dev.userpool";

  // java.util.logging keeps loggers weakly: a setting on a logger nobody holds would be lost at the next collection.
  private static Logger held;

  private final Level level;

  LogLevel(Level level) {
    this.level = level;
  }

  /**
   * The level named {@code name} (any case).
   *
   * @throws IllegalArgumentException if no level has that name
   */
  static LogLevel parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--log-level takes off, error, warning, info or debug: " + name);
    }
  }

  /** The {@code java.util.logging} level of this setting. */
  Level julLevel() {
    return level;
  }

  /** Sets the library's loggers to {@code chosen}; the default, {@link #WARNING}, changes nothing. */
  static synchronized void apply(LogLevel chosen) {
    if (chosen == WARNING && held == null) {
      return;
    }
    held = Logger.getLogger(ROOT);
    held.setLevel(chosen.level);
    if (chosen.level.intValue() < Level.INFO.intValue()) {
      // The console handler passes INFO and above by default; DEBUG needs it to pass finer records too.
      for (Handler handler : Logger.getLogger("").getHandlers()) {
        handler.setLevel(chosen.level);
      }
    }
  }
}

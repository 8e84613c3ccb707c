package dev.userpool.testkit.sdk;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** What the library logs through one logger while a test runs ({@code System.Logger} goes to java.util.logging here). */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogCapture(Logger logger) {
    this.logger = logger;
    logger.addHandler(this);
  }

  /** Captures what the in-process client logs (internal errors), until closed. */
  public static LogCapture ofTheClient() {
    return new LogCapture(Logger.getLogger(InternalErrors.LOGGER));
  }

  /** The records so far. */
  public List<LogRecord> records() {
    return records;
  }

  /** A record's line, its parameters filled in. */
  public static String line(LogRecord record) {
    return new SimpleFormatter().formatMessage(record);
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}

package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Logs each {@code InternalErrorException} the in-process client answers (a port that threw: the database down, a
 * bug), so that a 500 always leaves a trace: one {@code WARNING} line through {@link System.Logger} (standard error
 * unless the application routes it elsewhere), naming the operation, the failure's exception classes (the cause
 * chain) and where it was thrown, and the request id the caller got. Never a message: an exception's message may
 * quote a value, and a request's content or a secret must never reach a log.
 */
final class InternalErrors {

  /** The logger's name: the client's, so one setting covers the in-process client and the endpoint over it. */
  static final String LOGGER = InProcessCognitoClient.class.getName();

  private static final System.Logger LOG = System.getLogger(LOGGER);
  private static final int CAUSES_SHOWN = 4;

  private InternalErrors() {}

  /** Logs {@code error}, answered to {@code operation} under {@code requestId}. */
  static void log(String operation, CognitoError.InternalError error, String requestId) {
    LOG.log(Level.WARNING, line(operation, error, requestId));
  }

  /** The line logged: operation, request id, exception classes, first frame; nothing the request carried. */
  static String line(String operation, CognitoError.InternalError error, String requestId) {
    String what = error.cause().map(InternalErrors::describe).getOrElse("no exception (a write that kept losing races)");
    return "InternalErrorException answering " + operation + " (request " + requestId + "): " + what;
  }

  private static String describe(Throwable thrown) {
    List<String> classes = new ArrayList<>();
    for (Throwable t = thrown; t != null && classes.size() < CAUSES_SHOWN; t = t.getCause() == t ? null : t.getCause()) {
      classes.add(t.getClass().getName());
    }
    StackTraceElement[] frames = thrown.getStackTrace();
    return String.join(" <- ", classes) + " at " + (frames.length == 0 ? "?" : frames[0].toString());
  }

  /**
   * The operation the calling thread is answering, as its wire name: the nearest method of the in-process client
   * (or of {@link FeatureClient} and {@link PoolConfigurationClient}, which it extends) up the stack that is an SDK
   * operation ({@code adminGetUser} is {@code AdminGetUser}). Walked only on the error path.
   */
  static String operation() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.filter(f -> f.getDeclaringClass() == InProcessCognitoClient.class
            || f.getDeclaringClass() == FeatureClient.class || f.getDeclaringClass() == PoolConfigurationClient.class)
            .map(StackWalker.StackFrame::getMethodName)
            .filter(name -> !name.equals("run") && !name.startsWith("lambda$"))
            .findFirst())
        .map(name -> name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1))
        .orElse("an operation");
  }
}

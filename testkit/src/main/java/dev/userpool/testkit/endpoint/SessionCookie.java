package dev.userpool.testkit.endpoint;

import dev.userpool.oauth.HostedSession;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The hosted pages' session cookie, named {@value #NAME} as Cognito's is: {@code HttpOnly} (no script reads it),
 * {@code SameSite=Lax} (sent on the top-level navigation back to {@code /oauth2/authorize}, not on another site's
 * requests), {@code Path=/}, with a {@code Max-Age} of the session's remaining lifetime. No {@code Secure} attribute: the
 * endpoint serves plain HTTP on localhost, where a browser would otherwise drop it (registered decision).
 */
final class SessionCookie {

  /** The cookie's name. */
  static final String NAME = "cognito";

  private SessionCookie() {}

  /** The {@code Set-Cookie} value that gives the browser {@code session}. */
  static String set(HostedSession session, Instant now) {
    return NAME + "=" + session.id() + "; Path=/; Max-Age=" + session.remaining(now).toSeconds() + "; HttpOnly; SameSite=Lax";
  }

  /** The {@code Set-Cookie} value that makes the browser forget the cookie. */
  static String cleared() {
    return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";
  }

  /** The session id a {@code Cookie} header carries, if any (the first {@value #NAME} cookie). */
  static Option<String> of(String header) {
    return value(header, NAME);
  }

  /** The value of the first cookie named {@code name} in a {@code Cookie} header, if any. */
  static Option<String> value(String header, String name) {
    if (header == null) {
      return Option.none();
    }
    for (String pair : header.split(";")) {
      String p = pair.trim();
      int eq = p.indexOf('=');
      if (eq > 0 && name.equals(p.substring(0, eq)) && eq + 1 < p.length()) {
        return Option.some(p.substring(eq + 1));
      }
    }
    return Option.none();
  }
}

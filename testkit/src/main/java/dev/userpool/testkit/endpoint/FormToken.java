package dev.userpool.testkit.endpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The hosted sign-in form's CSRF token, as managed login and the hosted UI guard their forms: the page that shows the form
 * sets a random token in the {@value #COOKIE} cookie ({@code HttpOnly}, {@code SameSite=Lax}, {@code Path=/}) and in the
 * form's hidden {@value #FIELD} field; a {@code POST /login} whose field does not equal its cookie (either missing) is
 * refused with {@code 403} and the error page, before anything is read (double-submit: another site can make a browser
 * post the form, not read the cookie to fill the field). The token is no secret of the user's: it only ties the post to a
 * page this endpoint served.
 */
public final class FormToken {

  /** The cookie's name. */
  public static final String COOKIE = "XSRF-TOKEN";

  /** The hidden form field's name. */
  public static final String FIELD = "_csrf";

  /** The error page's message for a post without the matching token. */
  public static final String REFUSED = "The sign-in form expired or did not come from this page. "
      + "Go back to the application and sign in again.";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 24;

  private FormToken() {}

  /** A new token. */
  static String issue() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The {@code Set-Cookie} value that gives the browser {@code token}. */
  static String cookie(String token) {
    return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Lax";
  }

  /** Whether {@code field} (the form's value) is the token of the {@code Cookie} header's {@value #COOKIE}, compared in constant time. */
  static boolean matches(String cookieHeader, String field) {
    return field != null && !field.isEmpty() && SessionCookie.value(cookieHeader, COOKIE)
        .exists(token -> MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8)));
  }
}

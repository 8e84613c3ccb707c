package dev.userpool.testkit.endpoint;

import java.util.Map;

/**
 * The hosted pages' HTML: the sign-in form, the new-password form and the error page. Plain and accessible: one
 * {@code main} landmark, a heading, each field with its {@code label}, errors in a {@code role="alert"} paragraph tied
 * to the form, no script. Every value the request brought is escaped; no password is ever written back into a page.
 */
final class HostedPages {

  private HostedPages() {}

  /** The sign-in form, posting to {@code /login} with the authorize request's parameters carried in hidden fields. */
  static String signIn(Map<String, String> authorize, String error) {
    return page("Sign in", error, "<form method=\"post\" action=\"/login\"" + described(error) + ">\n" + hidden(authorize)
        + field("username", "Username", "text", "username")
        + field("password", "Password", "password", "current-password")
        + "<button type=\"submit\">Sign in</button>\n</form>\n");
  }

  /** The new-password form of NEW_PASSWORD_REQUIRED. */
  static String newPassword(Map<String, String> authorize, String username, String session, String error) {
    return page("Change your password", error, "<p>Please enter a new password to continue.</p>\n"
        + "<form method=\"post\" action=\"/login\"" + described(error) + ">\n" + hidden(authorize)
        + "<input type=\"hidden\" name=\"username\" value=\"" + escape(username) + "\">\n"
        + "<input type=\"hidden\" name=\"session\" value=\"" + escape(session) + "\">\n"
        + field("new_password", "New password", "password", "new-password")
        + "<button type=\"submit\">Change password and sign in</button>\n</form>\n");
  }

  /** The second factor's form: a one-time code for {@code factor} ("authenticator app", ...). */
  static String mfaCode(Map<String, String> authorize, String username, String session, String step, String factor, String error) {
    return page("Enter your code", error, "<p>Enter the code from your " + escape(factor) + ".</p>\n"
        + "<form method=\"post\" action=\"/login\"" + described(error) + ">\n" + hidden(authorize)
        + "<input type=\"hidden\" name=\"username\" value=\"" + escape(username) + "\">\n"
        + "<input type=\"hidden\" name=\"session\" value=\"" + escape(session) + "\">\n"
        + "<input type=\"hidden\" name=\"mfa_step\" value=\"" + escape(step) + "\">\n"
        + "<label for=\"mfa_code\">Code</label>\n<input id=\"mfa_code\" name=\"mfa_code\" type=\"text\" inputmode=\"numeric\" "
        + "autocomplete=\"one-time-code\" required>\n"
        + "<button type=\"submit\">Sign in</button>\n</form>\n");
  }

  /** An error page: the request could not be trusted enough to send the user back. */
  static String error(String message) {
    return page("Something went wrong", message, "");
  }

  private static String described(String error) {
    return error == null ? "" : " aria-describedby=\"error\"";
  }

  private static String page(String title, String error, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title) + "</title>\n"
        + "<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:3rem auto;padding:0 1rem;line-height:1.5}"
        + "label{display:block;margin-top:1rem;font-weight:600}input{display:block;width:100%;padding:.5rem;font-size:1rem;"
        + "box-sizing:border-box}button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}"
        + "[role=alert]{color:#a40000;border-left:4px solid #a40000;padding-left:.5rem}</style>\n</head>\n<body>\n<main>\n<h1>"
        + escape(title) + "</h1>\n" + (error == null ? "" : "<p id=\"error\" role=\"alert\">" + escape(error) + "</p>\n") + body
        + "</main>\n</body>\n</html>\n";
  }

  private static String field(String name, String label, String type, String autocomplete) {
    return "<label for=\"" + name + "\">" + label + "</label>\n<input id=\"" + name + "\" name=\"" + name + "\" type=\"" + type
        + "\" autocomplete=\"" + autocomplete + "\" required>\n";
  }

  private static String hidden(Map<String, String> parameters) {
    StringBuilder out = new StringBuilder();
    parameters.forEach((name, value) -> out.append("<input type=\"hidden\" name=\"").append(escape(name)).append("\" value=\"")
        .append(escape(value)).append("\">\n"));
    return out.toString();
  }

  /** {@code text} safe in HTML text and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

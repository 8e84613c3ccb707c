package dev.userpool.oauth;

import dev.userpool.pool.OAuthSettings;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Redirect URIs: which a client may register ({@code CallbackURLs}, {@code LogoutURLs}, {@code DefaultRedirectURI}),
 * and which an authorize or logout request may name. A registered URL is absolute, has no fragment, and uses
 * {@code https}, or {@code http} only on {@code localhost} (AWS developer guide, "App client settings": "HTTPS is
 * required for callback URLs, except http://localhost for testing"); an app's own scheme ({@code myapp://}) is
 * allowed as it is for native apps. A request's URI must equal a registered one exactly.
 */
public final class RedirectUris {

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:.+");
  private static final Pattern HTTPS = Pattern.compile("https://[^/?#:@]+(:[0-9]+)?([/?].*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCALHOST = Pattern.compile("http://localhost(:[0-9]+)?([/?].*)?", Pattern.CASE_INSENSITIVE);

  private RedirectUris() {}

  /** Whether {@code url} may be registered as a callback or logout URL. */
  public static boolean registrable(String url) {
    Objects.requireNonNull(url, "url is null");
    if (!SCHEME.matcher(url).matches() || url.indexOf('#') >= 0) {
      return false;
    }
    String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
    if (scheme.equals("http")) {
      return LOCALHOST.matcher(url).matches();
    }
    return !scheme.equals("https") || HTTPS.matcher(url).matches();
  }

  /** Whether an authorize request may send the user back to {@code redirectUri}: one of the client's callback URLs. */
  public static boolean isCallback(OAuthSettings client, String redirectUri) {
    return redirectUri != null && client.callbackUrls().contains(redirectUri);
  }

  /** Whether a logout request may send the user to {@code logoutUri}: one of the client's logout URLs. */
  public static boolean isLogout(OAuthSettings client, String logoutUri) {
    return logoutUri != null && client.logoutUrls().contains(logoutUri);
  }
}

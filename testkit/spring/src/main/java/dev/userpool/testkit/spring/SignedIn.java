package dev.userpool.testkit.spring;

import dev.userpool.service.TokenService;
import dev.userpool.testkit.TestUser;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A user of the pool who signs in (USER_PASSWORD_AUTH) whenever a token is asked for, so each token is fresh on the
 * Cognito's clock; its access or ID token as a bearer token for MockMvc ({@link #bearer()}) or WebTestClient and
 * other clients built on Spring's {@link HttpHeaders} ({@link #headers()}).
 */
public final class SignedIn {

  private final TestUser user;

  SignedIn(TestUser user) {
    this.user = user;
  }

  /** The fixture user. */
  public TestUser user() {
    return user;
  }

  /** A new sign-in's ID, access and refresh tokens. */
  public TokenService.Issued tokens() {
    return user.tokens();
  }

  /** A new sign-in's access token ({@code token_use} {@code access}: {@code client_id}, {@code scope}, no {@code aud}). */
  public String accessToken() {
    return tokens().accessToken();
  }

  /** A new sign-in's ID token ({@code token_use} {@code id}: {@code aud}, {@code cognito:username}, the attributes). */
  public String idToken() {
    return tokens().idToken();
  }

  /** MockMvc: {@code Authorization: Bearer <access token>}. */
  public RequestPostProcessor bearer() {
    return bearer(accessToken());
  }

  /** MockMvc: {@code Authorization: Bearer <ID token>}. */
  public RequestPostProcessor idTokenBearer() {
    return bearer(idToken());
  }

  /** WebTestClient ({@code .headers(...)}) and other clients of {@link HttpHeaders}: the access token as bearer. */
  public Consumer<HttpHeaders> headers() {
    String token = accessToken();
    return headers -> headers.setBearerAuth(token);
  }

  /** WebTestClient and other clients of {@link HttpHeaders}: the ID token as bearer. */
  public Consumer<HttpHeaders> idTokenHeaders() {
    String token = idToken();
    return headers -> headers.setBearerAuth(token);
  }

  private static RequestPostProcessor bearer(String token) {
    return request -> {
      request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
      return request;
    };
  }

  /** The user; never a token. */
  @Override
  public String toString() {
    return "SignedIn[" + user + "]";
  }
}

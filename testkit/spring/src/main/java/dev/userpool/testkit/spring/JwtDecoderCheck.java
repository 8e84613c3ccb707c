package dev.userpool.testkit.spring;

import dev.userpool.service.Requests;
import dev.userpool.service.TokenService;
import dev.userpool.testkit.TestPool;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Once the context has started, hands each {@code JwtDecoder} of the application an access token and an ID token of
 * the pool (of a probe user, deleted afterwards); a decoder that refuses both would answer every test's request with
 * 401 and no reason, so the context fails instead, with the reason and the setting to change. Loaded only when
 * Spring Security's JWT support is on the classpath.
 */
final class JwtDecoderCheck implements ApplicationListener<ContextRefreshedEvent> {

  static final String PROBE_USER = "userpool-jwt-decoder-check";

  private final ApplicationContext context;
  private final LocalCognito local;

  JwtDecoderCheck(ApplicationContext context, LocalCognito local) {
    this.context = context;
    this.local = local;
  }

  @Override
  public void onApplicationEvent(ContextRefreshedEvent event) {
    if (event.getApplicationContext() != context) {
      return;
    }
    Map<String, JwtDecoder> decoders = context.getBeansOfType(JwtDecoder.class);
    if (decoders.isEmpty()) {
      return;
    }
    TestPool pool = local.pool();
    TokenService.Issued tokens;
    try {
      tokens = pool.user(PROBE_USER).confirmed().tokens();
    } catch (RuntimeException e) {
      return; // a pool whose usernames must be emails or phone numbers: no probe, no check
    } finally {
      pool.service().adminDeleteUser(new Requests.AdminDeleteUser(pool.id().value(), PROBE_USER));
    }
    decoders.forEach((name, decoder) -> {
      String accessRefusal = refusal(decoder, tokens.accessToken());
      if (accessRefusal != null && refusal(decoder, tokens.idToken()) != null) {
        throw new IllegalStateException(message(name, accessRefusal));
      }
    });
  }

  private static String refusal(JwtDecoder decoder, String token) {
    try {
      decoder.decode(token);
      return null;
    } catch (JwtException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /** What went wrong, and the setting that fixes it. */
  String message(String bean, String refusal) {
    String lower = refusal.toLowerCase(Locale.ROOT);
    String fix;
    if (lower.contains("the aud claim")) {
      fix = "Cognito's access tokens carry client_id, not aud: remove spring.security.oauth2.resourceserver.jwt.audiences "
          + "(or your audience validator) and check client_id with an OAuth2TokenValidator<Jwt> bean instead";
    } else if (lower.contains("the iss claim")) {
      fix = "the decoder expects another issuer than " + local.issuer() + ": build it from " + LocalCognito.ISSUER_URI + " and "
          + LocalCognito.JWK_SET_URI + " (which @AutoConfigureCognito sets), not from a URL in code, or leave it to Spring Boot";
    } else {
      fix = "the decoder does not read the local keys: build it from " + LocalCognito.JWK_SET_URI + " (set to " + local.jwkSetUri()
          + ") and " + LocalCognito.ISSUER_URI + ", not from a URL or key in code, or leave it to Spring Boot";
    }
    return "@AutoConfigureCognito: the application's JwtDecoder '" + bean + "' refuses the local pool's access and ID tokens ("
        + refusal + "). Fix: " + fix + ". (@AutoConfigureCognito(checkJwtDecoder = false) skips this check.)";
  }
}

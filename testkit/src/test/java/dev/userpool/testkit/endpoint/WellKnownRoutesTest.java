package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.userpool.port.UserPools;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WellKnownRoutesTest {

  @Test
  void shouldAnswerTheTwoWellKnownPathsOfAnExistingPoolOnly() throws Exception {
    InProcessCognito cognito = InProcessCognito.create();
    String pool = TestPool.create(cognito).id().value();

    assertThat(WellKnownRoutes.answer("/" + pool + "/.well-known/jwks.json", cognito, "http://127.0.0.1:9229")).contains(cognito.jwks());
    Map<String, Object> doc = JSONObjectUtils.parse(WellKnownRoutes.answer("/" + pool + "/.well-known/openid-configuration", cognito,
        "http://127.0.0.1:9229/").get());
    assertThat(doc).containsEntry("issuer", "https://cognito-idp.us-east-1.amazonaws.com/" + pool)
        .containsEntry("jwks_uri", "http://127.0.0.1:9229/" + pool + "/.well-known/jwks.json");
    assertThat(WellKnownRoutes.answer("/us-east-1_NoSuchPool/.well-known/jwks.json", cognito, "http://127.0.0.1:9229")).isEmpty();
    assertThat(WellKnownRoutes.answer("/" + pool + "/.well-known/other", cognito, "http://127.0.0.1:9229")).isEmpty();
    assertThat(WellKnownRoutes.answer("/.well-known/jwks.json", cognito, "http://127.0.0.1:9229")).isEmpty();
    assertThat(WellKnownRoutes.answer("/health", cognito, "http://127.0.0.1:9229")).isEmpty();
  }

  /** On another store than the in-memory one (PostgreSQL's, say), where {@code InProcessCognito.pools()} is unavailable. */
  @Test
  void shouldAnswerForAPoolOfAnotherStore() {
    UserPools backing = InProcessCognito.create().pools();
    UserPools foreign = (UserPools) Proxy.newProxyInstance(UserPools.class.getClassLoader(), new Class<?>[]{ UserPools.class },
        (proxy, method, args) -> {
          try {
            return method.invoke(backing, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    InProcessCognito cognito = InProcessCognito.builder().store(foreign).build();
    String pool = TestPool.create(cognito).id().value();

    assertThat(WellKnownRoutes.answer("/" + pool + "/.well-known/jwks.json", cognito, "http://127.0.0.1:9229")).contains(cognito.jwks());
    assertThat(WellKnownRoutes.answer("/us-east-1_NoSuchPool/.well-known/jwks.json", cognito, "http://127.0.0.1:9229")).isEmpty();
  }
}

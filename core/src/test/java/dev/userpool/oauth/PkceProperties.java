package dev.userpool.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Sub;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PkceProperties {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ClientId CLIENT = new ClientId("client1234567890");
  private static final String CALLBACK = "https://app.example.com/callback";

  @Provide
  Arbitrary<String> verifiers() {
    return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").ofMinLength(43)
        .ofMaxLength(128);
  }

  private static AuthorizationCode code(Option<Pkce> pkce) {
    return AuthorizationCode.builder().code("c0de").pool(new UserPoolId("us-east-1_TEST")).client(CLIENT)
        .sub(new Sub("9f2b6d1e-1111-2222-3333-444455556666")).redirectUri(CALLBACK).scopes(List.of("openid")).pkce(pkce)
        .nonce(Option.none()).authTime(T0).build();
  }

  @Property
  void aVerifierAnswersItsOwnChallengeByBothMethods(@ForAll("verifiers") String verifier) {
    assertThat(new Pkce(Pkce.s256(verifier), Pkce.Method.S256).verifies(verifier)).isTrue();
    assertThat(new Pkce(verifier, Pkce.Method.PLAIN).verifies(verifier)).isTrue();
  }

  @Property
  void aPkceMismatchNeverYieldsTheCode(@ForAll("verifiers") String verifier, @ForAll("verifiers") String other) {
    Assume.that(!verifier.equals(other));
    AuthorizationCode s256 = code(Option.some(new Pkce(Pkce.s256(verifier), Pkce.Method.S256)));
    AuthorizationCode plain = code(Option.some(new Pkce(verifier, Pkce.Method.PLAIN)));

    assertThat(s256.redeem(CLIENT, Option.some(CALLBACK), Option.some(other), T0))
        .isEqualTo(Either.left(OAuthError.of(OAuthError.Kind.INVALID_GRANT)));
    assertThat(plain.redeem(CLIENT, Option.some(CALLBACK), Option.some(other), T0).isLeft()).isTrue();
    assertThat(s256.redeem(CLIENT, Option.some(CALLBACK), Option.none(), T0).isLeft()).isTrue();
    assertThat(s256.redeem(CLIENT, Option.some(CALLBACK), Option.some(verifier), T0).isRight()).isTrue();
  }

  @Example
  void shouldComputeTheS256ChallengeAsBase64UrlOfSha256() {
    // Computed independently with Python's hashlib and base64.urlsafe_b64encode, padding stripped.
    assertThat(Pkce.s256("dBjftJeZ4CVP-mJ92K9ZtSZ0nEW1YhO4lP0RUPaJ9S4")).isEqualTo("ZCGgYeuxcQjiyMUXdOr-kSgL43-UDPclhi0jSEuQYWw");
  }

  @Example
  void shouldRefuseACodeForAnotherClientAnotherRedirectUriOrAfterFiveMinutes() {
    AuthorizationCode code = code(Option.none());

    assertThat(code.redeem(new ClientId("other1234567890"), Option.some(CALLBACK), Option.none(), T0).isLeft()).isTrue();
    assertThat(code.redeem(CLIENT, Option.some(CALLBACK + "/x"), Option.none(), T0).isLeft()).isTrue();
    assertThat(code.redeem(CLIENT, Option.none(), Option.none(), T0).isLeft()).isTrue();
    assertThat(code.redeem(CLIENT, Option.some(CALLBACK), Option.none(), T0.plus(Duration.ofMinutes(5))).isLeft()).isTrue();
    assertThat(code.redeem(CLIENT, Option.some(CALLBACK), Option.none(), T0.plus(Duration.ofSeconds(299))).isRight()).isTrue();
    assertThat(code.toString()).doesNotContain("c0de");
  }
}

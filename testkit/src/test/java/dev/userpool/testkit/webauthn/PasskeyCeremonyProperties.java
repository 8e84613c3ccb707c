package dev.userpool.testkit.webauthn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.testkit.TestAuthenticator;
import dev.userpool.error.WebAuthnRefused;
import dev.userpool.error.WebAuthnRefused.Reason;
import dev.userpool.trigger.Json;
import dev.userpool.webauthn.Assertion;
import dev.userpool.webauthn.CeremonyOptions;
import dev.userpool.webauthn.Registration;
import dev.userpool.webauthn.RelyingParty;
import dev.userpool.webauthn.UserVerification;
import dev.userpool.webauthn.WebAuthnChallenge;
import dev.userpool.webauthn.WebAuthnCredential;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ceremonies' invariants with real signatures (the test authenticator, webauthn4j's verification): an assertion
 * signed by another key, for another challenge, from another origin or for another RP ID is always refused; the
 * stored counter never goes back; an assertion by a credential the user no longer has never signs in.
 */
class PasskeyCeremonyProperties {

  private static final WebAuthn4jVerifier VERIFIER = new WebAuthn4jVerifier();
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
  private static final String SUB = "8f2e8f2e-1111-4222-8333-944444444444";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A registered passkey of {@code authenticator} for {@code rp}. */
  private static WebAuthnCredential registered(TestAuthenticator authenticator, RelyingParty rp, String challenge) {
    String options = CeremonyOptions.creation(rp, "pool", SUB, "jane", challenge, List.empty()).render();
    WebAuthnChallenge open = new WebAuthnChallenge(WebAuthnChallenge.Purpose.REGISTRATION, SUB, challenge, "client",
        NOW.plusSeconds(60), Option.none());
    return Registration.check(rp, Option.some(open), "client", Json.parse(authenticator.register(options)).get(), List.empty(),
        id -> false, VERIFIER, NOW).get();
  }

  private static Either<WebAuthnRefused, WebAuthnCredential> signIn(RelyingParty rp, String challenge, String assertion,
      WebAuthnCredential stored) {
    return Assertion.check(rp, challenge, Json.parse(assertion).get(), List.of(stored), VERIFIER);
  }

  private static String options(RelyingParty rp, String challenge, WebAuthnCredential stored) {
    return CeremonyOptions.request(rp, challenge, List.of(stored)).render();
  }

  @Provide
  Arbitrary<String> challenges() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32).map(CeremonyOptions::challenge);
  }

  @Provide
  Arbitrary<RelyingParty> relyingParties() {
    return Arbitraries.of("localhost", "example.com", "auth.example.org").flatMap(id -> Arbitraries.of(UserVerification.class)
        .map(uv -> new RelyingParty(id, uv)));
  }

  @Provide
  Arbitrary<TestAuthenticator> authenticators() {
    return Arbitraries.of(true, false).map(rs -> rs ? TestAuthenticator.rs256() : TestAuthenticator.es256()).withoutEdgeCases();
  }

  /** Its own assertion signs in; the same with another key's signature over the same bytes never does. */
  @Property(tries = 25)
  void anAssertionSignedByAnotherKeyIsRefused(@ForAll("relyingParties") RelyingParty rp, @ForAll("challenges") String registration,
      @ForAll("challenges") String challenge, @ForAll("authenticators") TestAuthenticator authenticator) {
    WebAuthnCredential stored = registered(authenticator, rp, registration);
    TestAuthenticator other = TestAuthenticator.es256();
    WebAuthnCredential others = registered(other, rp, registration);
    String genuine = authenticator.signIn(options(rp, challenge, stored));
    String forged = withSignature(genuine, other.signIn(options(rp, challenge, others)));
    assertThat(signIn(rp, challenge, forged, stored).getLeft().reason()).isEqualTo(Reason.ASSERTION_SIGNATURE);
    assertThat(signIn(rp, challenge, genuine, stored).isRight()).isTrue();
  }

  /** An assertion for another challenge is refused. */
  @Property(tries = 25)
  void anAssertionForAnotherChallengeIsRefused(@ForAll("relyingParties") RelyingParty rp, @ForAll("challenges") String issued,
      @ForAll("challenges") String signed) {
    TestAuthenticator authenticator = TestAuthenticator.es256();
    WebAuthnCredential stored = registered(authenticator, rp, issued);
    String assertion = authenticator.signIn(options(rp, signed, stored));
    Either<WebAuthnRefused, WebAuthnCredential> result = signIn(rp, issued, assertion, stored);
    assertThat(result.isRight()).isEqualTo(issued.equals(signed));
    if (result.isLeft()) {
      assertThat(result.getLeft().reason()).isEqualTo(Reason.ASSERTION_CHALLENGE);
    }
  }

  @Provide
  Arbitrary<String> origins() {
    return Arbitraries.of("https://example.com", "https://login.example.com:8443", "http://example.com", "https://example.com.evil.io",
        "https://evilexample.com", "http://localhost:3000", "https://localhost", "http://localhost.evil.io", "null", "");
  }

  /** An assertion from an origin outside the relying party's is refused; one inside is accepted. */
  @Property(tries = 40)
  void anAssertionFromAnotherOriginIsRefused(@ForAll("relyingParties") RelyingParty rp, @ForAll("origins") String origin,
      @ForAll("challenges") String challenge) {
    TestAuthenticator authenticator = TestAuthenticator.es256();
    WebAuthnCredential stored = registered(authenticator, rp, challenge);
    String assertion = authenticator.origin(origin).signIn(options(rp, challenge, stored));
    Either<WebAuthnRefused, WebAuthnCredential> result = signIn(rp, challenge, assertion, stored);
    assertThat(result.isRight()).isEqualTo(rp.allowsOrigin(origin));
    if (result.isLeft()) {
      assertThat(result.getLeft().reason()).isEqualTo(Reason.ASSERTION_ORIGIN);
    }
    assertThat(rp.allowsOrigin("https://" + rp.id())).isTrue();
  }

  /** An assertion made for another RP ID is refused. */
  @Property(tries = 25)
  void anAssertionForAnotherRelyingPartyIsRefused(@ForAll("relyingParties") RelyingParty rp,
      @ForAll("relyingParties") RelyingParty other, @ForAll("challenges") String challenge) {
    TestAuthenticator authenticator = TestAuthenticator.es256();
    WebAuthnCredential stored = registered(authenticator, rp, challenge);
    String assertion = authenticator.origin("https://" + rp.id()).withRpId(other.id()).signIn(options(rp, challenge, stored));
    Either<WebAuthnRefused, WebAuthnCredential> result = signIn(rp, challenge, assertion, stored);
    assertThat(result.isRight()).isEqualTo(rp.id().equals(other.id()));
    if (result.isLeft()) {
      assertThat(result.getLeft().reason()).isEqualTo(Reason.ASSERTION_RELYING_PARTY);
    }
  }

  @Provide
  Arbitrary<Seq<Integer>> counterSteps() {
    return Arbitraries.integers().between(-2, 3).list().ofMinSize(1).ofMaxSize(8).map(List::ofAll);
  }

  /** Whatever the authenticator reports, the stored counter never goes back, and a counter that did not grow is refused. */
  @Property(tries = 25)
  void theCounterNeverGoesBack(@ForAll("counterSteps") Seq<Integer> steps, @ForAll("challenges") String challenge) {
    RelyingParty rp = new RelyingParty("example.com", UserVerification.PREFERRED);
    TestAuthenticator base = TestAuthenticator.es256();
    WebAuthnCredential stored = registered(base, rp, challenge);
    for (int step : steps) {
      String assertion = base.withCounterStep(step).signIn(options(rp, challenge, stored));
      Either<WebAuthnRefused, WebAuthnCredential> result = signIn(rp, challenge, assertion, stored);
      if (result.isRight()) {
        assertThat(result.get().signCount()).isGreaterThanOrEqualTo(stored.signCount());
        assertThat(Assertion.counterAccepted(stored.signCount(), result.get().signCount())).isTrue();
        stored = result.get();
      } else {
        assertThat(result.getLeft().reason()).isEqualTo(Reason.ASSERTION_COUNTER);
      }
    }
  }

  /** A credential the user does not have (never registered, or deleted) never signs in, even with a valid signature. */
  @Property(tries = 15)
  void aCredentialTheUserDoesNotHaveNeverSignsIn(@ForAll("challenges") String challenge) {
    RelyingParty rp = new RelyingParty("example.com", UserVerification.REQUIRED);
    TestAuthenticator authenticator = TestAuthenticator.es256();
    WebAuthnCredential deleted = registered(authenticator, rp, challenge);
    WebAuthnCredential kept = registered(TestAuthenticator.es256(), rp, challenge);
    String assertion = authenticator.signIn(options(rp, challenge, deleted));
    assertThat(Assertion.check(rp, challenge, Json.parse(assertion).get(), List.of(kept), VERIFIER).getLeft().reason())
        .isEqualTo(Reason.ASSERTION_UNKNOWN_CREDENTIAL);
  }

  /** The genuine assertion JSON with the signature of another. */
  private static String withSignature(String assertion, String signedByAnother) {
    try {
      ObjectNode genuine = (ObjectNode) JSON.readTree(assertion);
      String signature = JSON.readTree(signedByAnother).path("response").path("signature").asText();
      ((ObjectNode) genuine.get("response")).put("signature", signature);
      return genuine.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.userpool.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningKeySetTest {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final Duration GRACE = Duration.ofHours(24);

  static List<SigningKey> pair(String name) {
    return List.of(SigningKey.signing(name + "-id", TokenUse.ID, "pub", "pkcs8:secret"),
        SigningKey.signing(name + "-access", TokenUse.ACCESS, "pub", "pkcs8:secret"));
  }

  @Test
  void shouldSignWithOneKeyPerUseAndPublishThem() {
    SigningKeySet first = SigningKeySet.first(pair("a"));

    assertThat(first.version()).isEqualTo(1);
    assertThat(first.signing(TokenUse.ID).kid()).isEqualTo("a-id");
    assertThat(first.signing(TokenUse.ACCESS).kid()).isEqualTo("a-access");
    assertThat(first.published(T0).map(SigningKey::kid)).containsExactly("a-id", "a-access");
  }

  @Test
  void shouldKeepTheRetiredKeysPublishedUntilTheGraceEndsThenDropThem() {
    SigningKeySet rotated = SigningKeySet.first(pair("a")).rotate(pair("b"), T0, GRACE);

    assertThat(rotated.version()).isEqualTo(2);
    assertThat(rotated.signing(TokenUse.ID).kid()).isEqualTo("b-id");
    assertThat(rotated.published(T0.plus(GRACE)).map(SigningKey::kid)).containsExactly("b-id", "b-access", "a-id", "a-access");
    assertThat(rotated.published(T0.plus(GRACE).plusSeconds(1)).map(SigningKey::kid)).containsExactly("b-id", "b-access");
    assertThat(rotated.keys().find(k -> k.kid().equals("a-id")).get().verifiesUntil())
        .isEqualTo(Option.some(T0.plus(GRACE).plusSeconds(1)));
  }

  @Test
  void shouldForgetKeysWhoseGraceEndedAtTheNextRotation() {
    SigningKeySet twice = SigningKeySet.first(pair("a")).rotate(pair("b"), T0, GRACE).rotate(pair("c"), T0.plus(GRACE).plusSeconds(5),
        GRACE);

    assertThat(twice.version()).isEqualTo(3);
    assertThat(twice.keys().map(SigningKey::kid)).containsExactly("c-id", "c-access", "b-id", "b-access");
  }

  @Test
  void shouldRefuseSetsThatDoNotSignEachUseWithExactlyOneKey() {
    assertThatThrownBy(() -> SigningKeySet.first(pair("a").take(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKeySet.first(pair("a").appendAll(pair("b")))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKeySet.first(pair("a").appendAll(pair("a")))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKeySet.first(pair("a")).rotate(pair("b"), T0, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldNeverShowAPrivateKey() {
    SigningKeySet set = SigningKeySet.first(pair("a"));

    assertThat(set.toString()).contains("a-id").doesNotContain("secret");
  }
}

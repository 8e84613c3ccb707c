package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashValuesTest {

  private final Salt salt = Salt.of(new byte[]{ 1, 2, 3 });
  private final PasswordHasher hasher = Pbkdf2PasswordHasher.withIterations(2);

  @Test
  void saltsAreEqualByContentAndCopied() {
    byte[] bytes = { 1, 2, 3 };
    Salt copy = Salt.of(bytes);
    bytes[0] = 9;

    assertThat(copy).isEqualTo(salt).hasSameHashCodeAs(salt).isNotEqualTo(Salt.of(new byte[]{ 1, 2, 4 }));
    assertThat(copy.length()).isEqualTo(3);
    assertThat(copy.toString()).isEqualTo("Salt[3 bytes]");
    assertThatThrownBy(() -> Salt.of(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    assertThat(Salt.random(new Random(1)::nextBytes).length()).isEqualTo(Salt.LENGTH);
  }

  @Test
  void hashesAreEqualOnlyWithTheSameSchemeSaltAndDigest() {
    PasswordHash h = hasher.hash(Password.of("Passw0rd!"), salt);

    assertThat(h).isEqualTo(hasher.hash(Password.of("Passw0rd!"), salt)).hasSameHashCodeAs(hasher.hash(Password.of("Passw0rd!"), salt));
    assertThat(h).isNotEqualTo(hasher.hash(Password.of("Passw0rd?"), salt));
    assertThat(h).isNotEqualTo(hasher.hash(Password.of("Passw0rd!"), Salt.of(new byte[]{ 7 })));
    assertThat(h).isNotEqualTo(PasswordHash.of("other", salt, h.digest()));
    assertThat(h.salt()).isEqualTo(salt);
    assertThatThrownBy(() -> PasswordHash.of("s", salt, new byte[0])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void historiesAreEqualByTheirSaltAndEntries() {
    PasswordHash a = hasher.hash(Password.of("aaaaaaaa"), salt);
    PasswordHistory history = PasswordHistory.of(salt, List.of(a));

    assertThat(history).isEqualTo(PasswordHistory.start(salt).record(a, 5)).hasSameHashCodeAs(PasswordHistory.start(salt).record(a, 5));
    assertThat(history).isNotEqualTo(PasswordHistory.start(salt));
    assertThat(history).isNotEqualTo(PasswordHistory.of(Salt.of(new byte[]{ 9 }), List.of(a)));
    assertThat(history.size()).isEqualTo(1);
    assertThat(history.toString()).isEqualTo("PasswordHistory[1 entries]");
    assertThatThrownBy(() -> PasswordHistory.of(salt, List.of((PasswordHash) null))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> history.record(a, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHasherShowsItsScheme() {
    assertThat(Pbkdf2PasswordHasher.withIterations(7).iterations()).isEqualTo(7);
    assertThat(Pbkdf2PasswordHasher.withIterations(7).toString()).isEqualTo("Pbkdf2PasswordHasher[PBKDF2-HMAC-SHA256/7]");
  }

  @Test
  void aHasherThatCannotDeriveItsOwnSchemeIsABug() {
    PasswordHasher broken = new PasswordHasher() {
      @Override
      public String scheme() {
        return "broken";
      }

      @Override
      public Option<PasswordHash> derive(Password password, Salt s, String scheme) {
        return Option.none();
      }
    };

    assertThatThrownBy(() -> broken.hash(Password.of("x"), salt)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot derive its own scheme broken");
  }
}

package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

  private static final Salt SALT = Salt.of("salt".getBytes(StandardCharsets.US_ASCII));

  // Published PBKDF2-HMAC-SHA256 vectors (P = "password", S = "salt", dkLen = 32).
  @ParameterizedTest
  @CsvSource({
      "1, 120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b",
      "2, ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43",
      "4096, c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a" })
  void shouldMatchThePublishedVectors(int iterations, String expectedHex) {
    PasswordHash hash = Pbkdf2PasswordHasher.withIterations(iterations).hash(Password.of("password"), SALT);

    assertThat(HexFormat.of().formatHex(hash.digest())).isEqualTo(expectedHex);
    assertThat(hash.scheme()).isEqualTo("PBKDF2-HMAC-SHA256/" + iterations);
  }

  @Property(tries = 100)
  void agreesWithTheJdksPbkdf2ForWellFormedPasswords(@ForAll("wellFormed") String text) throws Exception {
    var spec = new PBEKeySpec(text.toCharArray(), SALT.bytes(), 3, 256);
    byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();

    assertThat(Pbkdf2PasswordHasher.withIterations(3).hash(Password.of(text), SALT).digest()).isEqualTo(jdk);
  }

  @Test
  void shouldVerifyTheRightPasswordOnly() {
    Pbkdf2PasswordHasher hasher = Pbkdf2PasswordHasher.withIterations(10);
    PasswordHash stored = hasher.hash(Password.of("Correct-H0rse"), SALT);

    assertThat(hasher.verify(Password.of("Correct-H0rse"), stored)).isTrue();
    assertThat(hasher.verify(Password.of("correct-H0rse"), stored)).isFalse();
  }

  @Test
  void shouldVerifyAHashMadeUnderAnEarlierCost() {
    PasswordHash old = Pbkdf2PasswordHasher.withIterations(5).hash(Password.of("Correct-H0rse"), SALT);

    assertThat(Pbkdf2PasswordHasher.withIterations(50).verify(Password.of("Correct-H0rse"), old)).isTrue();
  }

  @Test
  void shouldNotVerifyASchemeItDoesNotKnow() {
    PasswordHash foreign = PasswordHash.of("bcrypt/10", SALT, new byte[32]);

    assertThat(Pbkdf2PasswordHasher.withIterations(5).verify(Password.of("x"), foreign)).isFalse();
    assertThat(Pbkdf2PasswordHasher.withIterations(5).derive(Password.of("x"), SALT, "PBKDF2-HMAC-SHA256/0")).isEmpty();
    assertThat(Pbkdf2PasswordHasher.withIterations(5).derive(Password.of("x"), SALT, "PBKDF2-HMAC-SHA256/x1")).isEmpty();
  }

  @Test
  void shouldHashTheEmptyPasswordAsTheJdkDoes() throws Exception {
    var spec = new PBEKeySpec(new char[0], SALT.bytes(), 2, 256);
    byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();

    assertThat(Pbkdf2PasswordHasher.withIterations(2).hash(Password.of(""), SALT).digest()).isEqualTo(jdk);
  }

  @Test
  void shouldKeepLoneSurrogatePasswordsApart() {
    Pbkdf2PasswordHasher hasher = Pbkdf2PasswordHasher.withIterations(2);

    assertThat(hasher.verify(Password.of("ab\uD800cd"), hasher.hash(Password.of("ab\uD801cd"), SALT))).isFalse();
  }

  @Test
  void shouldShowNeitherDigestNorPassword() {
    PasswordHash hash = Pbkdf2PasswordHasher.withIterations(2).hash(Password.of("Correct-H0rse"), SALT);

    assertThat(hash.toString()).isEqualTo("PasswordHash[PBKDF2-HMAC-SHA256/2, ***]");
  }

  @Test
  void shouldRefuseANonPositiveCost() {
    assertThatThrownBy(() -> Pbkdf2PasswordHasher.withIterations(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldDefaultToOwaspsCost() {
    assertThat(Pbkdf2PasswordHasher.withDefaultCost().scheme()).isEqualTo("PBKDF2-HMAC-SHA256/600000");
  }

  @Provide
  Arbitrary<String> wellFormed() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
        .filter(s -> s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
  }
}

package dev.userpool.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238's SHA-1 test vectors (appendix B; the last six of its eight digits) and RFC 4648's base32. */
class TotpTest {

  private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
      "20000000000, 353130" })
  void shouldComputeTheRfcVectors(long epochSecond, String code) {
    assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
  }

  @Test
  void shouldEncodeAndDecodeBase32AsRfc4648() {
    assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.decode("mzxw6ytboi======").get()).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    assertThat(Base32.decode("not base32!")).isEmpty();
  }

  @Test
  void shouldAcceptOneStepEitherSideAndNoFurther() {
    Instant now = Instant.ofEpochSecond(1_111_111_111);
    long step = Totp.step(now);
    for (long s = step - 1; s <= step + 1; s++) {
      assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, s), now, Option.none())).contains(s);
    }
    assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, Option.none())).isEmpty();
    assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, Option.none())).isEmpty();
  }

  @Test
  void shouldNeverAcceptAStepAtOrBeforeTheLastAccepted() {
    Instant now = Instant.ofEpochSecond(1_111_111_111);
    long step = Totp.step(now);
    assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step), now, Option.some(step))).isEmpty();
    assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, Option.some(step - 1))).isEmpty();
    assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, Option.some(step))).contains(step + 1);
  }

  @Test
  void shouldFollowTheTableForEveryConfigurationAndUser() {
    assertThat(ChallengeSequence.ROWS).hasSize(MfaConfiguration.values().length * ChallengeSequence.Factors.values().length);
    PoolMfa totpOnly = new PoolMfa(MfaConfiguration.ON, true, Option.none(), Option.none(), Option.none());
    assertThat(ChallengeSequence.after(totpOnly, UserMfa.none())).contains(MfaStep.MFA_SETUP);
    PoolMfa optional = new PoolMfa(MfaConfiguration.OPTIONAL, true, Option.none(), Option.none(), Option.none());
    assertThat(ChallengeSequence.after(optional, UserMfa.none())).isEmpty();
    UserMfa enabled = UserMfa.none().withSoftwareTokenEnabled();
    assertThat(ChallengeSequence.after(optional, enabled)).contains(MfaStep.SOFTWARE_TOKEN_MFA);
    assertThat(ChallengeSequence.after(PoolMfa.off(), enabled)).isEmpty();
  }
}

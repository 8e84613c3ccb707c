package dev.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.password.Password;
import dev.userpool.password.Randomness;
import dev.userpool.support.Fixtures;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class SrpProperties {

  static final Instant NOW = Instant.parse("2026-11-29T23:59:01Z");

  record Exchange(SrpVerifier verifier, SrpChallenge challenge, SrpTestClient client) {}

  static Exchange exchange(String poolName, String userId, Password password, long seed) {
    Randomness randomness = Fixtures.seeded(seed);
    SrpVerifier verifier = SrpVerifier.compute(poolName, userId, password, randomness);
    SrpTestClient client = new SrpTestClient(poolName, new BigInteger(1, randomness.bytes(32)));
    SrpChallenge challenge = verifier.challenge(client.srpA(), randomness).get();
    return new Exchange(verifier, challenge, client);
  }

  @Property(tries = 60)
  void theRightPasswordAlwaysSigns(@ForAll("poolNames") String poolName, @ForAll("userIds") String userId,
      @ForAll @StringLength(min = 1, max = 40) String password, @ForAll long seed) {
    Exchange e = exchange(poolName, userId, Password.of(password), seed);
    PasswordClaim claim = e.client().answer(userId, Password.of(password), e.verifier(), e.challenge(), NOW);
    assertThat(e.challenge().verify(e.verifier(), poolName, userId, claim)).isTrue();
  }

  @Property(tries = 60)
  void anyOtherPasswordIsRefused(@ForAll @StringLength(min = 1, max = 40) String password,
      @ForAll @StringLength(min = 1, max = 40) String other, @ForAll long seed) {
    Assume.that(!Arrays.equals(SrpMath.utf8(password), SrpMath.utf8(other)));
    Exchange e = exchange("AbCdEf123", "alice", Password.of(password), seed);
    PasswordClaim claim = e.client().answer("alice", Password.of(other), e.verifier(), e.challenge(), NOW);
    assertThat(e.challenge().verify(e.verifier(), "AbCdEf123", "alice", claim)).isFalse();
  }

  @Property(tries = 40)
  void anAlteredClaimIsRefused(@ForAll long seed, @ForAll @IntRange(min = 0, max = 255) int bit,
      @ForAll("alterations") String alteration) {
    Exchange e = exchange("AbCdEf123", "alice", Password.of("Passw0rd!"), seed);
    PasswordClaim good = e.client().answer("alice", Password.of("Passw0rd!"), e.verifier(), e.challenge(), NOW);
    PasswordClaim bad = switch (alteration) {
      case "signature" -> new PasswordClaim(flip(good.signature(), bit), good.secretBlock(), good.timestamp());
      case "secretBlock" -> new PasswordClaim(good.signature(), flip(good.secretBlock(), bit), good.timestamp());
      case "timestamp" -> new PasswordClaim(good.signature(), good.secretBlock(), SrpTimestamp.format(NOW.plusSeconds(1)));
      case "notBase64" -> new PasswordClaim("%" + good.signature(), good.secretBlock(), good.timestamp());
      default -> throw new IllegalArgumentException(alteration);
    };
    assertThat(e.challenge().verify(e.verifier(), "AbCdEf123", "alice", good)).isTrue();
    assertThat(e.challenge().verify(e.verifier(), "AbCdEf123", "alice", bad)).isFalse();
  }

  @Property(tries = 30)
  void aMultipleOfNIsRefused(@ForAll @LongRange(min = 0, max = 1_000_000) long multiple) {
    SrpVerifier verifier = SrpVerifier.compute("AbCdEf123", "alice", Password.of("Passw0rd!"), Fixtures.seeded(1));
    String srpA = SrpGroup.N.multiply(BigInteger.valueOf(multiple)).toString(16);
    assertThat(verifier.challenge(srpA, Fixtures.seeded(2)).getLeft()).isEqualTo(SrpRefusal.ZERO_MOD_N);
  }

  @Property(tries = 200)
  void anythingButHexDigitsIsRefused(@ForAll("notHex") String srpA) {
    SrpVerifier verifier = SrpVerifier.compute("AbCdEf123", "alice", Password.of("Passw0rd!"), Fixtures.seeded(1));
    assertThat(verifier.challenge(srpA, Fixtures.seeded(2)).getLeft()).isEqualTo(SrpRefusal.NOT_HEX);
  }

  @Property
  void aTimestampReadsBackAsTheSameSecond(@ForAll @LongRange(min = 0, max = 253_402_300_799L) long epochSecond) {
    Instant instant = Instant.ofEpochSecond(epochSecond);
    assertThat(SrpTimestamp.parse(SrpTimestamp.format(instant)).get()).isEqualTo(instant);
  }

  @Property
  void aPaddedDayIsRefused(@ForAll @LongRange(min = 0, max = 253_402_300_799L) long epochSecond) {
    String text = SrpTimestamp.format(Instant.ofEpochSecond(epochSecond));
    Assume.that(text.charAt(9) == ' ');
    String padded = text.substring(0, 8) + "0" + text.substring(8);
    assertThat(SrpTimestamp.parse(padded).isEmpty()).isTrue();
  }

  @Example
  void shouldRefuseNoTimestampAndOneLongerThanAnyTheClientsWrite() {
    assertThat(SrpTimestamp.parse(null).isEmpty()).isTrue();
    assertThat(SrpTimestamp.parse("Tue Mar 5 09:07:03 UTC 2024" + " ".repeat(40)).isEmpty()).isTrue();
  }

  @Example
  void shouldSpellTheTimestampAsTheJavaScriptClient() {
    assertThat(SrpTimestamp.format(Instant.parse("2024-03-05T09:07:03Z"))).isEqualTo("Tue Mar 5 09:07:03 UTC 2024");
    assertThat(SrpTimestamp.format(Instant.parse("2023-12-31T23:59:59.900Z"))).isEqualTo("Sun Dec 31 23:59:59 UTC 2023");
  }

  @Example
  void shouldRefuseAWrongWeekdayOrAnotherCase() {
    assertThat(SrpTimestamp.parse("Tue Mar 5 09:07:03 UTC 2024").isDefined()).isTrue();
    assertThat(SrpTimestamp.parse("Wed Mar 5 09:07:03 UTC 2024").isEmpty()).isTrue();
    assertThat(SrpTimestamp.parse("tue Mar 5 09:07:03 UTC 2024").isEmpty()).isTrue();
    assertThat(SrpTimestamp.parse("Tue Mar 5 9:07:03 UTC 2024").isEmpty()).isTrue();
    assertThat(SrpTimestamp.parse("Tue Mar  5 09:07:03 UTC 2024").isEmpty()).isTrue();
    assertThat(SrpTimestamp.parse("Tue Mar 5 09:07:03 GMT 2024").isEmpty()).isTrue();
  }

  @Example
  void shouldNeverPrintTheSecrets() {
    Exchange e = exchange("AbCdEf123", "alice", Password.of("Passw0rd!"), 7);
    assertThat(e.verifier()).hasToString("SrpVerifier[***]");
    assertThat(e.challenge()).hasToString("SrpChallenge[***]");
  }

  @Example
  void shouldRestoreAStoredExchange() {
    Exchange e = exchange("AbCdEf123", "alice", Password.of("Passw0rd!"), 9);
    SrpVerifier stored = SrpVerifier.of(e.verifier().salt(), e.verifier().verifier());
    SrpChallenge restored = SrpChallenge.restore(stored, e.challenge().srpA(), e.challenge().ephemeralSecret(),
        e.challenge().secretBlock());
    PasswordClaim claim = e.client().answer("alice", Password.of("Passw0rd!"), stored, restored, NOW);
    assertThat(restored.srpB()).isEqualTo(e.challenge().srpB());
    assertThat(restored.verify(stored, "AbCdEf123", "alice", claim)).isTrue();
  }

  @Example
  void shouldRestoreAStoredExchangeFromItsKeptBAsFromTheVerifier() {
    Exchange e = exchange("AbCdEf123", "alice", Password.of("Passw0rd!"), 11);
    SrpVerifier stored = SrpVerifier.of(e.verifier().salt(), e.verifier().verifier());
    SrpChallenge fromB = SrpChallenge.restore(e.challenge().srpA(), e.challenge().ephemeralSecret(),
        e.challenge().secretBlock(), e.challenge().srpB());
    SrpChallenge fromVerifier = SrpChallenge.restore(stored, e.challenge().srpA(), e.challenge().ephemeralSecret(),
        e.challenge().secretBlock());
    PasswordClaim claim = e.client().answer("alice", Password.of("Passw0rd!"), stored, fromB, NOW);
    assertThat(fromB.srpB()).isEqualTo(fromVerifier.srpB()).isEqualTo(e.challenge().srpB());
    assertThat(fromB.key(stored)).isEqualTo(fromVerifier.key(stored));
    assertThat(fromB.verify(stored, "AbCdEf123", "alice", claim)).isTrue();
    assertThat(fromB.verify(stored, "AbCdEf123", "alice", new PasswordClaim(flip(claim.signature(), 3),
        claim.secretBlock(), claim.timestamp()))).isFalse();
  }

  @Example
  void shouldRefuseAKeptBOutsideTheGroup() {
    Exchange e = exchange("AbCdEf123", "alice", Password.of("Passw0rd!"), 12);
    for (String bad : new String[]{ "0", "", "xyz", SrpGroup.N.toString(16), SrpGroup.N.add(BigInteger.ONE).toString(16) }) {
      assertThatThrownBy(() -> SrpChallenge.restore(e.challenge().srpA(), e.challenge().ephemeralSecret(),
          e.challenge().secretBlock(), bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  static String flip(String base64, int bit) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    bytes[(bit / 8) % bytes.length] ^= (byte) (1 << (bit % 8));
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Provide
  Arbitrary<String> poolNames() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> userIds() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
        Arbitraries.create(() -> "9f8e7d6c-5b4a-4321-8fed-cba987654321"));
  }

  @Provide
  Arbitrary<String> alterations() {
    return Arbitraries.of("signature", "secretBlock", "timestamp", "notBase64");
  }

  @Provide
  Arbitrary<String> notHex() {
    Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofMinLength(1).ofMaxLength(20);
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        hex.map(h -> "-" + h),
        hex.map(h -> "+" + h),
        hex.map(h -> "0x" + h),
        hex.map(h -> h + "g"),
        hex.map(h -> h + " "),
        Arbitraries.strings().withChars("0123456789abcdef").ofLength(SrpGroup.MAX_HEX_DIGITS + 1),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(10)
            .filter(s -> s.chars().anyMatch(c -> !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))));
  }
}

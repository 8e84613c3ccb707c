package dev.userpool.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.password.Randomness;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UserPoolIdProperties {

  private static final Pattern REGEX = Pattern.compile(UserPoolId.PATTERN);

  @Property(tries = 5000)
  void linearMatcherAgreesWithTheRegex(@ForAll("ids") String s) {
    assertThat(UserPoolId.matchesPattern(s)).isEqualTo(REGEX.matcher(s).matches());
  }

  @Property
  void generatedIdsAreValidAndKeepTheirRegion(@ForAll long seed) {
    Randomness r = new Random(seed)::nextBytes;

    UserPoolId id = UserPoolId.generate("eu-west-2", r);

    assertThat(UserPoolId.MEMBER.accepts(id.value())).isTrue();
    assertThat(id.region()).isEqualTo("eu-west-2");
  }

  @Example
  void aLongIdIsCheckedInLinearTime() {
    String hostile = "_".repeat(100_000) + "!";

    assertThat(UserPoolId.matchesPattern(hostile)).isFalse();
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withChars('a', 'Z', '0', '_', '-', '!', ' ', '\u00e9').ofMaxLength(8);
  }
}

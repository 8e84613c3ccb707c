package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.password.Salt;
import dev.userpool.password.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.Example;

class PasswordPolicyExamples {

  @Example
  void evaluatingAPasswordReportsEveryBrokenRule() {
    // tag::evaluate-password[]
    PasswordPolicy policy = PasswordPolicy.builder().minimumLength(12).passwordHistorySize(5).build();

    Seq<Violation> violations = policy.violations(Password.of("Summer2024"));

    assertThat(violations.map(Violation::code)).containsExactly("PASSWORD_TOO_SHORT", "PASSWORD_MISSING_SYMBOL");
    assertThat(violations.head().description()).isEqualTo("Password not long enough");
    // end::evaluate-password[]
  }

  @Example
  void historyRefusesARecentPasswordForOneKeyDerivation() {
    // tag::password-history[]
    Randomness randomness = new SecureRandom()::nextBytes;
    PasswordHasher hasher = Pbkdf2PasswordHasher.withDefaultCost();
    PasswordPolicy policy = PasswordPolicy.builder().passwordHistorySize(3).build();

    // One salt per user: every entry of the history is hashed with it.
    PasswordHistory history = PasswordHistory.start(Salt.random(randomness));
    for (String earlier : List.of("First-Passw0rd!", "Second-Passw0rd!")) {
      history = history.record(hasher.hash(Password.of(earlier), history.salt()), policy.passwordHistorySize());
    }

    Validation<Seq<Violation>, PasswordHash> reused = policy.evaluate(Password.of("First-Passw0rd!"), history, hasher);
    assertThat(reused.getError()).containsExactly(new Violation.ReusedPassword(3));

    Validation<Seq<Violation>, PasswordHash> fresh = policy.evaluate(Password.of("Third-Passw0rd!"), history, hasher);
    assertThat(fresh.isValid()).isTrue(); // fresh.get() is the hash to store as the current password
    // end::password-history[]
  }

  @Example
  void aGeneratedTemporaryPasswordSatisfiesItsPolicy() {
    // tag::generate-temporary-password[]
    PasswordPolicy policy = PasswordPolicy.builder().minimumLength(16).build();

    Password temporary = policy.generateTemporaryPassword(new SecureRandom()::nextBytes);

    assertThat(temporary.length()).isEqualTo(16);
    assertThat(policy.violations(temporary)).isEmpty();
    assertThat(temporary).hasToString("Password[***]"); // reveal() is the only way to the text
    // end::generate-temporary-password[]
  }
}

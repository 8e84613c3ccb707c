package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.error.CognitoError;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CheckOrderProperties {

  @Property(tries = 200)
  void theObservedOrderIsTheOrderTheOperationChecksIn(@ForAll("priorities") java.util.List<Fault> priority, @ForAll Random random) {
    java.util.List<Fault> declared = new ArrayList<>(priority);
    Collections.shuffle(declared, random);
    Probe probe = fake(List.ofAll(declared), s -> firstOf(priority, s));

    CheckOrder order = CheckOrder.observe(probe);

    assertThat(order.steps().stream().map(CheckOrder.Step::fault).toList()).isEqualTo(priority);
    assertThat(order.notChecked()).isEmpty();
  }

  @Example
  void faultsThatChangeNothingAreReportedAsNotChecked() {
    java.util.List<Fault> priority = java.util.List.of(Fault.DISABLED, Fault.WRONG_PASSWORD);
    Probe probe = fake(List.of(Fault.DISABLED, Fault.WRONG_PASSWORD, Fault.WRONG_CODE), s -> firstOf(priority, s));

    CheckOrder order = CheckOrder.observe(probe);

    assertThat(order.steps().stream().map(CheckOrder.Step::fault).toList()).containsExactly(Fault.DISABLED, Fault.WRONG_PASSWORD);
    assertThat(order.notChecked()).containsExactly(Fault.WRONG_CODE);
  }

  @Example
  void winnersThatFormACycleFailTheObservation() {
    // rock, paper, scissors: no order explains these outcomes
    Probe probe = fake(List.of(Fault.DISABLED, Fault.WRONG_PASSWORD, Fault.WRONG_CODE), s -> {
      boolean d = s.has(Fault.DISABLED);
      boolean p = s.has(Fault.WRONG_PASSWORD);
      boolean c = s.has(Fault.WRONG_CODE);
      if (d && p && c) {
        return Either.left(error(Fault.DISABLED));
      }
      if (d && p) {
        return Either.left(error(Fault.DISABLED));
      }
      if (p && c) {
        return Either.left(error(Fault.WRONG_PASSWORD));
      }
      if (c && d) {
        return Either.left(error(Fault.WRONG_CODE));
      }
      return d
          ? Either.left(error(Fault.DISABLED))
          : p
              ? Either.left(error(Fault.WRONG_PASSWORD))
              : c ? Either.left(error(Fault.WRONG_CODE)) : Either.right("ok");
    });

    assertThatThrownBy(() -> CheckOrder.observe(probe)).isInstanceOf(AssertionError.class).hasMessageContaining("cycle");
  }

  @Example
  void aBaseScenarioThatFailsFailsTheObservation() {
    Probe probe = fake(List.of(Fault.DISABLED), s -> Either.left(error(Fault.DISABLED)));

    assertThatThrownBy(() -> CheckOrder.observe(probe)).isInstanceOf(AssertionError.class).hasMessageContaining("should succeed");
  }

  @Provide
  Arbitrary<java.util.List<Fault>> priorities() {
    java.util.List<Fault> independent = Arrays.stream(Fault.values()).filter(f -> !f.setsStatus()).toList();
    return Arbitraries.of(independent).list().uniqueElements().ofMinSize(1).ofMaxSize(6);
  }

  private static Either<CognitoError, ?> firstOf(java.util.List<Fault> priority, Scenario s) {
    return priority.stream().filter(s::has).findFirst().<Either<CognitoError, ?>>map(f -> Either.left(error(f))).orElse(Either.right("ok"));
  }

  private static CognitoError error(Fault f) {
    return new CognitoError.UnsupportedOperation(f.name());
  }

  private static Probe fake(List<Fault> candidates, Function<Scenario, Either<CognitoError, ?>> run) {
    return new Probe("fake", Probe.Level.DECISION, CodeRef.to(User.class, "signIn"), Option.none(), UserStatus.CONFIRMED, false,
        CodePurpose.SIGN_UP, candidates, run, Map.of());
  }
}

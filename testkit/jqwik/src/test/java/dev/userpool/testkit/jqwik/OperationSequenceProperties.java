package dev.userpool.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.service.Results;
import dev.userpool.testkit.PoolSpec;
import dev.userpool.user.User;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

@Domain(CognitoDomain.class)
class OperationSequenceProperties {

  @Property(tries = 150)
  void noOperationFailsInternally(@ForAll OperationSequence sequence) {
    for (OperationSequence.Step step : sequence.run()) {
      assertThat(step.outcome().swap().map(CognitoError::cognitoError).getOrElse("ok"))
          .as(step.operation().toString()).isNotEqualTo("InternalErrorException");
    }
  }

  @Property(tries = 150)
  void everyErrorIsOneItsOperationDeclares(@ForAll OperationSequence sequence) {
    for (OperationSequence.Step step : sequence.run()) {
      if (step.outcome().isLeft() && step.operation().operation().isDefined()) {
        assertThat(step.operation().operation().get().errors()).as(step.operation() + " -> " + step.outcome().getLeft())
            .contains(step.outcome().getLeft().cognitoError());
      }
    }
  }

  @Property(tries = 150)
  void failedOperationsChangeNothing(@ForAll OperationSequence sequence) {
    for (OperationSequence.Step step : sequence.run()) {
      if (step.outcome().isLeft() && recorded(step.outcome().getLeft())) {
        // The one change a refused sign-in makes: the lockout's bookkeeping (failed attempts, SRP exchange, version).
        assertThat(step.after().map(OperationSequenceProperties::stripped)).as(step.operation() + " -> " + step.outcome().getLeft())
            .isEqualTo(step.before().map(OperationSequenceProperties::stripped));
      } else if (step.outcome().isLeft()) {
        assertThat(step.after()).as(step.operation() + " -> " + step.outcome().getLeft()).isEqualTo(step.before());
      }
    }
  }

  @Property(tries = 150)
  void disabledUsersNeverSignIn(@ForAll OperationSequence sequence) {
    for (OperationSequence.Step step : sequence.run()) {
      if (step.outcome().exists(o -> o instanceof Results.SignIn)) {
        assertThat(step.before().map(User::enabled)).as(step.operation().toString()).contains(true);
      }
    }
  }

  @Property(tries = 150)
  void versionsMoveOnByOneAndHistoriesStayWithinThePolicy(@ForAll OperationSequence sequence) {
    int historySize = sequence.pool().policy().passwordHistorySize();
    for (OperationSequence.Step step : sequence.run()) {
      Option<User> after = step.after();
      after.forEach(u -> assertThat(u.passwordHistory().size()).isLessThanOrEqualTo(historySize));
      if (step.before().isDefined() && after.isDefined() && step.before().get().sub().equals(after.get().sub())) {
        long moved = after.get().version() - step.before().get().version();
        assertThat(moved).as(step.operation().toString()).isBetween(0L, 1L);
        assertThat(moved == 0).as(step.operation() + " changed the user without a new version")
            .isEqualTo(after.get().equals(step.before().get()));
      }
    }
  }

  @Property(tries = 50)
  void runningASequenceTwiceGivesTheSameSteps(@ForAll OperationSequence sequence) {
    Seq<String> first = sequence.run().map(OperationSequenceProperties::describe);
    Seq<String> second = sequence.run().map(OperationSequenceProperties::describe);

    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 200)
  @StatisticsReport(StatisticsReportMode.OFF)
  void sequencesReachSuccessesAndRefusalsOfEveryKind(@ForAll OperationSequence sequence) {
    for (OperationSequence.Step step : sequence.run()) {
      Statistics.collect(step.outcome().fold(CognitoError::cognitoError, ok -> "ok"));
    }
    Statistics.coverage(c -> {
      for (String outcome : List.of("ok", "NotAuthorizedException", "InvalidPasswordException", "PasswordHistoryPolicyViolationException",
          "UserNotFoundException", "UsernameExistsException", "CodeMismatchException", "UserNotConfirmedException")) {
        c.check(outcome).count(n -> n > 0);
      }
    });
  }

  @Property(tries = 100)
  void printingASequenceNeverShowsAPassword(@ForAll OperationSequence sequence) {
    String printed = sequence.toString();
    for (OperationSequence.Step step : sequence.run()) {
      printed = printed + step;
    }
    // A broken password may be two characters such as "1]", which occur in any printout by chance;
    // the ones that satisfy the policy are at least six code points long.
    for (String password : passwordsOf(sequence).filter(p -> p.codePointCount(0, p.length()) >= 6)) {
      assertThat(printed).doesNotContain(password);
    }
  }

  @Example
  void shouldRunAHandWrittenSequence() {
    OperationSequence sequence = OperationSequence.of(PoolSpec.defaults().historySize(2), List.of("Passw0rd!", "N3w-Passw0rd!", "short"),
        List.of(new PoolOperation.AdminCreateUser("jane", 0),
            new PoolOperation.InitiateAuth("jane", 0),
            new PoolOperation.RespondToNewPasswordChallenge("jane", 0),
            new PoolOperation.RespondToNewPasswordChallenge("jane", 2),
            new PoolOperation.RespondToNewPasswordChallenge("jane", 1),
            new PoolOperation.InitiateAuth("jane", 1)));

    Seq<String> outcomes = sequence.run().map(s -> s.outcome().fold(CognitoError::cognitoError,
        ok -> ok instanceof User u ? u.status().name() : ok.getClass().getSimpleName()));

    assertThat(outcomes).containsExactly("FORCE_CHANGE_PASSWORD", "NewPasswordRequired", "PasswordHistoryPolicyViolationException",
        "InvalidPasswordException", "Authenticated", "Authenticated");
    assertThat(sequence.names()).containsExactly("jane");
  }

  private static String describe(OperationSequence.Step step) {
    return step.operation() + " " + step.outcome().fold(e -> e.cognitoError() + ": " + e.message(), ok -> ok.getClass().getSimpleName())
        + " " + step.after().map(u -> u.status() + "/" + u.enabled() + "/v" + u.version());
  }

  private static Seq<String> passwordsOf(OperationSequence sequence) {
    OperationSequence.Run run = new OperationSequence.Run(null, sequence);
    return List.range(0, OperationSequence.PASSWORDS).map(run::password);
  }

  /** A refusal the lockout records: a wrong password, or an attempt during a lockout. */
  private static boolean recorded(CognitoError error) {
    return error instanceof CognitoError.NotAuthorized n && (n.reason() == CognitoError.NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD
        || n.reason() == CognitoError.NotAuthorized.Reason.PASSWORD_ATTEMPTS_EXCEEDED);
  }

  /** The user without the lockout's bookkeeping (and at version 1). */
  private static User stripped(User u) {
    return User.builder().username(u.username()).sub(u.sub()).status(u.status()).enabled(u.enabled())
        .attributes(u.attributes()).password(u.password()).passwordHistory(u.passwordHistory())
        .pendingCode(u.pendingCode()).challenge(u.challenge()).creationDate(u.creationDate())
        .lastModifiedDate(u.lastModifiedDate()).version(1).build();
  }
}

package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.support.Fixtures;
import dev.userpool.user.AuthOutcome;
import dev.userpool.user.Authentication;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import dev.userpool.user.UserStatus;
import org.junit.jupiter.api.Test;

class StepTest {

  private static final UserEvent EVENT = new UserEvent.SignedIn(Fixtures.user(UserStatus.CONFIRMED).username(), Fixtures.T0);

  @Test
  void aSignInThatChangedNothingWritesNothingEvenWhenTheUserIsAnotherEqualObject() {
    User before = Fixtures.user(UserStatus.CONFIRMED);
    User equalCopy = Fixtures.user(UserStatus.CONFIRMED);
    assertThat(equalCopy).isNotSameAs(before).isEqualTo(before);

    Step<String> step = Step.authenticate(before, new Authentication(equalCopy, EVENT, new AuthOutcome.Authenticated()), "ok");

    assertThat(step).isEqualTo(new Step.Announce<>(EVENT, "ok"));
  }

  @Test
  void aSignInThatChangedTheUserSavesIt() {
    User before = Fixtures.user(UserStatus.CONFIRMED);
    User after = Fixtures.user(UserStatus.FORCE_CHANGE_PASSWORD);
    assertThat(after).isNotEqualTo(before);

    Step<String> step = Step.authenticate(before, new Authentication(after, EVENT, new AuthOutcome.Authenticated()), "ok");

    assertThat(step.<User>fold(Step.Save::after, d -> null, a -> null)).isEqualTo(after);
  }
}

package dev.userpool.user;

import java.util.Objects;

/** The result of a successful sign-in or challenge answer: the user afterwards, the event and the outcome. */
public record Authentication(User after, UserEvent event, AuthOutcome outcome) {

  public Authentication {
    Objects.requireNonNull(after, "after is null");
    Objects.requireNonNull(event, "event is null");
    Objects.requireNonNull(outcome, "outcome is null");
  }
}

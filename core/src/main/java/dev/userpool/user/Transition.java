package dev.userpool.user;

import io.vavr.control.Option;
import java.util.Objects;

/** The result of a successful decision: the user afterwards, what happened, and a message to send, if any. */
public record Transition(User after, UserEvent event, Option<Message> message) {

  public Transition {
    Objects.requireNonNull(after, "after is null");
    Objects.requireNonNull(event, "event is null");
    Objects.requireNonNull(message, "message is null");
  }

  /** A transition that sends nothing. */
  public static Transition of(User after, UserEvent event) {
    return new Transition(after, event, Option.none());
  }
}

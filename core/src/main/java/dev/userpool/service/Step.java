package dev.userpool.service;

import dev.userpool.user.Authentication;
import dev.userpool.user.Message;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;

/** What a decision asks the store to do (save, delete, or nothing), what it announces, and what the caller gets. */
sealed interface Step<T> {

  /** The event to publish once the store has done its part. */
  UserEvent event();

  /** What the caller gets. */
  T result();

  /** One function per kind of step, so callers need no instanceof chain. */
  <R> R fold(Function<Save<T>, R> onSave, Function<Delete<T>, R> onDelete, Function<Announce<T>, R> onAnnounce);

  /** This step with {@code f} applied to what the caller gets. */
  default <R> Step<R> map(Function<T, R> f) {
    return fold(s -> new Save<>(s.after(), s.message(), s.event(), f.apply(s.result())),
        d -> new Delete<>(d.user(), d.event(), f.apply(d.result())), a -> new Announce<>(a.event(), f.apply(a.result())));
  }

  /** Save the user as it is after the decision, then deliver the message if any. */
  record Save<T>(User after, Option<Message> message, UserEvent event, T result) implements Step<T> {
    @Override
    public <R> R fold(Function<Save<T>, R> onSave, Function<Delete<T>, R> onDelete, Function<Announce<T>, R> onAnnounce) {
      return onSave.apply(this);
    }
  }

  /** Delete the user as loaded. */
  record Delete<T>(User user, UserEvent event, T result) implements Step<T> {
    @Override
    public <R> R fold(Function<Save<T>, R> onSave, Function<Delete<T>, R> onDelete, Function<Announce<T>, R> onAnnounce) {
      return onDelete.apply(this);
    }
  }

  /** Nothing to write (a sign-in that changed nothing); only the event. */
  record Announce<T>(UserEvent event, T result) implements Step<T> {
    @Override
    public <R> R fold(Function<Save<T>, R> onSave, Function<Delete<T>, R> onDelete, Function<Announce<T>, R> onAnnounce) {
      return onAnnounce.apply(this);
    }
  }

  /** Save a transition; the caller gets the user afterwards. */
  static Step<User> saveAfter(Transition t) {
    return new Save<>(t.after(), t.message(), t.event(), t.after());
  }

  /** Save a transition; the caller gets {@code result}. */
  static <T> Step<T> save(Transition t, T result) {
    return new Save<>(t.after(), t.message(), t.event(), result);
  }

  /** Delete the user. */
  static Step<User> delete(User user, Instant now) {
    return new Delete<>(user, new UserEvent.UserDeleted(user.username(), now), user);
  }

  /** A sign-in: saved only when the user changed (by value, not by reference). */
  static <T> Step<T> authenticate(User before, Authentication a, T result) {
    return a.after().equals(before) ? new Announce<>(a.event(), result) : new Save<>(a.after(), Option.none(), a.event(), result);
  }
}

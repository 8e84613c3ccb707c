package dev.userpool.user;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.srp.SrpVerifier;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A user the user migration trigger brings into the pool (AWS developer guide, "Importing users with a user migration
 * Lambda trigger"): at sign-in with the password the user typed, which "will still be accepted" whatever the pool's
 * password policy says, in the status the function chose (CONFIRMED or RESET_REQUIRED); in the forgot-password flow
 * without a password, RESET_REQUIRED so that the reset code sets one (the library's reading: the guide says the user
 * "can then set a new password"). In a pool whose usernames are emails or phone numbers the stored username is the
 * sub, as for every user there; the attributes are the function's.
 */
public final class Migration {

  private Migration() {}

  /**
   * The migrated user, not yet stored (version 0, so that the store creates it).
   *
   * @param username the name the user typed (the stored username, unless the pool's usernames are contacts)
   * @param password the password typed at sign-in; none in the forgot-password flow
   * @param attributes the function's attributes
   * @param status CONFIRMED or RESET_REQUIRED
   * @throws IllegalArgumentException if {@code status} is another, or CONFIRMED without a password
   */
  public static Transition migrate(Username username, Option<Password> password, Attributes attributes, UserStatus status,
      Context ctx) {
    Objects.requireNonNull(username, "username is null");
    if (status != UserStatus.CONFIRMED && status != UserStatus.RESET_REQUIRED || status == UserStatus.CONFIRMED && password.isEmpty()) {
      throw new IllegalArgumentException("a migrated user is CONFIRMED with a password, or RESET_REQUIRED: " + status);
    }
    Sub sub = Sub.generate(ctx.randomness());
    Username stored = ctx.pool().usernamesAreContacts() ? new Username(sub.value()) : username;
    Instant now = ctx.now();
    Salt salt = Salt.random(ctx.randomness());
    Option<PasswordHash> hash = password.map(p -> ctx.hasher().hash(p, salt));
    User user = User.builder()
        .username(stored)
        .sub(sub)
        .status(status)
        .attributes(attributes)
        .password(password.map(p -> new CurrentPassword(hash.get(), now, PasswordKind.PERMANENT,
            Option.some(SrpVerifier.compute(ctx.pool().id().poolName(), stored.value(), p, ctx.randomness())))))
        .passwordHistory(hash.map(h -> PasswordHistory.start(salt).record(h, ctx.pool().passwordPolicy().passwordHistorySize()))
            .getOrElse(PasswordHistory.start(salt)))
        .creationDate(now)
        .lastModifiedDate(now)
        .build();
    return Transition.of(user, new UserEvent.UserCreated(user.username(), now));
  }
}

package dev.userpool.testkit.jqwik;

import dev.userpool.user.Attributes;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;

/** Copies of a user with one thing changed, as a store adapter would see successive writes; for the contracts. */
final class UserCopies {

  private UserCopies() {}

  static User withVersion(User u, long version) {
    return copy(u, u.username(), u.sub(), u.attributes(), version);
  }

  static User withAttributes(User u, Attributes attributes, long version) {
    return copy(u, u.username(), u.sub(), attributes, version);
  }

  static User withUsername(User u, Username username) {
    return copy(u, username, u.sub(), u.attributes(), u.version());
  }

  static User withSub(User u, Sub sub) {
    return copy(u, u.username(), sub, u.attributes(), u.version());
  }

  /** The user with another username, attributes, status, enabled flag and version: a write as ListUsers' filters see it. */
  static User withSearchable(User u, Username username, Attributes attributes, UserStatus status, boolean enabled, long version) {
    return copy(u, username, u.sub(), attributes, status, enabled, version);
  }

  private static User copy(User u, Username username, Sub sub, Attributes attributes, long version) {
    return copy(u, username, sub, attributes, u.status(), u.enabled(), version);
  }

  private static User copy(User u, Username username, Sub sub, Attributes attributes, UserStatus status, boolean enabled, long version) {
    return User.builder()
        .username(username)
        .sub(sub)
        .status(status)
        .enabled(enabled)
        .attributes(attributes)
        .password(u.password())
        .passwordHistory(u.passwordHistory())
        .pendingCode(u.pendingCode())
        .challenge(u.challenge())
        .creationDate(u.creationDate())
        .lastModifiedDate(u.lastModifiedDate())
        .version(version)
        .build();
  }
}

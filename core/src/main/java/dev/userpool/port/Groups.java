package dev.userpool.port;

import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Sub;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Storage port for groups and memberships, for every pool; adapters must pass the testkit's
 * {@code GroupsContract}.
 *
 * <p>Group writes are conditional as for users: a group of version 1 is inserted only if no group of
 * that pool has its name (else {@link StoreConflict.VersionMismatch}), any other version replaces the
 * stored one only if that has version {@code group.version() - 1}. A membership links a group to a user's
 * {@code sub}; adding one twice or removing an absent one changes nothing. Deleting a group removes its
 * memberships in the same step.
 */
public interface Groups {

  /** The group of {@code pool} named {@code name}. */
  Option<Group> find(UserPoolId pool, GroupName name);

  /**
   * Inserts or replaces {@code group}, or says why not.
   *
   * @return the saved group, or a {@link StoreConflict.VersionMismatch}
   */
  Either<StoreConflict, Group> save(Group group);

  /** Removes {@code group} and its memberships if the stored group still has its version. */
  Either<StoreConflict, Group> delete(Group group);

  /** Up to {@code limit} groups of {@code pool} ordered by name, after {@code after} if given. */
  Seq<Group> list(UserPoolId pool, Option<GroupName> after, int limit);

  /**
   * Makes {@code user} a member of the group {@code name} of {@code pool}, if that group exists.
   *
   * @return false when there is no such group
   */
  boolean addMember(UserPoolId pool, GroupName name, Sub user);

  /** Ends {@code user}'s membership of the group {@code name} of {@code pool}, if there is one. */
  void removeMember(UserPoolId pool, GroupName name, Sub user);

  /** Up to {@code limit} members of the group {@code name} of {@code pool}, ordered by sub, after {@code after}. */
  Seq<Sub> members(UserPoolId pool, GroupName name, Option<Sub> after, int limit);

  /** Every group of {@code pool} that {@code user} belongs to, ordered by name. */
  Seq<Group> groupsOf(UserPoolId pool, Sub user);

  /** Ends every membership of {@code user} in {@code pool} (the user was deleted). */
  void removeUser(UserPoolId pool, Sub user);

  /** Removes every group and membership of {@code pool} (the pool was deleted). */
  void removePool(UserPoolId pool);
}

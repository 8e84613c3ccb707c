package dev.userpool.testkit.store;

import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Groups;
import dev.userpool.port.StoreConflict;
import dev.userpool.user.Sub;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups and memberships of every pool, in memory. Groups are few and change rarely, so one lock guards
 * them all: every method is atomic, and deleting a group removes its memberships in the same step.
 */
public final class InMemoryGroups implements Groups {

  /** A pool's groups by name, and each group's members by sub. */
  private static final class PoolGroups {
    final TreeMap<GroupName, Group> groups = new TreeMap<>();
    final Map<GroupName, TreeSet<String>> members = new HashMap<>();
  }

  private final Map<UserPoolId, PoolGroups> pools = new HashMap<>();

  @Override
  public synchronized Option<Group> find(UserPoolId pool, GroupName name) {
    Objects.requireNonNull(name, "name is null");
    return Option.of(pool(pool).groups.get(name));
  }

  @Override
  public synchronized Either<StoreConflict, Group> save(Group group) {
    Objects.requireNonNull(group, "group is null");
    PoolGroups p = pool(group.poolId());
    Group stored = p.groups.get(group.name());
    long expected = group.version() - 1;
    if (stored == null ? expected != 0 : stored.version() != expected) {
      return Either.left(new StoreConflict.VersionMismatch());
    }
    p.groups.put(group.name(), group);
    p.members.computeIfAbsent(group.name(), n -> new TreeSet<>());
    return Either.right(group);
  }

  @Override
  public synchronized Either<StoreConflict, Group> delete(Group group) {
    Objects.requireNonNull(group, "group is null");
    PoolGroups p = pool(group.poolId());
    Group stored = p.groups.get(group.name());
    if (stored == null || stored.version() != group.version()) {
      return Either.left(new StoreConflict.VersionMismatch());
    }
    p.groups.remove(group.name());
    p.members.remove(group.name());
    return Either.right(group);
  }

  @Override
  public synchronized Seq<Group> list(UserPoolId pool, Option<GroupName> after, int limit) {
    Objects.requireNonNull(after, "after is null");
    TreeMap<GroupName, Group> groups = pool(pool).groups;
    Map<GroupName, Group> tail = after.isDefined() ? groups.tailMap(after.get(), false) : groups;
    return List.ofAll(tail.values()).take(Math.max(0, limit));
  }

  @Override
  public synchronized boolean addMember(UserPoolId pool, GroupName name, Sub user) {
    Objects.requireNonNull(user, "user is null");
    TreeSet<String> members = pool(pool).members.get(Objects.requireNonNull(name, "name is null"));
    if (members == null) {
      return false;
    }
    members.add(user.value());
    return true;
  }

  @Override
  public synchronized void removeMember(UserPoolId pool, GroupName name, Sub user) {
    Objects.requireNonNull(user, "user is null");
    TreeSet<String> members = pool(pool).members.get(Objects.requireNonNull(name, "name is null"));
    if (members != null) {
      members.remove(user.value());
    }
  }

  @Override
  public synchronized Seq<Sub> members(UserPoolId pool, GroupName name, Option<Sub> after, int limit) {
    Objects.requireNonNull(after, "after is null");
    TreeSet<String> members = pool(pool).members.get(Objects.requireNonNull(name, "name is null"));
    if (members == null) {
      return List.empty();
    }
    SortedSet<String> tail = after.isDefined() ? members.tailSet(after.get().value(), false) : members;
    return List.ofAll(tail).take(Math.max(0, limit)).map(Sub::new);
  }

  @Override
  public synchronized Seq<Group> groupsOf(UserPoolId pool, Sub user) {
    Objects.requireNonNull(user, "user is null");
    PoolGroups p = pool(pool);
    return List.ofAll(p.groups.values()).filter(g -> p.members.get(g.name()).contains(user.value()));
  }

  @Override
  public synchronized void removeUser(UserPoolId pool, Sub user) {
    Objects.requireNonNull(user, "user is null");
    pool(pool).members.values().forEach(m -> m.remove(user.value()));
  }

  @Override
  public synchronized void removePool(UserPoolId pool) {
    pools.remove(Objects.requireNonNull(pool, "pool is null"));
  }

  private PoolGroups pool(UserPoolId pool) {
    return pools.computeIfAbsent(Objects.requireNonNull(pool, "pool is null"), p -> new PoolGroups());
  }
}

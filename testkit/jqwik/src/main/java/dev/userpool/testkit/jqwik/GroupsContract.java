package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The contract every adapter of the {@link Groups} port must pass, as a jqwik contract: implement it in a
 * test class and return a new, empty store from {@link #subject()}.
 *
 * <p>What it pins: a saved group is found by pool and name, and only in its pool; writes are conditional
 * (version 1 inserts only when the name is free in the pool, version n replaces only version n - 1); a
 * refused write changes nothing; delete checks the version and takes the group's memberships with it;
 * {@code list} returns a pool's groups in {@link String#compareTo} order of their names, {@code limit} at a
 * time, after a given name; memberships need an existing group, are idempotent, list in order of the sub's
 * text, and go with {@code removeUser} and {@code removePool}.
 */
public interface GroupsContract {

  /** A new, empty store; called once per try. */
  Groups subject();

  UserPoolId POOL = new UserPoolId("us-east-1_Contract1");
  UserPoolId OTHER_POOL = new UserPoolId("eu-west-1_Contract2");
  Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  // -- arbitraries

  /** Group names: short ones that collide, and the odd long one with symbols. */
  @Provide
  default Arbitrary<GroupName> groupNames() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> wide = Arbitraries.strings().withChars("Aaz09_-.+@é€").ofMinLength(1).ofMaxLength(128);
    return Arbitraries.oneOf(plain, wide).map(GroupName::new);
  }

  /** Groups of {@link #POOL} at version 1, with or without description, role and precedence. */
  @Provide
  default Arbitrary<Group> groups() {
    return Combinators.combine(groupNames(),
        Arbitraries.strings().ofMaxLength(20).optional(),
        Arbitraries.of("arn:aws:iam::123456789012:role/a", "arn:aws:iam::123456789012:role/b").optional(),
        Arbitraries.integers().between(0, Integer.MAX_VALUE).optional())
        .as((name, d, r, p) -> Group.create(POOL, name, Option.ofOptional(d), Option.ofOptional(r),
            Option.ofOptional(p), NOW));
  }

  /** Up to 12 distinct group names. */
  @Provide
  default Arbitrary<Seq<GroupName>> nameLists() {
    return groupNames().list().uniqueElements().ofMaxSize(12).map(List::ofAll);
  }

  /** Up to 10 distinct subs. */
  @Provide
  default Arbitrary<Seq<Sub>> subLists() {
    return subs().list().uniqueElements().ofMaxSize(10).map(List::ofAll);
  }

  /** Subs. */
  @Provide
  default Arbitrary<Sub> subs() {
    return CognitoDomain.anySub();
  }

  // -- groups

  /** A saved group is found in its pool, and not in another. */
  @Property
  default void aSavedGroupIsFoundInItsPoolOnly(@ForAll("groups") Group group) {
    Groups groups = subject();

    assertEquals(Either.right(group), groups.save(group));
    assertEquals(Option.some(group), groups.find(POOL, group.name()));
    assertEquals(Option.none(), groups.find(OTHER_POOL, group.name()));
    assertEquals(List.empty(), groups.list(OTHER_POOL, Option.none(), 60));
  }

  /** Inserting a name already taken in the pool conflicts and changes nothing. */
  @Property
  default void insertingATakenNameConflicts(@ForAll("groups") Group group, @ForAll("groups") Group other) {
    Groups groups = subject();
    groups.save(group);
    Group sameName = Group.create(POOL, group.name(), other.description(), other.roleArn(), other.precedence(), NOW);

    assertEquals(Either.left(new StoreConflict.VersionMismatch()), groups.save(sameName));
    assertEquals(Option.some(group), groups.find(POOL, group.name()));
  }

  /** Each write must follow the stored version; a stale write or a skipped version conflicts. */
  @Property
  default void eachWriteFollowsTheStoredVersion(@ForAll("groups") Group group, @ForAll @IntRange(min = 2, max = 8) int versions) {
    Groups groups = subject();
    assertEquals(Either.left(new StoreConflict.VersionMismatch()), groups.save(group.withVersion(2)), "insert at 2");
    Group current = group;
    assertEquals(Either.right(current), groups.save(current));
    for (int v = 2; v <= versions; v++) {
      Group next = current.update(Option.some("v" + v), Option.none(), Option.some(v), NOW.plusSeconds(v));
      assertEquals(Either.left(new StoreConflict.VersionMismatch()), groups.save(next.withVersion(v + 1)), "skip to " + (v + 1));
      assertEquals(Either.right(next), groups.save(next), "version " + v);
      assertEquals(Either.left(new StoreConflict.VersionMismatch()), groups.save(next), "stale " + v);
      current = next;
    }
    assertEquals(Option.some(current), groups.find(POOL, group.name()));
  }

  /** Delete checks the version, and removes the group with its memberships. */
  @Property
  default void deleteChecksTheVersionAndTakesTheMemberships(@ForAll("groups") Group group, @ForAll("subs") Sub user) {
    Groups groups = subject();
    groups.save(group);
    groups.addMember(POOL, group.name(), user);

    assertEquals(Either.left(new StoreConflict.VersionMismatch()), groups.delete(group.withVersion(2)), "stale delete");
    assertEquals(Option.some(group), groups.find(POOL, group.name()));
    assertEquals(Either.right(group), groups.delete(group));
    assertEquals(Option.none(), groups.find(POOL, group.name()));
    assertEquals(List.empty(), groups.groupsOf(POOL, user));
    assertEquals(Either.left(new StoreConflict.VersionMismatch()), groups.delete(group), "second delete");

    groups.save(group);
    assertEquals(List.empty(), groups.members(POOL, group.name(), Option.none(), 60), "a new group of the same name starts empty");
  }

  /** List pages through a pool's groups in name order. */
  @Property
  default void listPagesInNameOrder(@ForAll("nameLists") Seq<GroupName> names,
      @ForAll @IntRange(min = 1, max = 5) int limit) {
    Groups groups = subject();
    names.forEach(n -> groups.save(Group.create(POOL, n, Option.none(), Option.none(), Option.none(), NOW)));

    Seq<GroupName> seen = List.empty();
    Option<GroupName> after = Option.none();
    while (true) {
      Seq<Group> page = groups.list(POOL, after, limit);
      assertTrue(page.size() <= limit, "page size");
      if (page.isEmpty()) {
        break;
      }
      seen = seen.appendAll(page.map(Group::name));
      after = Option.some(page.last().name());
    }
    assertEquals(names.sortBy(GroupName::value), seen);
  }

  // -- memberships

  /** A member needs an existing group; adding twice is adding once; removing ends it. */
  @Property
  default void membershipsNeedAGroupAndAreIdempotent(@ForAll("groups") Group group, @ForAll("subs") Sub user) {
    Groups groups = subject();
    assertFalse(groups.addMember(POOL, group.name(), user), "no such group yet");
    groups.save(group);

    assertTrue(groups.addMember(POOL, group.name(), user));
    assertTrue(groups.addMember(POOL, group.name(), user));
    assertEquals(List.of(user), groups.members(POOL, group.name(), Option.none(), 60));
    assertEquals(List.of(group), groups.groupsOf(POOL, user));
    assertEquals(List.empty(), groups.groupsOf(OTHER_POOL, user));

    groups.removeMember(POOL, group.name(), user);
    groups.removeMember(POOL, group.name(), user);
    assertEquals(List.empty(), groups.members(POOL, group.name(), Option.none(), 60));
    assertEquals(List.empty(), groups.groupsOf(POOL, user));
  }

  /** Members page in order of the sub's text; a user's groups come in name order. */
  @Property
  default void membersPageInSubOrder(@ForAll("subLists") Seq<Sub> users,
      @ForAll @IntRange(min = 1, max = 4) int limit) {
    Groups groups = subject();
    Group a = Group.create(POOL, new GroupName("a"), Option.none(), Option.none(), Option.some(5), NOW);
    Group b = Group.create(POOL, new GroupName("b"), Option.none(), Option.none(), Option.some(1), NOW);
    groups.save(b);
    groups.save(a);
    users.forEach(u -> groups.addMember(POOL, b.name(), u));
    users.forEach(u -> groups.addMember(POOL, a.name(), u));

    Seq<Sub> seen = List.empty();
    Option<Sub> after = Option.none();
    while (true) {
      Seq<Sub> page = groups.members(POOL, a.name(), after, limit);
      assertTrue(page.size() <= limit, "page size");
      if (page.isEmpty()) {
        break;
      }
      seen = seen.appendAll(page);
      after = Option.some(page.last());
    }
    assertEquals(users.sortBy(Sub::value), seen);
    users.forEach(u -> assertEquals(List.of(a, b), groups.groupsOf(POOL, u)));
  }

  /** Removing a user ends all the user's memberships, and no one else's. */
  @Property
  default void removingAUserEndsItsMemberships(@ForAll("subs") Sub user, @ForAll("subs") Sub other) {
    Groups groups = subject();
    Group a = Group.create(POOL, new GroupName("a"), Option.none(), Option.none(), Option.none(), NOW);
    Group b = Group.create(POOL, new GroupName("b"), Option.none(), Option.none(), Option.none(), NOW);
    groups.save(a);
    groups.save(b);
    for (Sub s : List.of(user, other)) {
      groups.addMember(POOL, a.name(), s);
      groups.addMember(POOL, b.name(), s);
    }

    groups.removeUser(POOL, user);

    assertEquals(List.empty(), groups.groupsOf(POOL, user));
    if (!other.equals(user)) {
      assertEquals(List.of(a, b), groups.groupsOf(POOL, other));
    }
  }

  /** Removing a pool removes its groups and memberships, and leaves other pools alone. */
  @Property
  default void removingAPoolRemovesOnlyItsGroups(@ForAll("groups") Group group, @ForAll("subs") Sub user) {
    Groups groups = subject();
    Group elsewhere = Group.create(OTHER_POOL, group.name(), Option.none(), Option.none(), Option.none(), NOW);
    groups.save(group);
    groups.save(elsewhere);
    groups.addMember(POOL, group.name(), user);
    groups.addMember(OTHER_POOL, group.name(), user);

    groups.removePool(POOL);

    assertEquals(Option.none(), groups.find(POOL, group.name()));
    assertEquals(List.empty(), groups.groupsOf(POOL, user));
    assertEquals(Option.some(elsewhere), groups.find(OTHER_POOL, group.name()));
    assertEquals(List.of(elsewhere), groups.groupsOf(OTHER_POOL, user));
  }
}

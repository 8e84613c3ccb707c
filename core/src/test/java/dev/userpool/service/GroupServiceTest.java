package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Groups;
import dev.userpool.port.StoreConflict;
import dev.userpool.service.GroupService.AdminListGroupsForUser;
import dev.userpool.service.GroupService.CreateGroup;
import dev.userpool.service.GroupService.GroupRequest;
import dev.userpool.service.GroupService.ListGroups;
import dev.userpool.service.GroupService.ListUsersInGroup;
import dev.userpool.service.GroupService.MembershipRequest;
import dev.userpool.service.GroupService.UpdateGroup;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.Naming;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GroupServiceTest {

  private final SimpleUserPools pools = new SimpleUserPools();
  private final SimpleGroups groups = new SimpleGroups();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final GroupService service = new GroupService(pools, groups, op -> true, clock);
  private final UserPool pool = Fixtures.pool(PasswordPolicy.cognitoDefault());
  private final String poolId = pool.id().value();
  private final User jane = Fixtures.user(UserStatus.CONFIRMED);

  GroupServiceTest() {
    pools.save(pool);
    pools.users(pool.id()).save(jane, Naming.of(pool).keysOf(jane));
  }

  private Group create(String name, Integer precedence) {
    return service.createGroup(new CreateGroup(poolId, name, null, null, precedence)).get();
  }

  @Test
  void shouldAnswerInternalErrorKeepingTheCauseWhenAPortThrows() {
    GroupService failing = new GroupService(pools, groups, op -> {
      throw new IllegalStateException("limiter down");
    }, clock);

    CognitoError error = failing.createGroup(new CreateGroup(poolId, "admins", null, null, null)).getLeft();

    assertThat(error).isInstanceOfSatisfying(CognitoError.InternalError.class,
        internal -> assertThat(internal.cause().map(Throwable::getMessage)).containsExactly("limiter down"));
  }

  @Test
  void shouldCreateAGroupWithEveryMember() {
    Group group = service.createGroup(new CreateGroup(poolId, "admins", "Administrators",
        "arn:aws:iam::123456789012:role/admins", 3)).get();

    assertThat(group.name()).isEqualTo(new GroupName("admins"));
    assertThat(group.description()).contains("Administrators");
    assertThat(group.roleArn()).contains("arn:aws:iam::123456789012:role/admins");
    assertThat(group.precedence()).contains(3);
    assertThat(group.creationDate()).isEqualTo(Fixtures.T0);
    assertThat(service.getGroup(new GroupRequest(poolId, "admins"))).isEqualTo(Either.right(group));
  }

  @Test
  void shouldRefuseASecondGroupOfTheSameName() {
    Group first = create("admins", 1);

    assertThat(message(service.createGroup(new CreateGroup(poolId, "admins", "other", null, 2))))
        .isEqualTo("GroupExistsException: A group with the name admins already exists.");
    assertThat(service.getGroup(new GroupRequest(poolId, "admins"))).isEqualTo(Either.right(first));
  }

  @Test
  void shouldValidateEveryMemberInOrder() {
    assertThat(message(service.createGroup(new CreateGroup("bad", "with space", "x".repeat(2049), "arn:short", -1))))
        .isEqualTo("InvalidParameterException: 6 validation errors detected: "
            + "Value 'bad' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "[\\w-]+_[0-9a-zA-Z]+; "
            + "Value 'with space' at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+; "
            + "Value '" + "x".repeat(2049)
            + "' at 'description' failed to satisfy constraint: Member must have length less than or equal to 2048; "
            + "Value 'arn:short' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20; "
            + "Value 'arn:short' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + Group.ARN_PATTERN + "; "
            + "Value '-1' at 'precedence' failed to satisfy constraint: Member must have value greater than or equal to 0");
    assertThat(message(service.getGroup(new GroupRequest(poolId, null))))
        .isEqualTo("InvalidParameterException: 1 validation error detected: Value null at 'groupName' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void shouldSayWhichPoolOrGroupIsMissing() {
    assertThat(message(service.getGroup(new GroupRequest("us-east-1_NOPE", "admins"))))
        .isEqualTo("ResourceNotFoundException: User pool us-east-1_NOPE does not exist.");
    assertThat(message(service.getGroup(new GroupRequest(poolId, "admins")))).isEqualTo("ResourceNotFoundException: Group not found.");
    assertThat(message(service.deleteGroup(new GroupRequest(poolId, "admins")))).isEqualTo("ResourceNotFoundException: Group not found.");
    assertThat(message(service.updateGroup(new UpdateGroup(poolId, "admins", "d", null, null))))
        .isEqualTo("ResourceNotFoundException: Group not found.");
  }

  @Test
  void shouldUpdateOnlyTheMembersGiven() {
    service.createGroup(new CreateGroup(poolId, "admins", "Administrators", "arn:aws:iam::123456789012:role/admins", 3));
    clock.advance(Duration.ofMinutes(1));

    Group updated = service.updateGroup(new UpdateGroup(poolId, "admins", null, null, 0)).get();

    assertThat(updated.description()).contains("Administrators");
    assertThat(updated.roleArn()).contains("arn:aws:iam::123456789012:role/admins");
    assertThat(updated.precedence()).contains(0);
    assertThat(updated.lastModifiedDate()).isEqualTo(Fixtures.T0.plusSeconds(60));
    assertThat(service.getGroup(new GroupRequest(poolId, "admins"))).isEqualTo(Either.right(updated));
  }

  @Test
  void shouldAddAndRemoveMembersIdempotently() {
    create("admins", 1);
    MembershipRequest add = new MembershipRequest(poolId, "jane", "admins");

    assertThat(service.adminAddUserToGroup(add).isRight()).isTrue();
    assertThat(service.adminAddUserToGroup(add).isRight()).isTrue();
    assertThat(groups.members(pool.id(), new GroupName("admins"), Option.none(), 60)).containsExactly(jane.sub());

    assertThat(service.adminRemoveUserFromGroup(add).isRight()).isTrue();
    assertThat(service.adminRemoveUserFromGroup(add).isRight()).isTrue();
    assertThat(groups.members(pool.id(), new GroupName("admins"), Option.none(), 60)).isEmpty();
  }

  @Test
  void shouldFindTheUserBeforeTheGroup() {
    assertThat(message(service.adminAddUserToGroup(new MembershipRequest(poolId, "nobody", "nogroup"))))
        .isEqualTo("UserNotFoundException: User does not exist.");
    assertThat(message(service.adminAddUserToGroup(new MembershipRequest(poolId, "jane", "nogroup"))))
        .isEqualTo("ResourceNotFoundException: Group not found.");
    assertThat(message(service.adminListGroupsForUser(new AdminListGroupsForUser(poolId, "nobody", null, null))))
        .isEqualTo("UserNotFoundException: User does not exist.");
    assertThat(message(service.listUsersInGroup(new ListUsersInGroup(poolId, "nogroup", null, null))))
        .isEqualTo("ResourceNotFoundException: Group not found.");
  }

  @Test
  void shouldFindAMemberByTheirSubToo() {
    create("admins", 1);

    assertThat(service.adminAddUserToGroup(new MembershipRequest(poolId, jane.sub().value(), "admins")).isRight()).isTrue();
    assertThat(service.listUsersInGroup(new ListUsersInGroup(poolId, "admins", null, null)).get().users()).containsExactly(jane);
  }

  @Test
  void shouldDeleteAGroupWithItsMemberships() {
    create("admins", 1);
    service.adminAddUserToGroup(new MembershipRequest(poolId, "jane", "admins"));

    assertThat(service.deleteGroup(new GroupRequest(poolId, "admins")).isRight()).isTrue();
    create("admins", 1);

    assertThat(service.adminListGroupsForUser(new AdminListGroupsForUser(poolId, "jane", null, null)).get().groups()).isEmpty();
  }

  @Test
  void shouldPageThroughGroupsByName() {
    List.of("e", "b", "d", "a", "c").forEach(n -> create(n, null));

    GroupService.GroupPage first = service.listGroups(new ListGroups(poolId, 2, null)).get();
    GroupService.GroupPage second = service.listGroups(new ListGroups(poolId, 2, first.nextToken().get())).get();
    GroupService.GroupPage third = service.listGroups(new ListGroups(poolId, 2, second.nextToken().get())).get();

    assertThat(first.groups().map(g -> g.name().value())).containsExactly("a", "b");
    assertThat(second.groups().map(g -> g.name().value())).containsExactly("c", "d");
    assertThat(third.groups().map(g -> g.name().value())).containsExactly("e");
    assertThat(third.nextToken()).isEmpty();
    assertThat(service.listGroups(new ListGroups(poolId, null, null)).get().groups()).hasSize(5);
    assertThat(message(service.listGroups(new ListGroups(poolId, 61, null))))
        .isEqualTo("InvalidParameterException: 1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: "
            + "Member must have value less than or equal to 60");
    assertThat(message(service.listGroups(new ListGroups(poolId, 2, "!!!"))))
        .isEqualTo("InvalidParameterException: Invalid pagination token.");
  }

  @Test
  void shouldPageThroughAUsersGroupsAndAGroupsUsers() {
    List.of("c", "a", "b").forEach(n -> {
      create(n, null);
      service.adminAddUserToGroup(new MembershipRequest(poolId, "jane", n));
    });
    Seq<User> others = List.range(0, 3).map(i -> {
      User u = User.builder().username(new Username("u" + i)).sub(Sub.generate(Fixtures.seeded(100 + i)))
          .status(UserStatus.CONFIRMED).passwordHistory(jane.passwordHistory()).creationDate(Fixtures.T0)
          .lastModifiedDate(Fixtures.T0).build();
      pools.users(pool.id()).save(u, Naming.of(pool).keysOf(u));
      service.adminAddUserToGroup(new MembershipRequest(poolId, "u" + i, "a"));
      return u;
    });

    GroupService.GroupPage mine = service.adminListGroupsForUser(new AdminListGroupsForUser(poolId, "jane", 2, null)).get();
    GroupService.GroupPage rest = service.adminListGroupsForUser(new AdminListGroupsForUser(poolId, "jane", 2,
        mine.nextToken().get())).get();
    assertThat(mine.groups().map(g -> g.name().value())).containsExactly("a", "b");
    assertThat(rest.groups().map(g -> g.name().value())).containsExactly("c");

    GroupService.UserPage members = service.listUsersInGroup(new ListUsersInGroup(poolId, "a", 3, null)).get();
    GroupService.UserPage more = service.listUsersInGroup(new ListUsersInGroup(poolId, "a", 3, members.nextToken().get())).get();
    assertThat(members.users().appendAll(more.users())).containsExactlyInAnyOrderElementsOf(others.append(jane));
    assertThat(members.users().appendAll(more.users()).map(u -> u.sub().value()).toJavaList()).isSorted();
    assertThat(more.nextToken()).isEmpty();
  }

  @Test
  void shouldAnswerTooManyRequestsWhenTheRateLimitSaysNo() {
    GroupService limited = new GroupService(pools, groups, op -> false, clock);

    assertThat(message(limited.createGroup(new CreateGroup(poolId, "admins", null, null, null))))
        .isEqualTo("TooManyRequestsException: Rate exceeded");
    assertThat(groups.find(pool.id(), new GroupName("admins"))).isEmpty();
  }

  @Test
  void shouldGiveUpAGroupWriteThatLosesEveryRaceAfterMaxAttempts() {
    create("admins", 1);
    LosingGroups losing = new LosingGroups(groups);
    GroupService racing = new GroupService(pools, losing, op -> true, clock);

    var update = racing.updateGroup(new UpdateGroup(poolId, "admins", "d", null, null));
    var delete = racing.deleteGroup(new GroupRequest(poolId, "admins"));

    assertThat(message(update)).isEqualTo("InternalErrorException: Internal server error.");
    assertThat(message(delete)).isEqualTo("InternalErrorException: Internal server error.");
    assertThat(losing.refused).isEqualTo(2 * UserPoolService.MAX_ATTEMPTS);
    assertThat(groups.find(pool.id(), new GroupName("admins")).get().description()).isEmpty();
  }

  /** Groups where another writer wins every race of a group write, counting the writes it refused. */
  private static final class LosingGroups implements Groups {
    private final Groups delegate;
    int refused;

    LosingGroups(Groups delegate) {
      this.delegate = delegate;
    }

    @Override
    public Option<Group> find(UserPoolId pool, GroupName name) {
      return delegate.find(pool, name);
    }

    @Override
    public Either<StoreConflict, Group> save(Group group) {
      refused++;
      return Either.left(new StoreConflict.VersionMismatch());
    }

    @Override
    public Either<StoreConflict, Group> delete(Group group) {
      refused++;
      return Either.left(new StoreConflict.VersionMismatch());
    }

    @Override
    public Seq<Group> list(UserPoolId pool, Option<GroupName> after, int limit) {
      return delegate.list(pool, after, limit);
    }

    @Override
    public boolean addMember(UserPoolId pool, GroupName name, Sub user) {
      return delegate.addMember(pool, name, user);
    }

    @Override
    public void removeMember(UserPoolId pool, GroupName name, Sub user) {
      delegate.removeMember(pool, name, user);
    }

    @Override
    public Seq<Sub> members(UserPoolId pool, GroupName name, Option<Sub> after, int limit) {
      return delegate.members(pool, name, after, limit);
    }

    @Override
    public Seq<Group> groupsOf(UserPoolId pool, Sub user) {
      return delegate.groupsOf(pool, user);
    }

    @Override
    public void removeUser(UserPoolId pool, Sub user) {
      delegate.removeUser(pool, user);
    }

    @Override
    public void removePool(UserPoolId pool) {
      delegate.removePool(pool);
    }
  }
}

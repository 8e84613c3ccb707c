package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.ServiceErrors.GroupExists;
import dev.userpool.error.ServiceErrors.GroupNotFound;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.ResourceNotFound;
import dev.userpool.error.CognitoError.UserNotFound;
import dev.userpool.error.Operation;
import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Groups;
import dev.userpool.port.RateLimits;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The group operations: CreateGroup, GetGroup, ListGroups, UpdateGroup, DeleteGroup, AdminAddUserToGroup,
 * AdminRemoveUserFromGroup, AdminListGroupsForUser and ListUsersInGroup. Each validates its request as AWS
 * does (every member violation, in member order), then finds the pool ({@code ResourceNotFoundException:
 * User pool <id> does not exist.}), then the user ({@code UserNotFoundException: User does not exist.}),
 * then the group ({@code ResourceNotFoundException: Group not found.}), and only then changes anything. Lists
 * hold up to {@code Limit} entries (1..60; absent or 0 means 60) and a {@code NextToken} when more may follow.
 */
public final class GroupService {

  /** The most entries a page holds, and the size of a page when Limit is absent or 0. */
  public static final int MAX_PAGE = 60;

  private static final int MAX_ATTEMPTS = UserPoolService.MAX_ATTEMPTS;

  /** The {@code nextToken} member ({@code PaginationKey}). */
  static final StringMember NEXT_TOKEN = StringMember.plain("nextToken").length(1, 131072).pattern("[\\S]+");

  private final UserPools pools;
  private final Groups groups;
  private final Guard guard;
  private final Clock clock;

  /**
   * The operations over {@code pools} and {@code groups}, timed by {@code clock}.
   *
   * @throws NullPointerException if an argument is null
   */
  public GroupService(UserPools pools, Groups groups, RateLimits rateLimits, Clock clock) {
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.groups = Objects.requireNonNull(groups, "groups is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
    this.clock = Objects.requireNonNull(clock, "clock is null");
  }

  // -- requests, as they arrive (raw members, null when absent)

  /** CreateGroup's request. */
  public record CreateGroup(String userPoolId, String groupName, String description, String roleArn, Integer precedence) {}

  /** UpdateGroup's request. */
  public record UpdateGroup(String userPoolId, String groupName, String description, String roleArn, Integer precedence) {}

  /** A request naming a group: GetGroup, DeleteGroup. */
  public record GroupRequest(String userPoolId, String groupName) {}

  /** ListGroups' request. */
  public record ListGroups(String userPoolId, Integer limit, String nextToken) {}

  /** A request naming a user and a group: AdminAddUserToGroup, AdminRemoveUserFromGroup. */
  public record MembershipRequest(String userPoolId, String username, String groupName) {}

  /** AdminListGroupsForUser's request. */
  public record AdminListGroupsForUser(String userPoolId, String username, Integer limit, String nextToken) {}

  /** ListUsersInGroup's request. */
  public record ListUsersInGroup(String userPoolId, String groupName, Integer limit, String nextToken) {}

  /** A page of groups and the token of the next one, if more may follow. */
  public record GroupPage(Seq<Group> groups, Option<String> nextToken) {}

  /** A page of users and the token of the next one, if more may follow. */
  public record UserPage(Seq<User> users, Option<String> nextToken) {}

  // -- operations

  /** CreateGroup: a new group, or {@code GroupExistsException} when the pool has one of that name. */
  public Either<CognitoError, Group> createGroup(CreateGroup r) {
    return guarded(Operation.CREATE_GROUP, () -> valid(poolId(r.userPoolId()).appendAll(groupName(r.groupName()))
        .appendAll(details(r.description(), r.roleArn(), r.precedence())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> {
          GroupName name = new GroupName(r.groupName());
          Group group = Group.create(pool.id(), name, Option.of(r.description()), Option.of(r.roleArn()),
              Option.of(r.precedence()), clock.instant());
          return groups.save(group).mapLeft(conflict -> new GroupExists(name.value()));
        }));
  }

  /** GetGroup. */
  public Either<CognitoError, Group> getGroup(GroupRequest r) {
    return guarded(Operation.GET_GROUP, () -> valid(poolId(r.userPoolId()).appendAll(groupName(r.groupName())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> group(pool, r.groupName())));
  }

  /** UpdateGroup: each member given replaces the group's; each member absent keeps it. */
  public Either<CognitoError, Group> updateGroup(UpdateGroup r) {
    return guarded(Operation.UPDATE_GROUP, () -> valid(poolId(r.userPoolId()).appendAll(groupName(r.groupName()))
        .appendAll(details(r.description(), r.roleArn(), r.precedence())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> retry(() -> group(pool, r.groupName()).map(g -> g.update(Option.of(r.description()),
            Option.of(r.roleArn()), Option.of(r.precedence()), clock.instant())), groups::save)));
  }

  /** DeleteGroup: the group and its memberships. */
  public Either<CognitoError, Group> deleteGroup(GroupRequest r) {
    return guarded(Operation.DELETE_GROUP, () -> valid(poolId(r.userPoolId()).appendAll(groupName(r.groupName())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> retry(() -> group(pool, r.groupName()), groups::delete)));
  }

  /** ListGroups, ordered by name. */
  public Either<CognitoError, GroupPage> listGroups(ListGroups r) {
    return guarded(Operation.LIST_GROUPS, () -> valid(poolId(r.userPoolId()).appendAll(paging(r.limit(), r.nextToken())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> decode(r.nextToken(), GroupName.MEMBER::accepts).map(after -> {
          int limit = limit(r.limit());
          Seq<Group> page = groups.list(pool.id(), after.map(GroupName::new), limit);
          return new GroupPage(page, next(page, limit, g -> g.name().value()));
        })));
  }

  /** AdminAddUserToGroup; adding a member again changes nothing. */
  public Either<CognitoError, Group> adminAddUserToGroup(MembershipRequest r) {
    return membership(Operation.ADMIN_ADD_USER_TO_GROUP, r, (pool, user,
        group) -> groups.addMember(pool.id(), group.name(), user.sub()) ? Either.right(group) : Either.left(new GroupNotFound()));
  }

  /** AdminRemoveUserFromGroup; removing a non-member changes nothing. */
  public Either<CognitoError, Group> adminRemoveUserFromGroup(MembershipRequest r) {
    return membership(Operation.ADMIN_REMOVE_USER_FROM_GROUP, r, (pool, user, group) -> {
      groups.removeMember(pool.id(), group.name(), user.sub());
      return Either.right(group);
    });
  }

  /** AdminListGroupsForUser, ordered by name. */
  public Either<CognitoError, GroupPage> adminListGroupsForUser(AdminListGroupsForUser r) {
    return guarded(Operation.ADMIN_LIST_GROUPS_FOR_USER, () -> valid(poolId(r.userPoolId())
        .appendAll(Username.MEMBER.check(r.username())).appendAll(paging(r.limit(), r.nextToken())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> user(pool, r.username()).flatMap(user -> decode(r.nextToken(), GroupName.MEMBER::accepts).map(after -> {
          int limit = limit(r.limit());
          Seq<Group> page = groups.groupsOf(pool.id(), user.sub())
              .filter(g -> after.isEmpty() || g.name().value().compareTo(after.get()) > 0).take(limit);
          return new GroupPage(page, next(page, limit, g -> g.name().value()));
        }))));
  }

  /** ListUsersInGroup, ordered by the users' subs. */
  public Either<CognitoError, UserPage> listUsersInGroup(ListUsersInGroup r) {
    return guarded(Operation.LIST_USERS_IN_GROUP, () -> valid(poolId(r.userPoolId()).appendAll(groupName(r.groupName()))
        .appendAll(paging(r.limit(), r.nextToken())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> group(pool, r.groupName()).flatMap(group -> decode(r.nextToken(), Sub::isSub).map(after -> {
          int limit = limit(r.limit());
          Seq<Sub> subs = groups.members(pool.id(), group.name(), after.map(Sub::new), limit);
          Users users = pools.users(pool.id());
          Seq<User> page = subs.flatMap(s -> users.find(new LookupKey.BySub(s)));
          return new UserPage(page, next(subs, limit, Sub::value));
        }))));
  }

  // -- shared steps

  @FunctionalInterface
  private interface MembershipChange {
    Either<CognitoError, Group> apply(UserPool pool, User user, Group group);
  }

  private Either<CognitoError, Group> membership(Operation op, MembershipRequest r, MembershipChange change) {
    return guarded(op, () -> valid(poolId(r.userPoolId()).appendAll(Username.MEMBER.check(r.username()))
        .appendAll(groupName(r.groupName())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> user(pool, r.username()).flatMap(user -> group(pool, r.groupName())
            .flatMap(group -> change.apply(pool, user, group)))));
  }

  private <T> Either<CognitoError, T> retry(Supplier<Either<CognitoError, T>> decide,
      Function<T, Either<StoreConflict, T>> write) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Either<CognitoError, T> decided = decide.get();
      if (decided.isLeft() || write.apply(decided.get()).isRight()) {
        return decided;
      }
    }
    return Either.left(new CognitoError.InternalError());
  }

  private <T> Either<CognitoError, T> guarded(Operation op, Supplier<Either<CognitoError, T>> body) {
    return guard.run(op, body);
  }

  private Either<CognitoError, UserPool> pool(String rawId) {
    return pools.find(new UserPoolId(rawId)).toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, rawId));
  }

  private Either<CognitoError, Group> group(UserPool pool, String rawName) {
    return groups.find(pool.id(), new GroupName(rawName)).toEither(GroupNotFound::new);
  }

  private Either<CognitoError, User> user(UserPool pool, String name) {
    Users users = pools.users(pool.id());
    for (LookupKey key : Naming.of(pool).candidates(name)) {
      Option<User> found = users.find(key);
      if (found.isDefined()) {
        return Either.right(found.get());
      }
    }
    return Either.left(new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST));
  }

  private static Seq<ParameterViolation> poolId(String raw) {
    return UserPoolId.MEMBER.check(raw);
  }

  private static Seq<ParameterViolation> groupName(String raw) {
    return GroupName.MEMBER.check(raw);
  }

  private static Seq<ParameterViolation> details(String description, String roleArn, Integer precedence) {
    return Group.DESCRIPTION.checkIfPresent(description).appendAll(Group.ROLE_ARN.checkIfPresent(roleArn))
        .appendAll(problems(Members.range("precedence", precedence, 0, Integer.MAX_VALUE)));
  }

  private static Seq<ParameterViolation> paging(Integer limit, String nextToken) {
    return problems(Members.range("limit", limit, 0, MAX_PAGE)).appendAll(NEXT_TOKEN.checkIfPresent(nextToken));
  }

  private static Seq<ParameterViolation> problems(Validation<Seq<ParameterViolation>, ?> checked) {
    return checked.isInvalid() ? checked.getError() : List.empty();
  }

  private static int limit(Integer raw) {
    return raw == null || raw == 0 ? MAX_PAGE : raw;
  }

  private static Either<CognitoError, Boolean> valid(Seq<ParameterViolation> problems) {
    return problems.isEmpty() ? Either.right(true) : Either.left(new CognitoError.RequestInvalid(problems));
  }

  /** A token is the last entry's key, base64url-encoded, issued only when the page is full. */
  private static <T> Option<String> next(Seq<T> page, int limit, Function<T, String> key) {
    return page.size() < limit || page.isEmpty()
        ? Option.none()
        : Option.some(Base64.getUrlEncoder().withoutPadding().encodeToString(key.apply(page.last()).getBytes(StandardCharsets.UTF_8)));
  }

  private static Either<CognitoError, Option<String>> decode(String token, Predicate<String> valid) {
    if (token == null) {
      return Either.right(Option.none());
    }
    try {
      String key = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      return valid.test(key)
          ? Either.right(Option.some(key))
          : Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_PAGINATION_TOKEN));
    } catch (IllegalArgumentException e) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.INVALID_PAGINATION_TOKEN));
    }
  }

  @Override
  public String toString() {
    return "GroupService";
  }
}

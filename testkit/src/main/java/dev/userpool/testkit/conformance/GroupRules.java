package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.KitPool.FINAL;
import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;

import dev.userpool.testkit.sdk.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** Groups and memberships: creation, lookup, membership, precedence in tokens, deletion. */
final class GroupRules {

  private static final String USER = KitPool.JANE;

  private GroupRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    rule(rules, "create-group.exists", "CreateGroup with a name the pool has is GroupExistsException naming it", decision("group-messages"),
        pool -> {
          pool.cognito.createGroup(b -> b.userPoolId(pool.id).groupName("admins"));
          Expect.refused("GroupExistsException", 400, "A group with the name admins already exists.",
              () -> pool.cognito.createGroup(b -> b.userPoolId(pool.id).groupName("admins")));
        });
    rule(rules, "create-group.described", "CreateGroup returns the group with its name, pool, description and precedence",
        api("CreateGroup"),
        pool -> {
          GroupType group = pool.cognito.createGroup(b -> b.userPoolId(pool.id).groupName("admins").description("Admins").precedence(3))
              .group();
          equal(List.of("admins", pool.id, "Admins", 3),
              List.of(group.groupName(), group.userPoolId(), group.description(), group.precedence()),
              "GroupName, UserPoolId, Description, Precedence");
          equal("admins", pool.cognito.getGroup(b -> b.userPoolId(pool.id).groupName("admins")).group().groupName(), "GetGroup");
        });
    rule(rules, "get-group.unknown", "GetGroup of an unknown group is ResourceNotFoundException \"Group not found.\"",
        decision("group-messages"),
        pool -> Expect.refused("ResourceNotFoundException", 400, "Group not found.",
            () -> pool.cognito.getGroup(b -> b.userPoolId(pool.id).groupName("nobody"))));
    rule(rules, "delete-group.unknown", "DeleteGroup of an unknown group is ResourceNotFoundException \"Group not found.\"",
        decision("group-messages"), pool -> Expect.refused("ResourceNotFoundException", 400, "Group not found.",
            () -> pool.cognito.deleteGroup(b -> b.userPoolId(pool.id).groupName("nobody"))));
    rule(rules, "admin-add-user-to-group.unknown-group",
        "AdminAddUserToGroup with an unknown group is ResourceNotFoundException \"Group not found.\"", decision("group-messages"), pool -> {
          pool.confirmed(USER, FINAL);
          Expect.refused("ResourceNotFoundException", 400, "Group not found.",
              () -> pool.cognito.adminAddUserToGroup(b -> b.userPoolId(pool.id).username(USER).groupName("nobody")));
        });
    rule(rules, "admin-add-user-to-group.unknown-user",
        "AdminAddUserToGroup with an unknown user is UserNotFoundException \"User does not exist.\"", decision("group-messages"), pool -> {
          pool.cognito.createGroup(b -> b.userPoolId(pool.id).groupName("admins"));
          Expect.refused("UserNotFoundException", 400, "User does not exist.",
              () -> pool.cognito.adminAddUserToGroup(b -> b.userPoolId(pool.id).username("nobody").groupName("admins")));
        });
    rule(rules, "membership.listed-both-ways",
        "After AdminAddUserToGroup (twice: it is idempotent) the group is in AdminListGroupsForUser and the user in ListUsersInGroup",
        api("AdminAddUserToGroup"), pool -> {
          pool.confirmed(USER, FINAL);
          pool.cognito.createGroup(b -> b.userPoolId(pool.id).groupName("admins"));
          pool.cognito.adminAddUserToGroup(b -> b.userPoolId(pool.id).username(USER).groupName("admins"));
          pool.cognito.adminAddUserToGroup(b -> b.userPoolId(pool.id).username(USER).groupName("admins"));
          equal(List.of("admins"), pool.cognito.adminListGroupsForUser(b -> b.userPoolId(pool.id).username(USER)).groups().stream()
              .map(GroupType::groupName).toList(), "AdminListGroupsForUser");
          equal(List.of(USER), pool.cognito.listUsersInGroup(b -> b.userPoolId(pool.id).groupName("admins")).users().stream()
              .map(UserType::username).toList(), "ListUsersInGroup");
        });
    rule(rules, "membership.removed", "AdminRemoveUserFromGroup ends the membership", api("AdminRemoveUserFromGroup"), pool -> {
      pool.confirmed(USER, FINAL);
      pool.cognito.createGroup(b -> b.userPoolId(pool.id).groupName("admins"));
      pool.cognito.adminAddUserToGroup(b -> b.userPoolId(pool.id).username(USER).groupName("admins"));
      pool.cognito.adminRemoveUserFromGroup(b -> b.userPoolId(pool.id).username(USER).groupName("admins"));
      equal(List.of(), pool.cognito.adminListGroupsForUser(b -> b.userPoolId(pool.id).username(USER)).groups(), "AdminListGroupsForUser");
    });
    rule(rules, "delete-group.ends-memberships", "DeleteGroup removes the group from its members' groups", api("DeleteGroup"), pool -> {
      pool.confirmed(USER, FINAL);
      pool.cognito.createGroup(b -> b.userPoolId(pool.id).groupName("admins"));
      pool.cognito.adminAddUserToGroup(b -> b.userPoolId(pool.id).username(USER).groupName("admins"));
      pool.cognito.deleteGroup(b -> b.userPoolId(pool.id).groupName("admins"));
      equal(List.of(), pool.cognito.adminListGroupsForUser(b -> b.userPoolId(pool.id).username(USER)).groups(), "AdminListGroupsForUser");
      Expect.refused("ResourceNotFoundException", 400, "Group not found.",
          () -> pool.cognito.getGroup(b -> b.userPoolId(pool.id).groupName("admins")));
    });
    rule(rules, "claims.cognito-groups-by-precedence",
        "The ID and access tokens carry cognito:groups, the lowest Precedence first", decision("group-order"), pool -> {
          pool.confirmed(USER, FINAL);
          pool.cognito.createGroup(b -> b.userPoolId(pool.id).groupName("readers").precedence(5));
          pool.cognito.createGroup(b -> b.userPoolId(pool.id).groupName("admins").precedence(1));
          pool.cognito.adminAddUserToGroup(b -> b.userPoolId(pool.id).username(USER).groupName("readers"));
          pool.cognito.adminAddUserToGroup(b -> b.userPoolId(pool.id).username(USER).groupName("admins"));
          var tokens = pool.tokens(USER, FINAL);
          equal(List.of("admins", "readers"), Jwt.claims(tokens.idToken()).list("cognito:groups"), "ID token cognito:groups");
          equal(List.of("admins", "readers"), Jwt.claims(tokens.accessToken()).list("cognito:groups"), "access token cognito:groups");
        });
    rule(rules, "claims.no-groups-no-claim", "A user in no group has no cognito:groups claim", Sources.TOKENS, pool -> {
      pool.confirmed(USER, FINAL);
      var tokens = pool.tokens(USER, FINAL);
      equal(null, Jwt.claims(tokens.idToken()).text("cognito:groups"), "ID token cognito:groups");
    });
    return rules;
  }

  private static void rule(List<ConformanceRule> rules, String name, String statement, String source, Consumer<KitPool> steps) {
    rules.add(new ConformanceRule("groups." + name, Area.GROUPS, statement, source, target -> steps.accept(KitPool.create(target))));
  }
}

package dev.userpool.testkit.sdk;

import dev.userpool.group.Group;
import dev.userpool.service.GroupService;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupResponse;

/**
 * The group operations of the in-process SDK client: SDK shapes to {@link GroupService}'s requests, its answers to SDK responses.
 */
final class GroupOperations {

  private final GroupService groups;
  private final Replies replies;

  GroupOperations(GroupService groups, Replies replies) {
    this.groups = groups;
    this.replies = replies;
  }

  CreateGroupResponse createGroup(CreateGroupRequest r) {
    Group group = replies.run(groups.createGroup(new GroupService.CreateGroup(r.userPoolId(), r.groupName(), r.description(), r.roleArn(),
        r.precedence())));
    return replies.respond(CreateGroupResponse.builder().group(Shapes.group(group)), CreateGroupResponse.class);
  }

  GetGroupResponse getGroup(GetGroupRequest r) {
    Group group = replies.run(groups.getGroup(new GroupService.GroupRequest(r.userPoolId(), r.groupName())));
    return replies.respond(GetGroupResponse.builder().group(Shapes.group(group)), GetGroupResponse.class);
  }

  UpdateGroupResponse updateGroup(UpdateGroupRequest r) {
    Group group = replies.run(groups.updateGroup(new GroupService.UpdateGroup(r.userPoolId(), r.groupName(), r.description(), r.roleArn(),
        r.precedence())));
    return replies.respond(UpdateGroupResponse.builder().group(Shapes.group(group)), UpdateGroupResponse.class);
  }

  DeleteGroupResponse deleteGroup(DeleteGroupRequest r) {
    replies.run(groups.deleteGroup(new GroupService.GroupRequest(r.userPoolId(), r.groupName())));
    return replies.respond(DeleteGroupResponse.builder(), DeleteGroupResponse.class);
  }

  ListGroupsResponse listGroups(ListGroupsRequest r) {
    GroupService.GroupPage page = replies.run(groups.listGroups(new GroupService.ListGroups(r.userPoolId(), r.limit(), r.nextToken())));
    return replies.respond(ListGroupsResponse.builder().groups(page.groups().map(Shapes::group).toJavaList())
        .nextToken(page.nextToken().getOrNull()), ListGroupsResponse.class);
  }

  AdminAddUserToGroupResponse adminAddUserToGroup(AdminAddUserToGroupRequest r) {
    replies.run(groups.adminAddUserToGroup(new GroupService.MembershipRequest(r.userPoolId(), r.username(), r.groupName())));
    return replies.respond(AdminAddUserToGroupResponse.builder(), AdminAddUserToGroupResponse.class);
  }

  AdminRemoveUserFromGroupResponse adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest r) {
    replies.run(groups.adminRemoveUserFromGroup(new GroupService.MembershipRequest(r.userPoolId(), r.username(), r.groupName())));
    return replies.respond(AdminRemoveUserFromGroupResponse.builder(), AdminRemoveUserFromGroupResponse.class);
  }

  AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest r) {
    GroupService.GroupPage page = replies.run(groups.adminListGroupsForUser(new GroupService.AdminListGroupsForUser(r.userPoolId(),
        r.username(), r.limit(), r.nextToken())));
    return replies.respond(AdminListGroupsForUserResponse.builder().groups(page.groups().map(Shapes::group).toJavaList())
        .nextToken(page.nextToken().getOrNull()), AdminListGroupsForUserResponse.class);
  }

  ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest r) {
    GroupService.UserPage page = replies.run(groups.listUsersInGroup(new GroupService.ListUsersInGroup(r.userPoolId(), r.groupName(),
        r.limit(), r.nextToken())));
    return replies.respond(ListUsersInGroupResponse.builder().users(page.users().map(Shapes::user).toJavaList())
        .nextToken(page.nextToken().getOrNull()), ListUsersInGroupResponse.class);
  }
}

package dev.userpool.testkit.sdk;

import dev.userpool.port.RateLimits;
import dev.userpool.service.AttributeDeletion;
import dev.userpool.testkit.inprocess.InProcessCognito;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesResponse;

/**
 * The signed-in user's account operations of the in-process SDK client: DeleteUserAttributes
 * ({@link AttributeDeletion}). SDK shapes in, SDK responses out.
 */
final class AccountOperations {

  private final AttributeDeletion deletion;
  private final Replies replies;

  AccountOperations(InProcessCognito cognito, Replies replies) {
    this.deletion = new AttributeDeletion(cognito.service(), cognito.tokens(), cognito.store(), RateLimits.NONE);
    this.replies = replies;
  }

  DeleteUserAttributesResponse deleteUserAttributes(DeleteUserAttributesRequest r) {
    replies.run(deletion.deleteUserAttributes(r.accessToken(), r.hasUserAttributeNames() ? r.userAttributeNames() : null));
    return replies.respond(DeleteUserAttributesResponse.builder(), DeleteUserAttributesResponse.class);
  }
}

package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import dev.userpool.port.RateLimits;
import dev.userpool.service.TagService;
import dev.userpool.service.UserPoolService;
import io.vavr.control.Either;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceResponse;

/**
 * A user pool's tags in the in-process SDK client: TagResource, UntagResource, ListTagsForResource and the UserPoolTags of
 * CreateUserPool and UpdateUserPool, through {@link TagService}.
 */
final class TagOperations {

  private final TagService tags;
  private final Replies replies;

  TagOperations(UserPoolService service, Replies replies) {
    this.tags = new TagService(service, RateLimits.NONE);
    this.replies = replies;
  }

  TagResourceResponse tagResource(TagResourceRequest r) {
    replies.run(tags.tagResource(r.resourceArn(), r.hasTags() ? r.tags() : null));
    return replies.respond(TagResourceResponse.builder(), TagResourceResponse.class);
  }

  UntagResourceResponse untagResource(UntagResourceRequest r) {
    replies.run(tags.untagResource(r.resourceArn(), r.hasTagKeys() ? r.tagKeys() : null));
    return replies.respond(UntagResourceResponse.builder(), UntagResourceResponse.class);
  }

  ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest r) {
    Map<String, String> found = replies.run(tags.listTagsForResource(r.resourceArn())).toJavaMap();
    return replies.respond(ListTagsForResourceResponse.builder().tags(found), ListTagsForResourceResponse.class);
  }

  /** A created or updated pool with the request's UserPoolTags, when it had the member. */
  Either<CognitoError, UserPool> kept(Either<CognitoError, UserPool> written, boolean given, Map<String, String> userPoolTags) {
    return tags.keep(written, given ? userPoolTags : null);
  }
}

package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.error.TagsRefused;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.pool.PoolArn;
import dev.userpool.pool.PoolTags;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.RateLimits;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A user pool's tags: TagResource, UntagResource and ListTagsForResource, on the pool's ARN ({@link PoolArn}); the
 * rules are {@link PoolTags}'. Each checks, in order: the members' shapes (ResourceArn of the model's ArnType; the tags
 * or keys, their lengths), all reported together; that the ARN names a user pool of this account and region
 * ({@code Resource <arn> does not exist.} otherwise); that the pool exists ({@code User pool <id> does not exist.}); then
 * the change ({@link PoolTags#MAX_TAGS} at most). CreateUserPool and UpdateUserPool's UserPoolTags are the same tags.
 */
public final class TagService {

  /** TagKeysType: 1 to 128 characters. */
  private static final StringMember TAG_KEY = StringMember.plain("tagKeys").length(1, PoolTags.MAX_KEY);

  private final WriteEngine engine;
  private final Guard guard;

  /**
   * The operations over {@code service}'s pools.
   *
   * @throws NullPointerException if an argument is null
   */
  public TagService(UserPoolService service, RateLimits rateLimits) {
    this.engine = Objects.requireNonNull(service, "service is null").engine();
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  /** TagResource: the pool's tags after {@code tags} were added (a key given again takes its new value). */
  public Either<CognitoError, Map<String, String>> tagResource(String resourceArn, java.util.Map<String, String> tags) {
    return guard.run(Operation.TAG_RESOURCE, () -> valid(Members.flat(Validation.combine(arn(resourceArn), given(tags))
        .ap((arn, given) -> given)))
        .flatMap(given -> pool(resourceArn).flatMap(id -> engine.updatePool(id, pool -> {
          Map<String, String> after = PoolTags.tag(pool.tags(), given);
          return PoolTags.tooMany(after)
              ? Either.left(new TagsRefused(TagsRefused.Reason.TOO_MANY_TAGS, pool.id().value()))
              : Either.right(pool.withTags(after));
        })))
        .map(UserPool::tags));
  }

  /** UntagResource: the pool's tags after {@code tagKeys} were removed (a key the pool lacks is no error). */
  public Either<CognitoError, Map<String, String>> untagResource(String resourceArn, java.util.List<String> tagKeys) {
    return guard.run(Operation.UNTAG_RESOURCE, () -> valid(Members.flat(Validation.combine(arn(resourceArn), keys(tagKeys))
        .ap((arn, keys) -> keys)))
        .flatMap(keys -> pool(resourceArn).flatMap(id -> engine.updatePool(id, pool -> Either.right(pool.withTags(PoolTags.untag(
            pool.tags(), keys))))))
        .map(UserPool::tags));
  }

  /** ListTagsForResource: the pool's tags. */
  public Either<CognitoError, Map<String, String>> listTagsForResource(String resourceArn) {
    return guard.run(Operation.LIST_TAGS_FOR_RESOURCE, () -> valid(arn(resourceArn))
        .flatMap(this::pool).flatMap(engine::pool).map(UserPool::tags));
  }

  /**
   * CreateUserPool's and UpdateUserPool's UserPoolTags: the pool {@code written} with {@code tags} as its tags (checked with
   * the rest of the request, {@link PoolMessageMembers}); {@code written} as it is when the member was absent (null).
   */
  public Either<CognitoError, UserPool> keep(Either<CognitoError, UserPool> written, java.util.Map<String, String> tags) {
    return tags == null
        ? written
        : written.flatMap(pool -> engine.updatePool(pool.id(), p -> Either.right(p.withTags(PoolTags.of(tags)))));
  }

  private Either<CognitoError, UserPoolId> pool(String resourceArn) {
    return PoolArn.poolId(resourceArn).toEither(() -> new TagsRefused(TagsRefused.Reason.NOT_A_USER_POOL, resourceArn));
  }

  private static Validation<Seq<ParameterViolation>, String> arn(String resourceArn) {
    return Members.string(PoolArn.MEMBER, resourceArn);
  }

  private static Validation<Seq<ParameterViolation>, Seq<String>> keys(java.util.List<String> tagKeys) {
    if (tagKeys == null) {
      return Validation.invalid(List.of(new ParameterViolation.Missing("tagKeys")));
    }
    Seq<ParameterViolation> problems = List.ofAll(tagKeys).zipWithIndex()
        .flatMap(k -> TAG_KEY.named("tagKeys." + (k._2 + 1) + ".member").check(k._1));
    return problems.isEmpty() ? Validation.valid(List.ofAll(tagKeys)) : Validation.invalid(problems);
  }

  private static Validation<Seq<ParameterViolation>, Map<String, String>> given(java.util.Map<String, String> tags) {
    if (tags == null) {
      return Validation.invalid(List.of(new ParameterViolation.Missing("tags")));
    }
    Seq<ParameterViolation> problems = PoolTags.violations("tags", tags);
    return problems.isEmpty() ? Validation.valid(PoolTags.of(tags)) : Validation.invalid(problems);
  }

  private static <T> Either<CognitoError, T> valid(Validation<? extends Seq<ParameterViolation>, T> v) {
    return v.toEither().mapLeft(violations -> new CognitoError.RequestInvalid(List.ofAll(violations)));
  }

  @Override
  public String toString() {
    return "TagService";
  }
}

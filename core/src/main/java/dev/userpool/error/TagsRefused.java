package dev.userpool.error;

import java.util.Objects;

/**
 * The refusals of TagResource, UntagResource and ListTagsForResource. AWS documents the limit (TagResource: "A user pool
 * can have as many as 50 tags") and the error codes (the model's ResourceNotFoundException and InvalidParameterException)
 * but not the words: both wordings are the library's decision.
 *
 * @param reason which refusal
 * @param subject the ARN that names no pool, or the pool's id
 */
public record TagsRefused(Reason reason, String subject) implements CognitoError {

  /** Why, with the code and the message ({@code %s} is the subject). */
  public enum Reason {
    /** An ARN of another service, account, region or resource type (decided wording). */
    NOT_A_USER_POOL(ErrorCode.RESOURCE_NOT_FOUND, "Resource %s does not exist."),
    /** A TagResource that would leave the pool more than 50 tags (decided wording). */
    TOO_MANY_TAGS(ErrorCode.INVALID_PARAMETER, "User pool %s cannot have more than 50 tags.");

    private final ErrorCode code;
    private final String message;

    Reason(ErrorCode code, String message) {
      this.code = code;
      this.message = message;
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public TagsRefused {
    Objects.requireNonNull(reason, "reason is null");
    Objects.requireNonNull(subject, "subject is null");
  }

  @Override
  public ErrorCode code() {
    return reason.code;
  }

  @Override
  public String message() {
    return String.format(reason.message, subject);
  }
}

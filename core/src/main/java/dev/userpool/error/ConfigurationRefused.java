package dev.userpool.error;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Request members the library does not implement, given with a value that would change what Cognito does:
 * {@code InvalidParameterException}, naming every such member by its path in the request (for example
 * {@code UserPoolAddOns.AdvancedSecurityMode}), rather than accepting and silently dropping them (the library's decision
 * and wording, in the style of {@link LambdaConfigRefused.Reason#NOT_IMPLEMENTED}). Which members, and which of their
 * values are accepted because they change nothing, is the testkit's table {@code ConfigurationMembers}.
 *
 * @param members the paths of the members refused, in request order
 */
public record ConfigurationRefused(Seq<String> members) implements CognitoError {

  /**
   * @throws NullPointerException if {@code members} is null
   * @throws IllegalArgumentException if {@code members} is empty
   */
  public ConfigurationRefused {
    Objects.requireNonNull(members, "members is null");
    if (members.isEmpty()) {
      throw new IllegalArgumentException("members is empty");
    }
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.INVALID_PARAMETER;
  }

  @Override
  public String message() {
    return "Members not supported by the userpool library: " + members.mkString(", ")
        + ". Remove them, or test this configuration against Amazon Cognito.";
  }
}

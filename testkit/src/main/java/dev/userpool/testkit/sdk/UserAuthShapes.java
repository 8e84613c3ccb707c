package dev.userpool.testkit.sdk;

import dev.userpool.pool.UserPool;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignInPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType;

/** The SDK shapes of choice-based sign-in: {@code Policies.SignInPolicy} in and out. */
final class UserAuthShapes {

  private UserAuthShapes() {}

  /** The AllowedFirstAuthFactors sent, when {@code Policies.SignInPolicy} was sent. */
  static Option<Seq<String>> given(UserPoolPolicyType policies) {
    return Option.of(policies).flatMap(p -> Option.of(p.signInPolicy()))
        .map(s -> List.ofAll(s.allowedFirstAuthFactorsAsStrings()));
  }

  /** The pool's SignInPolicy as DescribeUserPool shows it. */
  static SignInPolicyType signInPolicy(UserPool pool) {
    return SignInPolicyType.builder()
        .allowedFirstAuthFactorsWithStrings(pool.signInPolicy().allowedFirstAuthFactors().map(Enum::name).toJavaList()).build();
  }
}

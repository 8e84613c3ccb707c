package dev.userpool.pool;

import dev.userpool.parameter.StringMember;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A user pool's Amazon Resource Name, {@code arn:aws:cognito-idp:<region>:<account>:userpool/<id>}, as DescribeUserPool
 * reports it ({@code UserPoolType.Arn}) and TagResource, UntagResource and ListTagsForResource take it (AWS API reference,
 * TagResource: "The Amazon Resource Name (ARN) of the user pool"). The account is {@value #ACCOUNT}, the library's own
 * (it has no AWS account; the same as the Lambda ARNs of its test fixtures): the library's decision.
 */
public final class PoolArn {

  /** The account every pool's ARN names. */
  public static final String ACCOUNT = "123456789012";

  /** The model's {@code ArnType}: 20 to 2048 characters of its pattern. */
  public static final StringMember MEMBER = StringMember.plain("resourceArn").length(20, 2048)
      .pattern("arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");

  private PoolArn() {}

  /**
   * The ARN of the pool {@code id}.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public static String of(UserPoolId id) {
    Objects.requireNonNull(id, "id is null");
    return "arn:aws:cognito-idp:" + id.region() + ":" + ACCOUNT + ":userpool/" + id.value();
  }

  /**
   * The pool an ARN names: a Cognito user pool ARN of this account whose region is its id's; none for any other ARN
   * (another service, account, region or resource type).
   *
   * @throws NullPointerException if {@code arn} is null
   */
  public static Option<UserPoolId> poolId(String arn) {
    Objects.requireNonNull(arn, "arn is null");
    int slash = arn.indexOf(":userpool/");
    if (slash < 0) {
      return Option.none();
    }
    String id = arn.substring(slash + ":userpool/".length());
    return UserPoolId.parse(id).toOption().filter(pool -> arn.equals(of(pool)));
  }
}

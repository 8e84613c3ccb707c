package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/** TagResource, UntagResource and ListTagsForResource on a pool's ARN, and the UserPoolTags of Create/Update/DescribeUserPool. */
class TagsTest {

  private final InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());

  private UserPoolType pool(Map<String, String> tags) {
    return client.createUserPool(b -> b.poolName("p").userPoolTags(tags)).userPool();
  }

  private Map<String, String> tags(String arn) {
    return client.listTagsForResource(b -> b.resourceArn(arn)).tags();
  }

  @Test
  void shouldReportThePoolsArnAndTheTagsItWasCreatedWith() {
    UserPoolType created = pool(Map.of("team", "identity"));

    assertThat(created.arn()).isEqualTo("arn:aws:cognito-idp:us-east-1:123456789012:userpool/" + created.id());
    assertThat(created.userPoolTags()).containsExactly(Map.entry("team", "identity"));
    UserPoolType described = client.describeUserPool(b -> b.userPoolId(created.id())).userPool();
    assertThat(described.arn()).isEqualTo(created.arn());
    assertThat(described.userPoolTags()).containsExactly(Map.entry("team", "identity"));
    assertThat(tags(created.arn())).containsExactly(Map.entry("team", "identity"));
  }

  @Test
  void shouldAddReplaceAndRemoveTags() {
    String arn = pool(Map.of("team", "identity")).arn();

    client.tagResource(b -> b.resourceArn(arn).tags(Map.of("team", "auth", "stage", "test")));
    assertThat(tags(arn)).containsOnly(Map.entry("team", "auth"), Map.entry("stage", "test"));
    client.untagResource(b -> b.resourceArn(arn).tagKeys("stage", "never-there"));
    assertThat(tags(arn)).containsOnly(Map.entry("team", "auth"));
  }

  @Test
  void shouldReplaceTheTagsOnUpdateUserPoolAndKeepThemWhenTheMemberIsAbsent() {
    UserPoolType created = pool(Map.of("team", "identity"));

    client.updateUserPool(b -> b.userPoolId(created.id()));
    assertThat(tags(created.arn())).containsOnly(Map.entry("team", "identity"));
    client.updateUserPool(b -> b.userPoolId(created.id()).userPoolTags(Map.of("owner", "jane")));
    assertThat(tags(created.arn())).containsOnly(Map.entry("owner", "jane"));
  }

  @Test
  void shouldRefuseAnArnThatNamesNoPool() {
    String arn = pool(Map.of()).arn();
    String gone = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_nothere1";
    String otherAccount = arn.replace("123456789012", "999999999999");
    String bucket = "arn:aws:s3:us-east-1:123456789012:bucket-name";

    assertRefused(() -> tags(gone), ResourceNotFoundException.class, "User pool us-east-1_nothere1 does not exist.");
    assertRefused(() -> tags(otherAccount), ResourceNotFoundException.class, "Resource " + otherAccount + " does not exist.");
    assertRefused(() -> client.tagResource(b -> b.resourceArn(bucket).tags(Map.of("a", "b"))), ResourceNotFoundException.class,
        "Resource " + bucket + " does not exist.");
    assertRefused(() -> client.untagResource(b -> b.resourceArn(bucket).tagKeys("a")), ResourceNotFoundException.class,
        "Resource " + bucket + " does not exist.");
  }

  @Test
  void shouldRefuseMalformedMembersTogether() {
    assertRefused(() -> client.listTagsForResource(b -> b.resourceArn("userpool")), InvalidParameterException.class,
        "2 validation errors detected: Value 'userpool' at 'resourceArn' failed to satisfy constraint: Member must have length greater"
            + " than or equal to 20; Value 'userpool' at 'resourceArn' failed to satisfy constraint: Member must satisfy regular"
            + " expression pattern: arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?"
            + "(:[\\w+=/,.@-]+)?");
    String arn = pool(Map.of()).arn();
    assertRefused(() -> client.tagResource(b -> b.resourceArn(arn)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
    assertRefused(() -> client.tagResource(b -> b.resourceArn(arn).tags(Map.of("k".repeat(129), "v"))), InvalidParameterException.class,
        "1 validation error detected: Value '{" + "k".repeat(129) + "=v}' at 'tags' failed to satisfy constraint: Map keys must satisfy"
            + " constraint: [Member must have length less than or equal to 128, Member must have length greater than or equal to 1]");
    assertRefused(() -> client.untagResource(b -> b.resourceArn(arn).tagKeys("")), InvalidParameterException.class,
        "1 validation error detected: Value '' at 'tagKeys.1.member' failed to satisfy constraint: Member must have length greater"
            + " than or equal to 1");
    assertThat(tags(arn)).isEmpty();
  }

  @Test
  void shouldRefuseAFiftyFirstTagAndChangeNothing() {
    Map<String, String> fifty = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      fifty.put("k" + i, "v");
    }
    UserPoolType created = pool(Map.of());
    client.tagResource(b -> b.resourceArn(created.arn()).tags(fifty));
    client.tagResource(b -> b.resourceArn(created.arn()).tags(Map.of("k0", "replaced")));

    assertRefused(() -> client.tagResource(b -> b.resourceArn(created.arn()).tags(Map.of("k50", "v"))), InvalidParameterException.class,
        "User pool " + created.id() + " cannot have more than 50 tags.");
    assertThat(tags(created.arn())).hasSize(50).containsEntry("k0", "replaced");
  }

  private static void assertRefused(Runnable call, Class<? extends CognitoIdentityProviderException> type, String message) {
    assertThatThrownBy(call::run).isInstanceOf(type)
        .satisfies(e -> assertThat(((CognitoIdentityProviderException) e).awsErrorDetails().errorMessage()).isEqualTo(message))
        .satisfies(e -> assertThat(((CognitoIdentityProviderException) e).statusCode()).isEqualTo(400));
  }
}

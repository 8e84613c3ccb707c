package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.docs.Decisions.Entry;
import dev.userpool.docs.Decisions.Kind;
import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.ConfigurationRefused;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.ConfigurationMembers;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import io.vavr.collection.Array;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;

/** The entries of {@link Decisions} about request members the library does not implement. */
final class ConfigurationDecisions {

  static final List<Entry> ENTRIES = List.of(
      entry("configuration-member-refused", Kind.DECIDED, "A member the library does not implement is refused, not dropped",
          "Every input member of every implemented operation is in one table (configuration.md). A member the library does not "
              + "implement, given with a value other than the ones that change nothing (its default: `OFF`, `false`, "
              + "`INACTIVE`, the library's own message words), is refused with InvalidParameterException naming every such "
              + "member in request order (`Members not supported by the userpool library: <paths>. Remove them, or test this "
              + "configuration against Amazon Cognito.`); nothing is created or changed. The same refusal answers in process and "
              + "over the wire.",
          "AWS applies these members; storing them and never applying them would make tests pass that fail against Cognito "
              + "(threat protection, an admin-only pool, a pool's own message words). The wording follows the library's refusal "
              + "of unimplemented LambdaConfig members; AWS publishes none for a feature it has.",
          List.of(to(ConfigurationMembers.class, "refusal"), to(ConfigurationRefused.class, "message")),
          List.of(Source.of("https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html")))
          .checkedBy(ConfigurationDecisions::threatProtectionRefused));

  /** CreateUserPool with AdvancedSecurityMode ENFORCED is refused naming it; OFF is accepted. */
  static void threatProtectionRefused() {
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(InProcessCognito.create());
    InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class,
        () -> cognito.createUserPool(b -> b.poolName("p").userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.ENFORCED))));
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo(new ConfigurationRefused(Array.of("UserPoolAddOns.AdvancedSecurityMode")).message());
    assertThat(cognito.listUserPools(b -> b.maxResults(10)).userPools()).isEmpty();
    assertThat(cognito.createUserPool(b -> b.poolName("p").userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.OFF)))
        .userPool().name()).isEqualTo("p");
  }

  private ConfigurationDecisions() {}

  private static Entry entry(String id, Kind kind, String title, String rule, String reason, List<CodeRef> code, List<Source> sources) {
    return new Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}

package dev.userpool.docs;

// tag::readme-jqwik[]
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.PoolSpec;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.jqwik.BrokenPassword;
import dev.userpool.testkit.jqwik.CognitoDomain;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;

@Domain(CognitoDomain.class) // policies, passwords, users, pools...
class PasswordPolicyTest {

  @Property(tries = 100)
  void everyPasswordThatBreaksThePolicyIsRefused(@ForAll BrokenPassword broken) {
    TestPool pool = TestPool.create(InProcessCognito.create(), PoolSpec.defaults().policy(broken.policy()));
    pool.user("jane").confirmed();
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(pool.cognito());

    assertThatThrownBy(() -> cognito.adminSetUserPassword(r -> r.userPoolId(pool.id().value()).username("jane")
        .password(broken.password().reveal()).permanent(true)))
        .isInstanceOf(InvalidPasswordException.class)
        .hasMessageStartingWith("Password does not conform to policy: " + broken.violation().description());
  }
}
// end::readme-jqwik[]

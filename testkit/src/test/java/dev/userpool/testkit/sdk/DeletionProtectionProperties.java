package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;

/** DeletionProtection's invariant: after any series of updates, DeleteUserPool removes the pool exactly when the last one left it off. */
class DeletionProtectionProperties {

  @Property(tries = 60)
  void aProtectedPoolIsNeverDeleted(@ForAll("protection") DeletionProtectionType created,
      @ForAll("updates") List<DeletionProtectionType> updates) {
    InProcessCognitoClient cognito = InProcessCognitoClient.of(InProcessCognito.create());
    String pool = cognito.createUserPool(b -> b.poolName("p").deletionProtection(created)).userPool().id();
    DeletionProtectionType last = created;
    for (DeletionProtectionType update : updates) {
      cognito.updateUserPool(b -> b.userPoolId(pool).deletionProtection(update));
      last = update == null ? DeletionProtectionType.INACTIVE : update;
    }
    try {
      cognito.deleteUserPool(b -> b.userPoolId(pool));
      assertThat(last).isEqualTo(DeletionProtectionType.INACTIVE);
      assertThat(cognito.listUserPools(b -> b.maxResults(60)).userPools()).isEmpty();
    } catch (InvalidParameterException refused) {
      assertThat(last).isEqualTo(DeletionProtectionType.ACTIVE);
      assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(DeletionProtectionTest.PROTECTED);
      assertThat(cognito.listUserPools(b -> b.maxResults(60)).userPools()).hasSize(1);
    }
  }

  @Provide
  Arbitrary<DeletionProtectionType> protection() {
    return Arbitraries.of(DeletionProtectionType.ACTIVE, DeletionProtectionType.INACTIVE);
  }

  @Provide
  Arbitrary<List<DeletionProtectionType>> updates() {
    return Arbitraries.of(DeletionProtectionType.ACTIVE, DeletionProtectionType.INACTIVE).injectNull(0.3).list().ofMaxSize(4);
  }
}

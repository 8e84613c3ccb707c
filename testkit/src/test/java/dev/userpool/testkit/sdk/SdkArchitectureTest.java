package dev.userpool.testkit.sdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SdkArchitectureTest {

  private static JavaClasses testkit;

  /**
   * Testkit's own classes only, without resolving the SDK's classes from the class path (their names
   * are enough here): a second instead of half a minute of scanning jars.
   */
  @BeforeAll
  static void importTestkit() {
    ArchConfiguration configuration = ArchConfiguration.get();
    boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
    try {
      configuration.setResolveMissingDependenciesFromClassPath(false);
      testkit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importUrl(InProcessCognitoClient.class.getProtectionDomain().getCodeSource().getLocation());
    } finally {
      configuration.setResolveMissingDependenciesFromClassPath(resolve);
    }
  }

  @Test
  void onlyTheSdkTheEndpointAndTheTestAuthorsApiUseTheSdk() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.userpool.testkit.sdk..", "dev.userpool.testkit.endpoint..", "dev.userpool.testkit.conformance..")
        .and().resideOutsideOfPackage("dev.userpool.testkit")
        .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
        .because("the SDK's shapes stay at the edge: testkit.sdk implements its interface, testkit.endpoint answers through "
            + "it, testkit.conformance measures endpoints through it, and the test author's API (fixtures, the JUnit "
            + "extension) hands its client to tests and throws its exceptions; the in-process Cognito, the stores and the "
            + "signer speak the library's own types")
        .check(testkit);
  }

  @Test
  void timeAndRandomnessComeFromTheInProcessCognito() {
    noClasses()
        .that().resideInAPackage("dev.userpool.testkit.sdk..")
        .and().doNotHaveFullyQualifiedName(SrpClient.class.getName())
        .should().callMethod(Instant.class, "now")
        .orShould().callMethod(UUID.class, "randomUUID")
        .orShould().callConstructor(SecureRandom.class)
        .orShould().callConstructor(Random.class)
        .because("tokens and expiries follow the InProcessCognito's seeded randomness and controllable clock, so a test replays; "
            + "SrpClient plays the application's side, which draws its secret as a real client does unless given randomness")
        .check(testkit);
  }

  @Test
  void theRulesSeeTheSdkPackage() {
    assertThat(testkit.containPackage("dev.userpool.testkit.sdk")).isTrue();
    assertThat(testkit.get(InProcessCognitoClient.class).getDirectDependenciesFromSelf())
        .anySatisfy(d -> assertThat(d.getTargetClass().getPackageName()).startsWith("software.amazon.awssdk"));
  }
}

package dev.userpool.testkit.endpoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EndpointArchitectureTest {

  private static JavaClasses testkit;

  @BeforeAll
  static void importTestkit() {
    ArchConfiguration configuration = ArchConfiguration.get();
    boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
    try {
      configuration.setResolveMissingDependenciesFromClassPath(false);
      testkit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importUrl(LocalEndpoint.class.getProtectionDomain().getCodeSource().getLocation());
    } finally {
      configuration.setResolveMissingDependenciesFromClassPath(resolve);
    }
  }

  @Test
  void onlyTheEndpointUsesJackson() {
    noClasses()
        .that().resideOutsideOfPackages("dev.userpool.testkit.endpoint..", "dev.userpool.testkit.conformance..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .because("Jackson is the local endpoint's JSON library, and the conformance kit's (the test control's answers, the "
            + "claims of a token it measures): nothing else in testkit reads or writes JSON")
        .check(testkit);
  }

  @Test
  void onlyTheEndpointUsesNetty() {
    noClasses()
        .that().resideOutsideOfPackage("dev.userpool.testkit.endpoint..")
        .should().dependOnClassesThat().resideInAPackage("io.netty..")
        .because("Netty is the local endpoint's HTTP server: nothing else in testkit serves or speaks HTTP")
        .check(testkit);
  }

  @Test
  void theEndpointUsesOnlyTheSdksPublicApi() {
    noClasses()
        .that().resideInAPackage("dev.userpool.testkit.endpoint..")
        .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..internal..")
        .because("the SDK's internal packages change without notice between 2.x releases")
        .check(testkit);
  }

  @Test
  void theEndpointReadsNoWallClock() {
    noClasses()
        .that().resideInAPackage("dev.userpool.testkit.endpoint..")
        .should().callMethod(Instant.class, "now")
        .because("Cognito's time is the InProcessCognito's controllable clock, moved by the test control")
        .check(testkit);
  }
}

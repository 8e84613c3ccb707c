package dev.userpool.testkit.sdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

@AnalyzeClasses(packages = "dev.userpool.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class SdkArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheSdkPackageUsesTheSdk = noClasses()
      .that().resideOutsideOfPackage("dev.userpool.testkit.sdk..")
      .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
      .because("the AWS SDK is an optional dependency of testkit: everything outside testkit.sdk must work without it");

  @ArchTest
  static final ArchRule timeAndRandomnessComeFromTheLocalCognito = noClasses()
      .that().resideInAPackage("dev.userpool.testkit.sdk..")
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(UUID.class, "randomUUID")
      .orShould().callConstructor(SecureRandom.class)
      .orShould().callConstructor(Random.class)
      .because("tokens and expiries follow the LocalCognito's seeded randomness and controllable clock, so a test replays");
}

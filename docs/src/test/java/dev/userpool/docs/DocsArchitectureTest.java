package dev.userpool.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

@AnalyzeClasses(packages = "dev.userpool.docs")
class DocsArchitectureTest {

  @ArchTest
  static final ArchRule noNetwork = noClasses().that().resideInAPackage("dev.userpool.docs..")
      .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..", "jdk.net..", "sun.net..")
      .because("the documentation is rendered from the code and the example sources alone; a docs build needs no network");

  @ArchTest
  static final ArchRule noWallClockInRendering = noClasses().that().resideInAPackage("dev.userpool.docs..")
      .and().haveSimpleNameNotEndingWith("Examples")
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .because("generated pages carry no timestamps: the same code renders the same bytes");
}

package dev.userpool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.userpool.password.Password;

@AnalyzeClasses(packages = "dev.userpool.testkit.jqwik", importOptions = MainCodeOnly.class)
class TestkitJqwikArchitectureTest {

  @ArchTest
  static final ArchRule onlyPublishedApis = noClasses().that().resideInAPackage("dev.userpool.testkit.jqwik..")
      .should().dependOnClassesThat().resideInAnyPackage("net.jqwik.engine..", "org.junit.jupiter.engine..",
          "org.junit.platform.launcher..", "org.junit.platform.engine..")
      .because("the jqwik support rests on jqwik's and JUnit's published APIs; the engines only run it");

  @ArchTest
  static final ArchRule neverPrints = noClasses().that().resideInAPackage("dev.userpool.testkit.jqwik")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("test support never prints: a password must never reach a console");

  @ArchTest
  static final ArchRule plainTextPasswordsOnlyWhereTheyAreSent = noClasses().that().resideInAPackage("dev.userpool.testkit.jqwik")
      .and().doNotHaveFullyQualifiedName("dev.userpool.testkit.jqwik.OperationSequence$Run")
      .and().doNotHaveSimpleName("CognitoDomain")
      .should().callMethod(Password.class, "reveal")
      .because("a plain-text password is revealed only to put it in a request (sequences) or to compare generated ones "
          + "(the domain); nowhere it could be logged");
}

package dev.userpool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.userpool.password.Password;

@AnalyzeClasses(packages = "dev.userpool.testkit", importOptions = MainCodeOnly.class)
class TestkitArchitectureTest {

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("dev.userpool.testkit.(*)..").should().beFreeOfCycles()
      .allowEmptyShould(true)
      .because("the testkit's packages are layered like the library's");

  @ArchTest
  static final ArchRule onlyTestFrameworkApis = noClasses().that().resideInAPackage("dev.userpool.testkit..")
      .should().dependOnClassesThat().resideInAnyPackage("net.jqwik..", "org.junit.jupiter.engine..",
          "org.junit.platform.launcher..", "org.junit.platform.engine..")
      .because("users bring their own test engine; the testkit rests on JUnit's published API only, and jqwik support is the "
          + "opt-in userpool-testkit-jqwik");

  @ArchTest
  static final ArchRule neverPrints = noClasses().that().resideInAPackage("dev.userpool.testkit")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("test support never prints: a password must never reach a console, and a consumer's test run stays quiet");

  @ArchTest
  static final ArchRule plainTextPasswordsOnlyWhereTheyAreSent = noClasses().that().resideInAPackage("dev.userpool.testkit")
      .and().doNotHaveSimpleName("TestPool")
      .and().doNotHaveSimpleName("TestUser")
      .and().doNotHaveSimpleName("Inbox")
      .should().callMethod(Password.class, "reveal")
      .because("a plain-text password is revealed only to put it in a request (fixtures) or to hand a test the one "
          + "it was sent (the inbox); nowhere it could be logged");
}

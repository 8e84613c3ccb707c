package dev.userpool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.userpool.password.Password;

@AnalyzeClasses(packages = "dev.userpool.testkit", importOptions = MainCodeOnly.class)
class TestkitArchitectureTest {

  private static final String ROOT = "dev.userpool.testkit";
  private static final String STORE = "dev.userpool.testkit.store..";
  private static final String TOKEN = "dev.userpool.testkit.token..";
  private static final String IN_PROCESS = "dev.userpool.testkit.inprocess..";
  private static final String SDK = "dev.userpool.testkit.sdk..";
  private static final String ENDPOINT = "dev.userpool.testkit.endpoint..";
  private static final String CONFORMANCE = "dev.userpool.testkit.conformance..";

  /** Each package its own slice, the root package included (a pattern like {@code testkit.(*)..} leaves the root out). */
  private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      return name.startsWith(ROOT) ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "each testkit package";
    }
  };

  @ArchTest
  static final ArchRule noPackageCycles = slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles()
      .because("the testkit's packages are layered like the library's: store and token, then inprocess, then sdk, then "
          + "the fixtures and the endpoint");

  @ArchTest
  static final ArchRule storesStandAlone = noClasses().that().resideInAPackage(STORE)
      .should().dependOnClassesThat().resideInAnyPackage(ROOT, TOKEN, IN_PROCESS, SDK, ENDPOINT)
      .because("the in-memory stores adapt the library's storage ports and nothing else: any Cognito can sit on them");

  @ArchTest
  static final ArchRule tokensStandAlone = noClasses().that().resideInAPackage(TOKEN)
      .should().dependOnClassesThat().resideInAnyPackage(ROOT, IN_PROCESS, SDK, ENDPOINT)
      .because("signing adapts the library's TokenSigner port over a SigningKeys store (an in-memory one by default) and "
          + "nothing else");

  @ArchTest
  static final ArchRule theInProcessCognitoKnowsNoFrontEnd = noClasses().that().resideInAPackage(IN_PROCESS)
      .should().dependOnClassesThat().resideInAnyPackage(ROOT, SDK, ENDPOINT)
      .because("the in-process Cognito wires stores, clock, mailbox and signer; the SDK client, the endpoint and the "
          + "fixtures are built on it, never the other way");

  @ArchTest
  static final ArchRule theSdkClientKnowsNeitherFixturesNorEndpoint = noClasses().that().resideInAPackage(SDK)
      .should().dependOnClassesThat().resideInAnyPackage(ROOT, ENDPOINT)
      .because("the SDK client maps shapes onto the in-process Cognito; fixtures and the endpoint use it");

  @ArchTest
  static final ArchRule theConformanceKitKnowsOnlyTheSdkSurface = noClasses().that().resideInAPackage(CONFORMANCE)
      .should().dependOnClassesThat().resideInAnyPackage(ROOT, ENDPOINT, STORE, TOKEN)
      .because("the kit measures any endpoint through the SDK client, its clock and its mailbox (ScenarioTarget); the endpoint's "
          + "Main hands it the command line, never the other way");

  @ArchTest
  static final ArchRule fixturesKnowNoEndpoint = noClasses().that().resideInAPackage(ROOT)
      .should().dependOnClassesThat().resideInAPackage(ENDPOINT)
      .because("the endpoint serves fixtures' pools (EndpointPool), so the fixtures must not need it");

  @ArchTest
  static final ArchRule onlyTestFrameworkApis = noClasses().that().resideInAPackage("dev.userpool.testkit..")
      .should().dependOnClassesThat().resideInAnyPackage("net.jqwik..", "org.junit.jupiter.engine..",
          "org.junit.platform.launcher..", "org.junit.platform.engine..")
      .because("users bring their own test engine; the testkit rests on JUnit's published API only, and jqwik support is the "
          + "opt-in userpool-testkit-jqwik");

  @ArchTest
  static final ArchRule neverPrints = noClasses().that().resideInAPackage("dev.userpool.testkit..")
      .and().doNotHaveFullyQualifiedName("dev.userpool.testkit.endpoint.Main")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("test support never prints: a password must never reach a console, and a consumer's test run stays quiet "
          + "(only the command line, Main, talks to its console)");

  @ArchTest
  static final ArchRule plainTextPasswordsOnlyWhereTheyAreSent = noClasses().that().resideInAPackage("dev.userpool.testkit..")
      .and().doNotHaveFullyQualifiedName("dev.userpool.testkit.TestPool")
      .and().doNotHaveFullyQualifiedName("dev.userpool.testkit.TestUser")
      .and().doNotHaveFullyQualifiedName("dev.userpool.testkit.inprocess.RecordingMailbox")
      .should().callMethod(Password.class, "reveal")
      .because("a plain-text password is revealed only to put it in a request (fixtures) or to hand a test the one "
          + "it was sent (the mailbox); nowhere it could be logged");
}

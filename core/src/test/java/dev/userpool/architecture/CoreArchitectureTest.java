package dev.userpool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.userpool", importOptions = MainCodeOnly.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchTests pureDomain = ArchTests.in(PureDomainRules.class);

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("policy").definedBy("dev.userpool.password..", "dev.userpool.parameter..")
      .layer("error").definedBy("dev.userpool.error..")
      .layer("pool").definedBy("dev.userpool.pool..")
      .layer("srp").definedBy("dev.userpool.srp..")
      .layer("user").definedBy("dev.userpool.user..")
      .layer("group").definedBy("dev.userpool.group..")
      .layer("token").definedBy("dev.userpool.token..")
      .layer("oauth").definedBy("dev.userpool.oauth..")
      .layer("port").definedBy("dev.userpool.port..")
      .layer("service").definedBy("dev.userpool.service..")
      .whereLayer("service").mayNotBeAccessedByAnyLayer()
      .whereLayer("port").mayOnlyBeAccessedByLayers("service")
      .whereLayer("oauth").mayOnlyBeAccessedByLayers("port", "service")
      .whereLayer("token").mayOnlyBeAccessedByLayers("oauth", "port", "service")
      .whereLayer("group").mayOnlyBeAccessedByLayers("token", "oauth", "port", "service")
      .whereLayer("user").mayOnlyBeAccessedByLayers("token", "oauth", "port", "service")
      .whereLayer("srp").mayOnlyBeAccessedByLayers("user", "token", "port", "service")
      .whereLayer("pool").mayOnlyBeAccessedByLayers("user", "group", "token", "oauth", "port", "service")
      .whereLayer("error").mayOnlyBeAccessedByLayers("pool", "user", "group", "token", "oauth", "port", "service")
      .because("dependencies point one way: policy, error, pool, srp, user and group, token, oauth, port, service");

  @ArchTest
  static final ArchRule noSdkOrJsonInTheDomain = noClasses().that().resideInAPackage("dev.userpool..")
      .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.fasterxml..", "org.junit..")
      .because("the domain knows nothing of AWS SDKs or JSON; adapters in the testkit do");
}

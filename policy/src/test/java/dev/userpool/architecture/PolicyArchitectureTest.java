package dev.userpool.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

@AnalyzeClasses(packages = { "dev.userpool.password", "dev.userpool.parameter" }, importOptions = MainCodeOnly.class)
class PolicyArchitectureTest {

  @ArchTest
  static final ArchTests pureDomain = ArchTests.in(PureDomainRules.class);
}

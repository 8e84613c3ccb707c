package dev.userpool.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = {"dev.userpool.password", "dev.userpool.parameter"}, importOptions = MainCodeOnly.class)
class PolicyArchitectureTest {

  @ArchTest static final ArchRule noWallClock = PureDomainRules.NO_WALL_CLOCK;
  @ArchTest static final ArchRule noAmbientRandomness = PureDomainRules.NO_AMBIENT_RANDOMNESS;
  @ArchTest static final ArchRule noIo = PureDomainRules.NO_IO;
  @ArchTest static final ArchRule noMutableStaticState = PureDomainRules.NO_MUTABLE_STATIC_STATE;
  @ArchTest static final ArchRule noPackageCycles = PureDomainRules.NO_PACKAGE_CYCLES;
  @ArchTest static final ArchRule policyIsALeaf = PureDomainRules.POLICY_IS_A_LEAF;
}

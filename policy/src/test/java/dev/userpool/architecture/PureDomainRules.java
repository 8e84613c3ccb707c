package dev.userpool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Rules every pure module (policy, core) applies to its main code; shared through policy's test-jar. An
 * architecture test runs them all with {@code @ArchTest static final ArchTests pureDomain = ArchTests.in(PureDomainRules.class)}.
 */
public final class PureDomainRules {

  private PureDomainRules() {}

  @ArchTest
  public static final ArchRule NO_WALL_CLOCK = noClasses()
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(OffsetDateTime.class, "now")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(Clock.class, "systemDefaultZone")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(System.class, "nanoTime")
      .because("domain functions are pure: the time is a parameter (Instant now) or a Clock passed in");

  @ArchTest
  public static final ArchRule NO_AMBIENT_RANDOMNESS = noClasses()
      .should().callMethod(Math.class, "random")
      .orShould().callMethod(UUID.class, "randomUUID")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
      .because("randomness arrives through the Randomness port, so tests replay and fakes stay deterministic");

  @ArchTest
  public static final ArchRule NO_IO = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..", "java.nio.channels..")
      .orShould().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
      .because("the domain does no I/O and starts no threads; adapters do that behind ports");

  @ArchTest
  public static final ArchRule NO_MUTABLE_STATIC_STATE = fields()
      .that().areStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
      .should().beFinal()
      .andShould(haveAnImmutableType())
      .allowEmptyShould(true)
      .because("shared mutable state would make the pure functions depend on call history and threads");

  @ArchTest
  public static final ArchRule NO_PACKAGE_CYCLES = slices()
      .matching("dev.userpool.(*)..")
      .should().beFreeOfCycles()
      .because("packages are layered: parameter and password, then error, pool, user, port, service");

  @ArchTest
  public static final ArchRule POLICY_IS_A_LEAF = noClasses()
      .that().resideInAnyPackage("dev.userpool.password..", "dev.userpool.parameter..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.userpool.user..", "dev.userpool.pool..", "dev.userpool.error..", "dev.userpool.port..",
          "dev.userpool.service..", "dev.userpool.testkit..")
      .because("the password policy is the leaf of the library: it depends on nothing else of ours");

  private static ArchCondition<JavaField> haveAnImmutableType() {
    DescribedPredicate<JavaClass> mutable = new DescribedPredicate<>("a mutable type") {
      @Override
      public boolean test(JavaClass type) {
        return type.isArray()
            || type.isAssignableTo(Collection.class)
            || type.isAssignableTo(Map.class)
            || type.isAssignableTo(StringBuilder.class)
            || type.getPackageName().equals("java.util.concurrent.atomic");
      }
    };
    return new ArchCondition<>("have an immutable type") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        if (mutable.test(field.getRawType())) {
          events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is static and of " + field.getRawType().getName()));
        }
      }
    };
  }
}

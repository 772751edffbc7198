package org.propdesk.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** ARCHITECTURE §1: the core is pure. */
@AnalyzeClasses(packages = "org.propdesk.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnlyOnTheJdkGuavaAndAnnotations =
      ArchRuleDefinition.classes().that().resideInAPackage("org.propdesk.core..")
          .should().onlyDependOnClassesThat(
              JavaClass.Predicates.resideInAnyPackage(
                  "org.propdesk.core..", "java..", "com.google.common..", "org.immutables..", "org.jspecify..",
                  "com.google.errorprone.annotations..", "com.fasterxml.jackson.annotation..",
                  "com.fasterxml.jackson.databind.annotation..")
                  // the default values of @JsonSerialize/@JsonDeserialize members: marker classes, never loaded
                  .or(JavaClass.Predicates.simpleName("None").and(JavaClass.Predicates.resideInAPackage("com.fasterxml.jackson.databind.."))))
          .because("core may depend on the JDK, Guava (with its annotations), Immutables and Jackson's annotations only"
              + " (ARCHITECTURE §1)");

  @ArchTest
  static final ArchRule coreReadsNoWallClock =
      noClasses().that().resideInAPackage("org.propdesk.core..")
          .should().callMethod(java.time.Instant.class, "now")
          .orShould().callMethod(java.time.LocalDateTime.class, "now")
          .orShould().callMethod(java.time.LocalDate.class, "now")
          .orShould().callMethod(java.time.ZonedDateTime.class, "now")
          .orShould().callMethod(System.class, "currentTimeMillis")
          .orShould().callMethod(System.class, "nanoTime")
          .orShould().callMethod(java.time.Clock.class, "systemUTC")
          .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
          .orShould().callMethod(java.util.UUID.class, "randomUUID")
          .because("time and ids are injected (ARCHITECTURE §1)");

  @ArchTest
  static final ArchRule coreStartsNoThreadsAndLogsNothing =
      noClasses().that().resideInAPackage("org.propdesk.core..")
          .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..", "org.apache.logging..")
          .orShould().callConstructor(Thread.class)
          .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
          .because("no library module ships logging or starts threads (ARCHITECTURE §1)");

  @ArchTest
  static final ArchRule corePackagesAreFreeOfCycles =
      SlicesRuleDefinition.slices().matching("org.propdesk.core.(*)..").should().beFreeOfCycles();
}

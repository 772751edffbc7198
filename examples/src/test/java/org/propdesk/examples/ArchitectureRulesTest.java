package org.propdesk.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** ARCHITECTURE §1, across every module on the class path (production code only). */
@AnalyzeClasses(packages = "org.propdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule =
      noClasses().that().resideInAPackage("org.propdesk.core..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.propdesk.workflows..", "org.propdesk.testkit..", "org.propdesk.examples..", "org.propdesk.persistence..",
              "org.propdesk.reporting..");

  @ArchTest
  static final ArchRule workflowsDependOnlyOnCore =
      noClasses().that().resideInAPackage("org.propdesk.workflows..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.propdesk.testkit..", "org.propdesk.examples..", "org.propdesk.persistence..", "org.propdesk.reporting..");

  @ArchTest
  static final ArchRule persistenceDependsOnlyOnCore =
      noClasses().that().resideInAPackage("org.propdesk.persistence..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.propdesk.workflows..", "org.propdesk.reporting..", "org.propdesk.testkit..", "org.propdesk.examples..")
          .because("persistence-jdbc and reporting never depend on workflows or on each other (ARCHITECTURE §1)");

  @ArchTest
  static final ArchRule noModuleReadsTheWallClockOrMakesRandomUuids =
      noClasses().that().resideInAPackage("org.propdesk..")
          .should().callMethod(java.time.Instant.class, "now")
          .orShould().callMethod(java.time.LocalDateTime.class, "now")
          .orShould().callMethod(java.time.LocalDate.class, "now")
          .orShould().callMethod(java.time.ZonedDateTime.class, "now")
          .orShould().callMethod(System.class, "currentTimeMillis")
          .orShould().callMethod(java.time.Clock.class, "systemUTC")
          .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
          .orShould().callMethod(java.util.UUID.class, "randomUUID")
          .because("time and ids come from the injected Clock and IdSource (ARCHITECTURE §1)");

  @ArchTest
  static final ArchRule noModuleBindsALogger =
      noClasses().that().resideInAPackage("org.propdesk..")
          .should().dependOnClassesThat().resideInAnyPackage("org.slf4j.simple..", "ch.qos.logback..", "org.apache.logging.log4j.core..")
          .because("no module ships a logging binding; the examples get one at run time only (ARCHITECTURE §1)");

  @ArchTest
  static final ArchRule libraryModulesStartNoThreads =
      noClasses().that().resideInAnyPackage("org.propdesk.core..", "org.propdesk.workflows..", "org.propdesk.persistence..")
          .should().callConstructor(Thread.class)
          .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
          .because("the host schedules runDue() and deliverDue(); PropDesk starts no thread");

  @ArchTest
  static final ArchRule publicSignaturesUseJdkTypesNotGuava =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
          .that().arePublic().and().areDeclaredInClassesThat().arePublic()
          .and().areDeclaredInClassesThat().resideInAPackage("org.propdesk..")
          .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
              "expose no Guava type in their signature") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod m, com.tngtech.archunit.lang.ConditionEvents events) {
              java.util.List<com.tngtech.archunit.core.domain.JavaClass> types = new java.util.ArrayList<>(m.getRawParameterTypes());
              types.add(m.getRawReturnType());
              for (var t : types) {
                if (t.getPackageName().startsWith("com.google.")) {
                  events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(m, m.getFullName() + " uses " + t.getName()));
                }
              }
            }
          })
          .because("Guava is an implementation detail: a host's Guava version never has to match ours (ARCHITECTURE §2)");
}

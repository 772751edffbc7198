package org.propdesk.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/**
 * ARCHITECTURE §2: the procedure is the unit of extension. No kernel package imports a procedure
 * package, and no procedure imports another except through a published call port: a package named
 * {@code port} directly under a procedure's package (e.g. {@code org.propdesk.workflows.ticket.port}),
 * which itself imports only the kernel and other ports. The one exception is the facade class {@code
 * PropDesk} (the composition root), which registers the built-in procedures and offers their desks by
 * name.
 */
@AnalyzeClasses(packages = "org.propdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ProcedureBoundariesTest {
  /** The kernel's packages under org.propdesk.core and org.propdesk.workflows (besides their roots). */
  static final Set<String> KERNEL = Set.of("common", "org", "estate", "owner", "lifecycle", "calendar", "spi", "memory");

  /** The facade: the composition root that wires the built-in procedures. */
  static final Set<String> FACADE = Set.of("org.propdesk.workflows.PropDesk", "org.propdesk.workflows.PropDesk$Builder");

  /** The procedure a class belongs to, e.g. "complaint" for org.propdesk.workflows.complaint.X. */
  static Optional<String> procedureOf(JavaClass c) {
    String p = c.getPackageName();
    for (String root : new String[] {"org.propdesk.core.", "org.propdesk.workflows."}) {
      if (p.startsWith(root)) {
        String first = p.substring(root.length()).split("\\.")[0];
        return KERNEL.contains(first) ? Optional.empty() : Optional.of(first);
      }
    }
    return Optional.empty();
  }

  /** Whether a class is in a procedure's published call port, e.g. org.propdesk.core.ticket.port. */
  static boolean isPort(JavaClass c) {
    return procedureOf(c).isPresent() && c.getPackageName().matches("org\\.propdesk\\.(core|workflows)\\.[a-z_]+\\.port");
  }

  static boolean isKernel(JavaClass c) {
    String p = c.getPackageName();
    boolean inModule = p.equals("org.propdesk.core") || p.equals("org.propdesk.workflows")
        || p.startsWith("org.propdesk.core.") || p.startsWith("org.propdesk.workflows.")
        || p.startsWith("org.propdesk.persistence.");
    return inModule && procedureOf(c).isEmpty() && !FACADE.contains(c.getName());
  }

  static ArchCondition<JavaClass> dependOnNoProcedureBut(String what) {
    return new ArchCondition<>("depend on no procedure package " + what) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        Optional<String> own = procedureOf(c);
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          Optional<String> target = procedureOf(d.getTargetClass());
          if (target.isPresent() && !target.equals(own) && !isPort(d.getTargetClass())) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  @ArchTest
  static final ArchRule theKernelImportsNoProcedure =
      classes().that(com.tngtech.archunit.base.DescribedPredicate.describe("are in a kernel package", ProcedureBoundariesTest::isKernel))
          .should(dependOnNoProcedureBut("(the kernel never names a procedure)"))
          .because("a new procedure adds packages and edits no kernel file (ARCHITECTURE §2)");

  @ArchTest
  static final ArchRule aCallPortImportsOnlyTheKernelAndOtherPorts =
      classes().that(com.tngtech.archunit.base.DescribedPredicate.describe("are in a call port", ProcedureBoundariesTest::isPort))
          .should(new ArchCondition<>("depend only on the kernel and call ports") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
              for (Dependency d : c.getDirectDependenciesFromSelf()) {
                if (procedureOf(d.getTargetClass()).isPresent() && !isPort(d.getTargetClass())) {
                  events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                }
              }
            }
          })
          .because("a user of a port must not reach the procedure behind it (ARCHITECTURE §2)");

  @ArchTest
  static final ArchRule noProcedureImportsAnother =
      classes().that(com.tngtech.archunit.base.DescribedPredicate.describe("are in a procedure package", c -> procedureOf(c).isPresent()))
          .should(dependOnNoProcedureBut("other than its own"))
          .because("procedures meet only through published call ports (ARCHITECTURE §2)");
}

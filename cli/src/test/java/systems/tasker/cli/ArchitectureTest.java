package systems.tasker.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import picocli.CommandLine.Command;

/**
 * The shape of the whole program, checked on the classes of every module (all are on the class
 * path of cli's tests): arrows between packages point one way, the engine knows nothing of
 * discovery, and commands share code through helpers, never through each other.
 */
@AnalyzeClasses(
    packages = "systems.tasker.cli",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Every package is a slice of its own, the root package of cli included. */
  @ArchTest
  static final ArchRule noPackageCycleInAnyModule = SlicesRuleDefinition.slices()
      .assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
          return "one slice a package";
        }
      })
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule engineNeverDependsOnDiscovery = noClasses()
      .that().resideInAPackage("systems.tasker.cli.engine..")
      .should().dependOnClassesThat().resideInAPackage("systems.tasker.cli.discovery..");

  @ArchTest
  static final ArchRule discoveryNeverDependsOnTheEngineOrTheCommandLine = noClasses()
      .that().resideInAPackage("systems.tasker.cli.discovery..")
      .should().dependOnClassesThat().resideInAnyPackage("systems.tasker.cli.engine..",
          "systems.tasker.cli.command..", "picocli..", "io.pebbletemplates..");

  @ArchTest
  static final ArchRule commandsDoNotDependOnEachOther = classes()
      .that().areAnnotatedWith(Command.class)
      .should(dependOnNoOtherCommand());

  private static ArchCondition<JavaClass> dependOnNoOtherCommand() {
    DescribedPredicate<JavaClass> aCommand = DescribedPredicate.describe("a command",
        javaClass -> javaClass.isAnnotatedWith(Command.class));
    return new ArchCondition<>("depend on no other command") {
      @Override
      public void check(JavaClass command, ConditionEvents events) {
        for (Dependency dependency : command.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (aCommand.test(target) && !sameCommand(command, target)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static boolean sameCommand(JavaClass command, JavaClass target) {
    return target.equals(command)
        || target.getEnclosingClass().map(command::equals).orElse(false)
        || command.getEnclosingClass().map(target::equals).orElse(false);
  }
}

package systems.tasker.cli.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** plugin-api is data and validation only: it must stay usable without Pebble or picocli. */
@AnalyzeClasses(
    packages = "systems.tasker.cli.plugin",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule knowsNothingOfPicocliOrPebble = noClasses()
      .that().resideInAPackage("systems.tasker.cli.plugin..")
      .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.pebbletemplates..");

  @ArchTest
  static final ArchRule usesPathsNotFiles = noClasses()
      .that().resideInAPackage("systems.tasker.cli.plugin..")
      .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File");
}

package systems.tasker.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Only the remote-git module knows JGit, and nothing else names its classes: they live in
 * tasker-cli-git.jar, which {@link GitLibrary} loads by name when a fetch is needed, so runs that
 * fetch nothing load no git class.
 */
@AnalyzeClasses(packages = "systems.tasker.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class GitIsolationTest {

  @ArchTest
  static final ArchRule onlyRemoteGitUsesJgit = noClasses()
      .that().resideOutsideOfPackage("systems.tasker.cli.remote.git..")
      .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..", "org.apache.sshd..");

  @ArchTest
  static final ArchRule nothingNamesTheGitModule = noClasses()
      .that().resideOutsideOfPackage("systems.tasker.cli.remote.git..")
      .should().dependOnClassesThat().resideInAPackage("systems.tasker.cli.remote.git..");

  @ArchTest
  static final ArchRule discoveryKnowsNoGit = noClasses()
      .that().resideInAPackage("systems.tasker.cli.discovery..")
      .should().dependOnClassesThat().resideInAnyPackage("systems.tasker.cli.remote..",
          "org.eclipse.jgit..");
}

package systems.tasker.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Only the remote-git module knows JGit, and only CliContext creates its fetcher (inside a
 * supplier called when a fetch is needed), so runs that fetch nothing load no git class.
 */
@AnalyzeClasses(packages = "systems.tasker.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class GitIsolationTest {

  @ArchTest
  static final ArchRule onlyRemoteGitUsesJgit = noClasses()
      .that().resideOutsideOfPackage("systems.tasker.cli.remote.git..")
      .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..", "org.apache.sshd..");

  @ArchTest
  static final ArchRule onlyTheContextCreatesTheFetcher = noClasses()
      .that().resideOutsideOfPackage("systems.tasker.cli.remote.git..")
      .and().doNotHaveFullyQualifiedName(CliContext.class.getName())
      .should().dependOnClassesThat().resideInAPackage("systems.tasker.cli.remote.git..");

  @ArchTest
  static final ArchRule discoveryKnowsNoGit = noClasses()
      .that().resideInAPackage("systems.tasker.cli.discovery..")
      .should().dependOnClassesThat().resideInAnyPackage("systems.tasker.cli.remote..",
          "org.eclipse.jgit..");
}

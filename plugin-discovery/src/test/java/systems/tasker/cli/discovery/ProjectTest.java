package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectTest {

  private final TestTree tree = new TestTree();

  @AfterEach
  void close() throws Exception {
    tree.close();
  }

  @Test
  void theProjectIsFoundFromAnySubdirectoryWithThePluginThatMadeIt() {
    tree.write(".tasker-cli.toml", "default-language = \"ruby\"\n");
    tree.write(".tasker-cli-answers.toml", "[generator]\nplugin = \"tasker-contrib-ruby\"\n"
        + "plugin_version = \"0.1.0\"\nlanguage = \"ruby\"\n");
    tree.mkdirs("lib/app/services");
    Environment deep = new Environment(tree.work.resolve("lib/app/services"), tree.home, java.util.Map.of());

    Optional<Project> project = Project.find(deep);

    assertThat(project).contains(new Project(tree.work, Optional.of(
        new Project.GeneratedBy("tasker-contrib-ruby", "0.1.0", "ruby"))));
  }

  @Test
  void anAnswersFileThatSaysNothingUsableIsIgnored() {
    tree.write(".tasker-cli.toml", "");
    tree.write(".tasker-cli-answers.toml", "[generator\nplugin = ");
    assertThat(Project.find(tree.env()).orElseThrow().generatedBy()).isEmpty();

    tree.write(".tasker-cli-answers.toml", "[generator]\nplugin = 3\n");
    assertThat(Project.find(tree.env()).orElseThrow().generatedBy()).isEmpty();
  }

  @Test
  void outsideAProjectThereIsNone() {
    assertThat(Project.find(tree.env())).isEmpty();
  }

  @Test
  void theProjectsPluginsAreSearchedUnderItsRootFromASubdirectory() {
    tree.write(".tasker-cli.toml", "");
    tree.mkdirs(".tasker-cli/plugins");
    tree.mkdirs("src/deep");
    Environment deep = new Environment(tree.work.resolve("src/deep"), tree.home, java.util.Map.of());

    List<SearchPath> paths = SearchPaths.resolve(deep, List.of(),
        ConfigLoader.load(deep, null, null));

    assertThat(paths).filteredOn(path -> path.source() == PluginSource.PROJECT)
        .extracting(SearchPath::path).containsExactly(tree.work.resolve(".tasker-cli/plugins"));
  }
}

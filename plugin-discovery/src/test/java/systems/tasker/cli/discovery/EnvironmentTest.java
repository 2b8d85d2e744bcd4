package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  private final TestTree tree = new TestTree();

  @AfterEach
  void close() throws Exception {
    tree.close();
  }

  @Test
  void homeIsTheHomeVariableWhenItIsAnAbsolutePathElseTheAccounts() {
    java.nio.file.FileSystem fs = tree.path("/").getFileSystem();

    assertThat(Environment.home(fs, Map.of("HOME", "/tmp/elsewhere"), "/root"))
        .isEqualTo(tree.path("/tmp/elsewhere"));
    assertThat(Environment.home(fs, Map.of("HOME", "relative"), "/root")).isEqualTo(tree.path("/root"));
    assertThat(Environment.home(fs, Map.of("HOME", ""), "/root")).isEqualTo(tree.path("/root"));
    assertThat(Environment.home(fs, Map.of(), "/root")).isEqualTo(tree.path("/root"));
  }

  @Test
  void xdgConfigHomeDefaultsToDotConfigInHome() {
    assertThat(tree.env().xdgConfigHome()).isEqualTo(tree.path("/home/ada/.config"));
  }

  @Test
  void xdgConfigHomeComesFromTheVariable() {
    tree.variable("XDG_CONFIG_HOME", "/etc/xdg/../ada-config");

    assertThat(tree.env().xdgConfigHome()).isEqualTo(tree.path("/etc/ada-config"));
  }

  @Test
  void relativeOrBlankXdgConfigHomeIsIgnored() {
    assertThat(tree.variable("XDG_CONFIG_HOME", "config").env().xdgConfigHome())
        .isEqualTo(tree.path("/home/ada/.config"));
    assertThat(tree.variable("XDG_CONFIG_HOME", "").env().xdgConfigHome())
        .isEqualTo(tree.path("/home/ada/.config"));
  }

  @Test
  void systemPluginsDefaultToUsrLocalOnTheWorkingDirectorysFileSystem() {
    Path system = tree.env().systemPluginsDirectory();

    assertThat(system).isEqualTo(tree.path("/usr/local/share/tasker-cli/plugins"));
    assertThat(system.getFileSystem()).isSameAs(tree.fs);
  }

  @Test
  void systemPluginsComeFromTheVariableRelativeToTheWorkingDirectory() {
    tree.variable("TASKER_CLI_SYSTEM_PLUGINS", "../contrib-plugins");

    assertThat(tree.env().systemPluginsDirectory())
        .isEqualTo(tree.path("/home/ada/projects/contrib-plugins"));
  }

  @Test
  void tildeExpandsToHomeAndOtherRelativePathsToTheBase() {
    Environment env = tree.env();
    Path base = tree.path("/etc/tasker");

    assertThat(env.expand("~", base)).isEqualTo(tree.path("/home/ada"));
    assertThat(env.expand("~/plugins/../mine", base)).isEqualTo(tree.path("/home/ada/mine"));
    assertThat(env.expand("plugins", base)).isEqualTo(tree.path("/etc/tasker/plugins"));
    assertThat(env.expand("~bob/plugins", base)).isEqualTo(tree.path("/etc/tasker/~bob/plugins"));
    assertThat(env.expand("/opt/plugins", base)).isEqualTo(tree.path("/opt/plugins"));
  }

  @Test
  void pathsFromAnotherFileSystemAreMovedOntoThisOne() {
    Path onDefault = Path.of("plugins");

    Path resolved = tree.env().resolve(onDefault);

    assertThat(resolved).isEqualTo(tree.path("/home/ada/projects/app/plugins"));
  }

  @Test
  void relativeWorkingDirectoryIsRejected() {
    assertThatThrownBy(() -> new Environment(tree.path("app"), tree.home, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

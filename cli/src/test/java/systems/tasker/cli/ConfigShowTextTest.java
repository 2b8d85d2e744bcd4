package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole text of {@code config show}: every value with where it came from, then the paths. */
class ConfigShowTextTest {

  private final CliHarness cli = new CliHarness();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  @Test
  void showsEveryValueItsOriginTheProfilesAndTheNumberedSearchPaths() {
    cli.write("plugins/.keep", "");
    cli.write(".tasker-cli.toml", """
        plugin-paths = ["plugins"]
        default-language = "ruby"
        colour = "always"

        [params]
        package = "my_app"

        [profiles.work]
        default-language = "python"

        [profiles.home]
        """);

    CliHarness.Run run = cli.run("config", "show", "--profile", "work");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("""
        config file:        /work/project/.tasker-cli.toml
        project:            /work/project  (the config file is the project's own: its plugin-paths and default-output-dir were chosen by the project, not by you)
        profile:            work  (command line)
        known profiles:     work, home
        default-language:   python  (/work/project/.tasker-cli.toml (profile work))
        default-output-dir: /work/project  (default)
        params:
          package = my_app  (/work/project/.tasker-cli.toml (top-level))

        Plugin search paths, highest priority first:
          #  SOURCE          FOUND      PATH
          1  project         missing    /work/project/.tasker-cli/plugins
          2  project-config  directory  /work/project/plugins
          3  user            missing    /home/dev/.config/tasker-cli/plugins
          4  system          missing    /usr/local/share/tasker-cli/plugins
        """);
    assertThat(run.err()).isEqualTo("warning: /work/project/.tasker-cli.toml:3:1: unknown key colour"
        + " (remove it, or check its spelling)\n");
  }

  @Test
  void withoutAConfigurationFileNothingIsSetAndNoProfileIsListed() {
    CliHarness.Run run = cli.run("config", "show");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("""
        config file:        (none)
        profile:            (not set)
        default-language:   (not set)
        default-output-dir: /work/project  (default)

        Plugin search paths, highest priority first:
          #  SOURCE   FOUND    PATH
          1  project  missing  /work/project/.tasker-cli/plugins
          2  user     missing  /home/dev/.config/tasker-cli/plugins
          3  system   missing  /usr/local/share/tasker-cli/plugins
        """);
    assertThat(run.err()).isEmpty();
  }
}

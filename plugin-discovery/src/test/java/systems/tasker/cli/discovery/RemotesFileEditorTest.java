package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.TaskerException;

class RemotesFileEditorTest {

  private static final Path FILE = Path.of("/home/ada/.config/tasker-cli.toml");
  private static final ConfigFile OURS = new ConfigFile(FILE, ConfigDialect.TASKER_CLI);

  private static final String COMMENTED = """
      # My tasker-cli settings
      plugin-paths = ["./plugins"]   # local ones first

      # Hours before cached remotes are considered stale
      cache-max-age-hours = 12

      [[remotes]]
      name = "first"   # the team's
      url = "https://example.com/first"

      # the CI profile
      [profiles.ci]
      use-published-plugins = true
      """;

  @Test
  void addingKeepsEveryLineAndAppendsATable() {
    String edited = RemotesFileEditor.add(OURS, COMMENTED, "acme", "https://example.com/acme",
        "v2", "plugins");

    assertThat(edited).isEqualTo(COMMENTED + """

        [[remotes]]
        name = "acme"
        url = "https://example.com/acme"
        ref = "v2"
        plugin-path = "plugins"
        """);
  }

  @Test
  void taskerCtlsFileGetsTheRefAsGitRefWhichTaskerCtlReads() {
    ConfigFile theirs = new ConfigFile(Path.of("/p/.tasker-ctl.toml"), ConfigDialect.TASKER_CTL);

    assertThat(RemotesFileEditor.add(theirs, "plugin-paths = [\".\"]\n", "acme", "/srv/acme.git",
        "v2", ""))
        .isEqualTo("plugin-paths = [\".\"]\n\n[[remotes]]\nname = \"acme\"\nurl = \"/srv/acme.git\"\n"
            + "git-ref = \"v2\"\n");
  }

  @Test
  void theDefaultRefIsNotWritten() {
    assertThat(RemotesFileEditor.add(OURS, "", "a", "/srv/a.git", "main", ""))
        .isEqualTo("[[remotes]]\nname = \"a\"\nurl = \"/srv/a.git\"\n");
  }

  @Test
  void removingTakesOutOnlyThatTable() {
    String added = RemotesFileEditor.add(OURS, COMMENTED, "acme", "https://example.com/acme",
        "main", "");

    assertThat(RemotesFileEditor.remove(FILE, added, "acme")).isEqualTo(COMMENTED);
    assertThat(RemotesFileEditor.remove(FILE, COMMENTED, "first")).isEqualTo("""
        # My tasker-cli settings
        plugin-paths = ["./plugins"]   # local ones first

        # Hours before cached remotes are considered stale
        cache-max-age-hours = 12

        # the CI profile
        [profiles.ci]
        use-published-plugins = true
        """);
  }

  @Test
  void aDuplicateOrAnUnknownNameChangesNothing() {
    assertThatThrownBy(() -> RemotesFileEditor.add(OURS, COMMENTED, "first", "u", "main", ""))
        .isInstanceOf(TaskerException.class).hasMessageContaining("already declared");
    assertThatThrownBy(() -> RemotesFileEditor.remove(FILE, COMMENTED, "nope"))
        .isInstanceOf(TaskerException.class).hasMessageContaining("no [[remotes]] table named 'nope'");
  }

  @Test
  void anInlineRemotesArrayIsNotEdited() {
    assertThatThrownBy(() -> RemotesFileEditor.add(OURS, "remotes = 3\n", "a", "u", "main", ""))
        .isInstanceOf(TaskerException.class).hasMessageContaining("not an array of tables");
  }

  @Test
  void valuesAreQuotedAsTomlStrings() {
    String edited = RemotesFileEditor.add(OURS, "", "a", "/srv/we\"ird\\path", "main", "");

    assertThat(edited).contains("url = \"/srv/we\\\"ird\\\\path\"");
  }
}

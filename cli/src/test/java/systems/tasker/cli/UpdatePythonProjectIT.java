package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of issue 14, as a new user would try it with the jar: {@code init} a Python
 * project with version 0.1.0 of the Python plugin, edit two files, install a version 0.2.0 that
 * changes those files elsewhere, adds a function with its test and a new file, then
 * {@code update --dry-run} shows the plan and {@code update} applies it: both edits survive, the
 * new version is in, and the project's own tests (verify/python.sh) pass with one more test.
 */
class UpdatePythonProjectIT {

  private static final String USER_EDIT_README = "## Our team\n\nOrders are run by the shop"
      + " team; ask in #orders.\n\n";
  private static final String USER_EDIT_SERVICE = "CURRENCY = \"USD\"\n";

  @Test
  void initEditInstallANewVersionUpdateAndTheProjectsTestsPass(@TempDir Path dir)
      throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path plugin = home.resolve(".config/tasker-cli/plugins/python");
    GeneratedTreesTest.copyTree(JarRunner.CONTRIB.resolve("python/tasker-cli-plugin"), plugin);

    JarRunner.Result init = JarRunner.run(dir, home, "init", "my-shop", "--language", "python");
    assertThat(init.exitCode()).as(init.err()).isZero();
    Path project = dir.resolve("my-shop");
    int before = GeneratedProjectsIT.verify("python", project, "as generated");
    Path service = project.resolve("my_shop/services/orders.py");
    edit(project.resolve("README.md"), "# my-shop\n\n", "# my-shop\n\n" + USER_EDIT_README);
    edit(service, "TAX_RATE_PERCENT = 8\n", "TAX_RATE_PERCENT = 8\n" + USER_EDIT_SERVICE);

    installVersion2(plugin);
    Map<String, String> edited = CliHarness.files(project);
    JarRunner.Result dryRun = JarRunner.run(project, home, "update", "--dry-run");

    assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
    assertThat(dryRun.out())
        .startsWith("Updating " + project + " from tasker-contrib-python 0.1.0 to 0.2.0"
            + " (base: the cached copy of 0.1.0)\n")
        .contains("merged     README.md\n", "merged     my_shop/services/orders.py\n",
            "updated    tests/test_services.py\n", "added      CHANGELOG.md\n",
            "+def order_summary(priced: dict[str, Any]) -> str:\n")
        .contains("Dry run, nothing written: ");
    assertThat(CliHarness.files(project)).isEqualTo(edited);

    JarRunner.Result update = JarRunner.run(project, home, "update");

    assertThat(update.exitCode()).as(update.err()).isZero();
    assertThat(update.err()).isEmpty();
    assertThat(Files.readString(project.resolve("README.md"))).contains(USER_EDIT_README)
        .contains("## Updating\n");
    assertThat(Files.readString(service)).contains(USER_EDIT_SERVICE)
        .contains("def order_summary(");
    assertThat(project.resolve("CHANGELOG.md")).exists();
    assertThat(Files.readString(project.resolve(".tasker-cli-answers.toml")))
        .contains("plugin_version = \"0.2.0\"");
    assertThat(GeneratedProjectsIT.verify("python", project, "after update")).isEqualTo(before + 1);

    JarRunner.Result again = JarRunner.run(project, home, "update");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out().lines().skip(1)
        .filter(line -> !line.startsWith("unchanged ") && !line.startsWith("Updated to ")))
        .isEmpty();
  }

  /** Version 0.2.0: a function and its test, a README section and a new file. */
  private static void installVersion2(Path plugin) throws IOException {
    edit(plugin.resolve("tasker-plugin.toml"), "version = \"0.1.0\"", "version = \"0.2.0\"");
    Path files = plugin.resolve("templates/project/files");
    append(files.resolve("{{ name | snake_case }}/services/orders.py"), "\n\n"
        + "def order_summary(priced: dict[str, Any]) -> str:\n"
        + "    \"\"\"One line for logs: the order and its total.\"\"\"\n"
        + "    total = priced[\"total_cents\"]\n"
        + "    return f\"{priced['order_id']}: {total // 100}.{total % 100:02d}\"\n");
    append(files.resolve("tests/test_services.py.tera"), "\n\n"
        + "def test_order_summary_names_the_order_and_its_total():\n"
        + "    priced = {\"order_id\": \"ORD-1\", \"total_cents\": 8099}\n\n"
        + "    assert orders.order_summary(priced) == \"ORD-1: 80.99\"\n");
    append(files.resolve("README.md.tera"), "\n## Updating\n\n"
        + "`tasker-cli update` brings this project up to a newer version of its template and"
        + " keeps your changes.\n");
    Files.writeString(files.resolve("CHANGELOG.md"), "# Changelog\n\n## 0.2.0\n\n"
        + "- `order_summary` in the order service.\n");
  }

  private static void edit(Path file, String before, String after) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(before);
    Files.writeString(file, text.replaceFirst(Pattern.quote(before),
        Matcher.quoteReplacement(after)));
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, Files.readString(file) + text);
  }
}

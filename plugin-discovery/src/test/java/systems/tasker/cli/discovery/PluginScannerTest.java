package systems.tasker.cli.discovery;

import static systems.tasker.cli.discovery.SearchPath.Kind.DIRECTORY;
import static systems.tasker.cli.discovery.SearchPath.Kind.MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.Diagnostic;

class PluginScannerTest {

  private final TestTree tree = new TestTree();
  private final PluginScanner scanner = new PluginScanner();

  @AfterEach
  void close() throws Exception {
    tree.close();
  }

  private List<DiscoveredPlugin> scan(Path... paths) {
    List<SearchPath> searchPaths =
        Arrays.stream(paths)
            .map(path -> new SearchPath(path, PluginSource.CONFIG, SearchPath.Kind.of(path)))
            .toList();
    return scanner.scan(searchPaths, null).plugins();
  }

  @Test
  void aSearchPathHoldingAManifestIsItselfThePluginAndNothingBelowIsScanned() {
    Path dir = tree.plugin(tree.path("/p/solo"), "solo", "step_handler");
    tree.plugin(dir.resolve("inner"), "inner", "x");

    assertThat(scan(dir)).extracting(DiscoveredPlugin::name).containsExactly("solo");
  }

  @Test
  void aWellFormedManifestIsOkWithoutDiagnostics() {
    Path dir =
        tree.plugin(tree.path("/p/clean"), "clean")
            .frameworks("rails")
            .template("step_handler")
            .template("task_template", List.of("ruby"), List.of("rails"))
            .write();

    DiscoveredPlugin found = scan(dir).get(0);

    assertThat(found.status()).isEqualTo(PluginStatus.OK);
    assertThat(found.diagnostics()).isEmpty();
  }

  @Test
  void everyImmediateSubdirectoryWithAManifestIsAPluginInNameOrder() {
    Path root = tree.path("/p");
    tree.plugin(root.resolve("zeta"), "zeta", "x");
    tree.plugin(root.resolve("alpha"), "alpha", "x");
    tree.plugin(root.resolve("mid/deeper"), "too-deep", "x");

    List<DiscoveredPlugin> found = scan(root);

    assertThat(found).extracting(DiscoveredPlugin::name).containsExactly("alpha", "zeta");
    assertThat(found)
        .extracting(DiscoveredPlugin::directory)
        .containsExactly(root.resolve("alpha"), root.resolve("zeta"));
  }

  @Test
  void theContribLayoutNestsEachPluginInTaskerCliPlugin() {
    Path root = tree.path("/contrib");
    tree.plugin(root.resolve("ruby/tasker-cli-plugin"), "tasker-contrib-ruby", "step_handler");
    tree.plugin(root.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "step_handler");
    tree.write(root.resolve("README.md"), "not a plugin");

    List<DiscoveredPlugin> found = scan(root);

    assertThat(found)
        .extracting(DiscoveredPlugin::directory)
        .containsExactly(
            root.resolve("python/tasker-cli-plugin"), root.resolve("ruby/tasker-cli-plugin"));
    assertThat(found).allMatch(p -> p.status() == PluginStatus.OK);
  }

  @Test
  void missingSearchPathsAreSkippedQuietly() {
    Path root = tree.path("/p");
    tree.plugin(root.resolve("a"), "a", "x");

    PluginScanner.Result result =
        scanner.scan(
            List.of(
                new SearchPath(tree.path("/nowhere"), PluginSource.PLUGIN_PATH, MISSING),
                new SearchPath(root, PluginSource.USER, DIRECTORY)),
            null);

    assertThat(result.plugins()).extracting(DiscoveredPlugin::name).containsExactly("a");
    assertThat(result.plugins().get(0).source()).isEqualTo(PluginSource.USER);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aSearchPathThatIsAFileIsSkippedWithAWarningSayingSo() {
    Path file = tree.write(tree.path("/p/plugins.txt"), "not a directory\n");

    PluginScanner.Result result = scanner.scan(
        List.of(new SearchPath(file, PluginSource.PLUGIN_PATH, SearchPath.Kind.of(file))), null);

    assertThat(SearchPath.Kind.of(file)).isEqualTo(SearchPath.Kind.NOT_A_DIRECTORY);
    assertThat(result.plugins()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::file, Diagnostic::message)
        .containsExactly(tuple("search-path-not-a-directory", file,
            "plugin search path (plugin-path) is not a directory; skipped"));
  }

  @Test
  void aManifestThatIsNotAFileMakesABrokenPluginNotAnInvisibleOne() {
    Path root = tree.path("/p");
    TestTree.createDirectories(root.resolve("odd/tasker-plugin.toml"));

    List<DiscoveredPlugin> found = scan(root);

    assertThat(found).extracting(DiscoveredPlugin::name, DiscoveredPlugin::status)
        .containsExactly(tuple("odd", PluginStatus.BROKEN));
    assertThat(found.get(0).diagnostics()).extracting(Diagnostic::code)
        .containsExactly("manifest-unreadable");
  }

  @Test
  void aBrokenManifestIsKeptAndDoesNotStopTheOthers() {
    Path root = tree.path("/p");
    tree.plugin(root.resolve("a-good"), "good", "x");
    tree.write(root.resolve("b-broken/tasker-plugin.toml"), "[plugin\nname = \"broken\"\n");
    tree.write(root.resolve("c-headless/tasker-plugin.toml"), "name = \"headless\"\n");
    tree.write(
        root.resolve("d-named/tasker-plugin.toml"), "[plugin]\nname = \"named\"\n[templates\n");
    tree.plugin(root.resolve("e-good"), "also-good", "x");

    List<DiscoveredPlugin> found = scan(root);

    assertThat(found)
        .extracting(DiscoveredPlugin::name, DiscoveredPlugin::status)
        .containsExactly(
            tuple("good", PluginStatus.OK),
            tuple("b-broken", PluginStatus.BROKEN),
            tuple("c-headless", PluginStatus.BROKEN),
            tuple("d-named", PluginStatus.BROKEN),
            tuple("also-good", PluginStatus.OK));
    assertThat(found.get(1).manifest()).isNull();
    assertThat(found.get(1).diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(tuple("manifest-syntax", 1));
  }

  @Test
  void aBrokenPluginInTheContribLayoutIsNamedAfterItsLanguageDirectory() {
    Path root = tree.path("/contrib");
    tree.write(root.resolve("rust/tasker-cli-plugin/tasker-plugin.toml"), "oops = \n");

    assertThat(scan(root)).extracting(DiscoveredPlugin::name).containsExactly("rust");
  }

  @Test
  void theSameDirectoryReachedTwiceIsOnePlugin() {
    Path root = tree.path("/p");
    Path plugin = tree.plugin(root.resolve("a"), "a", "x");

    List<DiscoveredPlugin> found = scan(root, plugin, tree.path("/p/a/../a"));

    assertThat(found).extracting(DiscoveredPlugin::directory).containsExactly(plugin);
  }

  @Test
  void aSymlinkToAPluginAlreadyFoundIsTheSamePlugin() throws Exception {
    Path plugin = tree.plugin(tree.path("/p/a"), "a", "x");
    Path other = Files.createDirectories(tree.path("/q"));
    Files.createSymbolicLink(other.resolve("link"), plugin);

    assertThat(scan(tree.path("/p"), other))
        .extracting(DiscoveredPlugin::directory)
        .containsExactly(plugin);
  }

  @Test
  void aTemplatePathLeavingThePluginDirectoryMakesThePluginBroken() {
    Path dir = tree.path("/p/sneaky");
    tree.write(
        dir.resolve("tasker-plugin.toml"),
        "[plugin]\nname = \"sneaky\"\nversion = \"0.1.0\"\ndescription = \"sneaky\"\n"
            + "languages = [\"ruby\"]\n"
            + "[templates]\nsecrets = { path = \"../../home/ada\" }\n");

    DiscoveredPlugin found = scan(dir).get(0);

    assertThat(found.status()).isEqualTo(PluginStatus.BROKEN);
    assertThat(found.name()).isEqualTo("sneaky");
    // The manifest rules of plugin-api report the path as written; the scanner's own check, on the
    // resolved path, reports it again.
    assertThat(found.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("template-path-escapes");
  }

  @Test
  void theBuiltinPluginMayLiveOnAnotherFileSystemAndComesLast() throws Exception {
    try (FileSystem jar = Jimfs.newFileSystem(Configuration.unix())) {
      Path builtin = jar.getPath("/builtin");
      Files.createDirectories(builtin.resolve("templates/plugin_new"));
      Files.writeString(
          builtin.resolve("tasker-plugin.toml"),
          "[plugin]\nname = \"builtin\"\nversion = \"0.1.0\"\ndescription = \"built-in\"\n"
              + "languages = [\"ruby\", \"python\", \"typescript\", \"rust\"]\n"
              + "[templates]\nplugin_new = { path = \"templates/plugin_new\" }\n");
      Path user = tree.plugin(tree.path("/p/user"), "user", "x");

      List<DiscoveredPlugin> found =
          scanner
              .scan(List.of(new SearchPath(tree.path("/p"), PluginSource.USER, DIRECTORY)), builtin)
              .plugins();

      assertThat(found)
          .extracting(
              DiscoveredPlugin::directory, DiscoveredPlugin::source, DiscoveredPlugin::status)
          .containsExactly(
              tuple(user, PluginSource.USER, PluginStatus.OK),
              tuple(builtin, PluginSource.BUILTIN, PluginStatus.OK));
    }
  }
}

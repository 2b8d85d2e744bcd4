package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VersionCacheTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path cacheRoot = fs.getPath("/home/dev/.cache/tasker-cli/versions");
  private final VersionCache cache = new VersionCache(cacheRoot);

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private DiscoveredPlugin plugin(String name, String version) throws IOException {
    Path dir = fs.getPath("/plugins/" + name + "-" + version);
    Files.createDirectories(dir.resolve("templates/project/files"));
    Files.writeString(dir.resolve("tasker-plugin.toml"), "[plugin]\nname = \"" + name
        + "\"\nversion = \"" + version + "\"\ndescription = \"d\"\nlanguage = \"python\"\n\n"
        + "[[templates]]\nname = \"project\"\npath = \"templates/project\"\ndescription = \"p\"\n");
    Files.writeString(dir.resolve("templates/project/template.toml"),
        "name = \"project\"\ndescription = \"p\"\n\n[files]\ndir = \"files\"\n");
    Files.writeString(dir.resolve("templates/project/files/a.txt"), "a\n");
    return new PluginScanner().read(dir, PluginSource.USER);
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> !path.equals(root)).map(path -> root.relativize(path).toString())
          .sorted().toList();
    }
  }

  @Test
  void aVersionIsCopiedOnceAndFoundAgain() throws IOException {
    DiscoveredPlugin plugin = plugin("demo", "1.0.0");

    assertThat(cache.store(plugin)).isTrue();
    Files.writeString(plugin.directory().resolve("templates/project/files/a.txt"), "changed\n");
    assertThat(cache.store(plugin)).isTrue();

    Path copy = cache.find("demo", "1.0.0").orElseThrow();
    assertThat(copy).isEqualTo(cacheRoot.resolve("demo/1.0.0"));
    assertThat(Files.readString(copy.resolve("templates/project/files/a.txt"))).isEqualTo("a\n");
    assertThat(cache.find("demo", "2.0.0")).isEmpty();
  }

  @Test
  void onlyRegularFilesInsideThePluginAreCopiedNeverWhatALinkLeadsToNorGitMetadata()
      throws IOException {
    DiscoveredPlugin plugin = plugin("demo", "1.0.0");
    Files.writeString(fs.getPath("/secret"), "secret\n");
    Files.createDirectories(fs.getPath("/outside"));
    Files.writeString(fs.getPath("/outside/key"), "key\n");
    Path files = plugin.directory().resolve("templates/project/files");
    Files.createSymbolicLink(files.resolve("passwd"), fs.getPath("/secret"));
    Files.createSymbolicLink(files.resolve("dir"), fs.getPath("/outside"));
    Files.createDirectories(plugin.directory().resolve(".git/hooks"));
    Files.writeString(plugin.directory().resolve(".git/hooks/post-checkout"), "rm -rf /\n");

    cache.store(plugin);

    assertThat(files(cache.find("demo", "1.0.0").orElseThrow())).containsExactly(
        "tasker-plugin.toml", "templates", "templates/project", "templates/project/files",
        "templates/project/files/a.txt", "templates/project/template.toml");
  }

  @Test
  void aNameOrVersionThatIsNotOnePlainPathSegmentIsNeverCachedNorLookedUp() throws IOException {
    assertThat(cache.store(plugin("demo", "..x"))).isFalse();
    assertThat(cache.find("demo", "../../etc")).isEmpty();
    assertThat(cache.find("..", "1.0.0")).isEmpty();
    assertThat(cacheRoot).doesNotExist();
  }

  @Test
  void theOldestVersionsGoBeyondTheLimitAndNoTemporaryCopyIsLeft() throws IOException {
    for (int i = 0; i <= VersionCache.MAX_VERSIONS; i++) {
      cache.store(plugin("demo", "1.0." + i));
      Files.setLastModifiedTime(cacheRoot.resolve("demo/1.0." + i),
          FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    cache.store(plugin("demo", "2.0.0"));

    assertThat(files(cacheRoot.resolve("demo")).stream().filter(p -> !p.contains("/")))
        .hasSize(VersionCache.MAX_VERSIONS).doesNotContain("1.0.0", "1.0.1")
        .contains("2.0.0", "1.0.10").noneMatch(name -> name.startsWith(".tmp-"));
  }
}

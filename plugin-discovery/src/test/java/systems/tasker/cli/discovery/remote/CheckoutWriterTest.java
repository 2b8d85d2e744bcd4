package systems.tasker.cli.discovery.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CheckoutWriterTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
      .setAttributeViews("basic", "posix").build());
  private final Path cache = fs.getPath("/cache");
  private final Path root = cache.resolve("checkout");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private CheckoutWriter writer(long maxBytes) throws IOException {
    Files.createDirectories(cache);
    Files.writeString(fs.getPath("/secret"), "key");
    return new CheckoutWriter(root, new CheckoutWriter.Limits(maxBytes, 100));
  }

  private static CheckoutWriter.Content text(String content) {
    return () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesFilesDirectoriesExecutableBitsAndLinksThatStayInside() throws IOException {
    CheckoutWriter writer = writer(1 << 20);
    writer.file("python/tasker-plugin.toml", false, 5, text("hello"));
    writer.file("bin/run.sh", true, 2, text("#!"));
    writer.symlink("WARP.md", "python/tasker-plugin.toml");
    writer.submodule("vendor/lib");

    CheckoutWriter.Summary summary = writer.finish();

    assertThat(Files.readString(root.resolve("WARP.md"))).isEqualTo("hello");
    assertThat(Files.getPosixFilePermissions(root.resolve("bin/run.sh")))
        .contains(PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.exists(root.resolve("vendor"))).isFalse();
    assertThat(summary).isEqualTo(new CheckoutWriter.Summary(2, 7, 1, java.util.List.of("vendor/lib")));
  }

  @Test
  void refusesUnsafePaths() throws IOException {
    CheckoutWriter writer = writer(1 << 20);
    for (String path : new String[] {"../escape", "a/../../x", "/abs", ".git/hooks/post-checkout",
        "sub/.GIT/config", "a//b", "back\\slash", "nul\0byte"}) {
      assertThatThrownBy(() -> writer.file(path, false, 1, text("x")))
          .as(path)
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("path")
          .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.REFUSED);
    }
    assertThat(Files.exists(cache.resolve("escape"))).isFalse();
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItsContentIsRead() throws IOException {
    CheckoutWriter writer = writer(1000);
    writer.file("small", false, 600, () -> new ByteArrayInputStream(new byte[600]));
    AtomicBoolean opened = new AtomicBoolean();

    assertThatThrownBy(() -> writer.file("huge", false, 5L << 30, () -> {
      opened.set(true);
      return new ByteArrayInputStream(new byte[0]);
    })).isInstanceOf(FetchException.class).hasMessageContaining("size limit")
        .hasMessageContaining("huge is 5368709120 bytes");
    assertThat(opened).isFalse();
    assertThat(Files.exists(root.resolve("huge"))).isFalse();
  }

  @Test
  void contentLongerThanDeclaredIsRefused() throws IOException {
    CheckoutWriter writer = writer(1000);

    assertThatThrownBy(() -> writer.file("liar", false, 2, text("more than two")))
        .isInstanceOf(FetchException.class).hasMessageContaining("longer than its declared size");
  }

  @Test
  void linksThatLeaveTheCheckoutOrLeadNowhereAreRefused() throws IOException {
    for (String[] link : new String[][] {
        {"out", "../../secret"}, {"abs", "/secret"}, {"nowhere", "missing-file"}}) {
      Path dir = cache.resolve(link[0]);
      Files.createDirectories(cache);
      Files.writeString(fs.getPath("/secret"), "key");
      CheckoutWriter writer = new CheckoutWriter(dir, new CheckoutWriter.Limits(1000, 100));
      assertThatThrownBy(() -> {
        writer.symlink(link[0], link[1]);
        writer.finish();
      }).as(link[1]).isInstanceOf(FetchException.class).hasMessageContaining("leads");
    }
  }

  @Test
  void aChainOfLinksInsideThatClimbsOutIsRefused() throws IOException {
    CheckoutWriter writer = writer(1000);
    writer.file("sub/file", false, 1, text("x"));
    // Each target looks inside when read as text; resolved, sub/up is the checkout itself and
    // sub/up/../.. is above it.
    writer.symlink("sub/up", "..");
    writer.symlink("climb", "sub/up/../..");

    assertThatThrownBy(writer::finish).isInstanceOf(FetchException.class)
        .hasMessageContaining("climb").hasMessageContaining("outside");
  }

  @Test
  void tooManyEntriesAreRefused() throws IOException {
    Files.createDirectories(cache);
    CheckoutWriter writer = new CheckoutWriter(root, new CheckoutWriter.Limits(1000, 2));
    writer.file("a", false, 0, text(""));
    writer.file("b", false, 0, text(""));

    assertThatThrownBy(() -> writer.file("c", false, 0, text("")))
        .isInstanceOf(FetchException.class).hasMessageContaining("more than 2 files");
  }
}

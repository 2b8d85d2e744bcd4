package systems.tasker.cli.engine.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A failed commit gives back every replaced file as it was: its bytes and its permissions. */
class PlanWriterRollbackTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
      .setAttributeViews("basic", "posix").build());
  private final Path root = fs.getPath("/work");
  private final Path out = root.resolve("out");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private void permissions(String path, String permissions) throws IOException {
    Files.setPosixFilePermissions(out.resolve(path), PosixFilePermissions.fromString(permissions));
  }

  @Test
  void aFileThatWasMadeExecutableIsPlainAgainAfterARollBack() throws IOException {
    Files.createDirectories(out.resolve("bin"));
    Files.writeString(out.resolve("bin/setup"), "old script\n");
    permissions("bin/setup", "rw-r-----");
    Files.createDirectories(out.resolve("locked"));
    permissions("locked", "r-xr-xr-x");
    Map<String, String> before = TreeSnapshot.of(root);

    assertThatThrownBy(() -> new PlanWriter(new PermissionEnforcingOperations()).commit(out,
        new GenerationPlan(List.of(
            new PlannedFile("bin/setup", "#!/bin/sh\n".getBytes(UTF_8), true, "'bin/setup'"),
            new PlannedFile("locked/x.txt", "x".getBytes(UTF_8), false, "'x.tera'"))),
        ExistingFiles.OVERWRITE))
        .isInstanceOf(WriteFailedException.class)
        .hasMessageEndingWith("permission denied; every change was rolled back");

    assertThat(TreeSnapshot.of(root)).isEqualTo(before);
    assertThat(PosixFilePermissions.toString(
        Files.getPosixFilePermissions(out.resolve("bin/setup")))).isEqualTo("rw-r-----");
  }
}

package systems.tasker.cli.engine.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import systems.tasker.cli.engine.plan.FileChange.Action;

/**
 * The writer on the real file system, where Jimfs cannot stand in: operating-system locks, the
 * 255-byte name limit, sparse files.
 */
class PlanWriterOnDiskTest {

  @TempDir
  Path work;

  private static PlannedFile file(String path, String content) {
    return new PlannedFile(path, content.getBytes(UTF_8), false, "'" + path + ".tera'");
  }

  private static GenerationPlan plan(PlannedFile... files) {
    return new GenerationPlan(List.of(files));
  }

  @Test
  void twoRunsIntoTheSameNewDirectoryOneWinsTheOtherLeavesNothing() throws IOException {
    Path out = work.resolve("new-project");
    RuntimeException[] second = new RuntimeException[1];
    PlanWriter first = new PlanWriter(new PermissionEnforcingOperations() {
      @Override
      public void createFile(Path file, byte[] content) throws IOException {
        if (second[0] == null) {
          // the other run arrives while this one holds the directory
          second[0] = catchFailure(() -> new PlanWriter().commit(out,
              plan(file("b.txt", "theirs"), file("shared.txt", "theirs")), ExistingFiles.REFUSE));
        }
        super.createFile(file, content);
      }
    });

    first.commit(out, plan(file("a.txt", "mine"), file("shared.txt", "mine")),
        ExistingFiles.REFUSE);

    assertThat(second[0]).isInstanceOf(WriteFailedException.class)
        .hasMessage("another tasker-cli run is writing into " + out + "; nothing was written");
    assertThat(TreeSnapshot.of(out).keySet()).containsExactly("", "a.txt", "shared.txt");
    assertThat(Files.readString(out.resolve("shared.txt"))).isEqualTo("mine");
  }

  private static RuntimeException catchFailure(Runnable run) {
    try {
      run.run();
      return new IllegalStateException("the second run was not refused");
    } catch (RuntimeException refused) {
      return refused;
    }
  }

  @Test
  void aNameOf255BytesIsWrittenAsTheDryRunSaid() throws IOException {
    String name = "n".repeat(251) + ".txt";
    GenerationPlan plan = plan(file("dir/" + name, "x"));
    PlanWriter writer = new PlanWriter();

    assertThat(writer.preview(work, plan, ExistingFiles.REFUSE))
        .extracting(FileChange::action).containsExactly(Action.CREATE);
    assertThat(writer.commit(work, plan, ExistingFiles.REFUSE))
        .extracting(FileChange::action).containsExactly(Action.CREATE);
    assertThat(Files.readString(work.resolve("dir").resolve(name))).isEqualTo("x");
  }

  @Test
  void aHugeSparseFileAtTheTargetIsComparedAndReplacedWithoutReadingIt() throws IOException {
    Path huge = work.resolve("data.bin");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(3L * 1024 * 1024 * 1024);
    }
    PlanWriter writer = new PlanWriter();
    GenerationPlan plan = plan(file("data.bin", "small"));

    assertThat(writer.preview(work, plan, ExistingFiles.REFUSE))
        .containsExactly(new FileChange("data.bin", Action.CONFLICT, 5, 3L * 1024 * 1024 * 1024,
            "'data.bin.tera'", null));
    writer.commit(work, plan, ExistingFiles.OVERWRITE);

    assertThat(Files.readString(huge)).isEqualTo("small");
    assertThat(TreeSnapshot.of(work).keySet()).containsExactly("", "data.bin");
  }

  @Test
  void aFailedOverwriteOfAHugeFilePutsItBackWhole() throws IOException {
    Path huge = work.resolve("data.bin");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(3L * 1024 * 1024 * 1024);
      sparse.seek(sparse.length() - 4);
      sparse.write("tail".getBytes(UTF_8));
    }
    Files.createDirectories(work.resolve("blocked"));
    Map<String, String> before = TreeSnapshot.of(work);
    PlanWriter failing = new PlanWriter(new PermissionEnforcingOperations() {
      @Override
      public void createFile(Path file, byte[] content) throws IOException {
        if (file.getParent().endsWith("blocked")) {
          throw new IOException("No space left on device");
        }
        super.createFile(file, content);
      }
    });

    assertThatThrownBy(() -> failing.commit(work,
        plan(file("data.bin", "small"), file("blocked/x.txt", "x")), ExistingFiles.OVERWRITE))
        .isInstanceOf(WriteFailedException.class)
        .hasMessage("could not write 'blocked/x.txt' in " + work + ": No space left on device;"
            + " every change was rolled back");
    assertThat(TreeSnapshot.of(work)).isEqualTo(before);
    try (RandomAccessFile restored = new RandomAccessFile(huge.toFile(), "r")) {
      restored.seek(restored.length() - 4);
      byte[] tail = new byte[4];
      restored.readFully(tail);
      assertThat(new String(tail, UTF_8)).isEqualTo("tail");
    }
  }

  @Test
  void aFifoToBePatchedIsNeverOpenedAndIsAConflict() throws Exception {
    Path out = Files.createDirectories(work.resolve("out"));
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", out.resolve("index.ts").toString()).inheritIO().start();
    } catch (IOException noMkfifo) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "mkfifo is not available");
      return;
    }
    assertThat(mkfifo.waitFor()).isZero();
    GenerationPlan plan = new GenerationPlan(List.of(), List.of(new PlannedPatch("index.ts",
        systems.tasker.cli.plugin.TemplatePatch.Position.APPEND, null, "x", "patch 1")));

    // reading a FIFO would block forever; the preview returns at once
    assertThat(new PlanWriter().preview(out, plan, ExistingFiles.REFUSE))
        .extracting(FileChange::action, FileChange::note)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.CONFLICT,
            "it is not a regular file"));
    assertThatThrownBy(() -> new PlanWriter().commit(out, plan, ExistingFiles.REFUSE))
        .isInstanceOf(ConflictException.class);
  }
}

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.engine.plan.FileChange.Action;
import systems.tasker.cli.plugin.TaskerException;

class PlanWriterTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
      .setAttributeViews("basic", "posix").build());
  private final Path root = fs.getPath("/work");
  private final Path out = fs.getPath("/work/out");
  private final PlanWriter writer = new PlanWriter();

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static PlannedFile file(String path, String content) {
    return new PlannedFile(path, content.getBytes(UTF_8), false, "'" + path + ".tera'");
  }

  private static GenerationPlan plan(PlannedFile... files) {
    return new GenerationPlan(List.of(files));
  }

  private void existing(String path, String content) throws IOException {
    Path target = out.resolve(path);
    Files.createDirectories(target.getParent());
    Files.write(target, content.getBytes(UTF_8));
  }

  private String read(String path) throws IOException {
    return Files.readString(out.resolve(path));
  }

  @Test
  void commitCreatesFilesDirectoriesAndExecutableBits() throws IOException {
    GenerationPlan plan = plan(
        file("README.md", "# Hello\n"),
        new PlannedFile("bin/setup", "#!/bin/sh\n".getBytes(UTF_8), true, "'files/bin/setup'"),
        new PlannedFile("empty.txt", new byte[0], false, "'files/empty.txt'"));

    List<FileChange> changes = writer.commit(out, plan, ExistingFiles.REFUSE);

    assertThat(changes).containsExactly(
        new FileChange("README.md", Action.CREATE, 8, -1, "'README.md.tera'", null),
        new FileChange("bin/setup", Action.CREATE, 10, -1, "'files/bin/setup'", null),
        new FileChange("empty.txt", Action.CREATE, 0, -1, "'files/empty.txt'", null));
    assertThat(read("README.md")).isEqualTo("# Hello\n");
    assertThat(read("bin/setup")).isEqualTo("#!/bin/sh\n");
    assertThat(Files.size(out.resolve("empty.txt"))).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("bin/setup"))))
        .isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("README.md"))))
        .isEqualTo("rw-r--r--");
    assertThat(TreeSnapshot.of(out).keySet())
        .containsExactly("", "README.md", "bin", "bin/setup", "empty.txt");
  }

  @Test
  void previewReportsEveryActionAndLeavesNoTrace() throws IOException {
    existing("same.txt", "same");
    existing("different.txt", "old");
    Map<String, String> before = TreeSnapshot.of(root);

    List<FileChange> changes = writer.preview(out, plan(
        file("new.txt", "new"), file("same.txt", "same"), file("different.txt", "newer")),
        ExistingFiles.REFUSE);

    assertThat(changes).extracting(FileChange::path, FileChange::action, FileChange::bytes,
            FileChange::existingBytes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("new.txt", Action.CREATE, 3L, -1L),
            org.assertj.core.groups.Tuple.tuple("same.txt", Action.UNCHANGED, 4L, 4L),
            org.assertj.core.groups.Tuple.tuple("different.txt", Action.CONFLICT, 5L, 3L));
    assertThat(TreeSnapshot.of(root)).isEqualTo(before);
  }

  @Test
  void previewOfAMissingOutputDirectoryCreatesNothing() {
    writer.preview(out, plan(file("a/b.txt", "x")), ExistingFiles.REFUSE);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void conflictsAreRefusedAndNothingIsWritten() throws IOException {
    existing("a.txt", "mine");
    existing("c.txt", "mine too");
    Map<String, String> before = TreeSnapshot.of(root);

    assertThatThrownBy(() -> writer.commit(out, plan(
        file("a.txt", "theirs"), file("b.txt", "new"), file("c.txt", "theirs")),
        ExistingFiles.REFUSE))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.getMessage()).isEqualTo(
              "2 files conflict with what exists, nothing was written: a.txt, c.txt");
          assertThat(e.hint()).isEqualTo(
              "Use --force to overwrite or --skip-existing to keep the existing files");
          assertThat(e.conflicts()).extracting(FileChange::path).containsExactly("a.txt", "c.txt");
        });
    assertThat(TreeSnapshot.of(root)).isEqualTo(before);
  }

  @Test
  void overwriteReplacesDifferentFilesAndKeepsTheirPermissions() throws IOException {
    existing("config.toml", "old");
    Files.setPosixFilePermissions(out.resolve("config.toml"),
        PosixFilePermissions.fromString("rw-------"));
    existing("same.txt", "same");

    List<FileChange> changes = writer.commit(out,
        plan(file("config.toml", "new"), file("same.txt", "same")), ExistingFiles.OVERWRITE);

    assertThat(changes).extracting(FileChange::action)
        .containsExactly(Action.OVERWRITE, Action.UNCHANGED);
    assertThat(read("config.toml")).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(
        Files.getPosixFilePermissions(out.resolve("config.toml")))).isEqualTo("rw-------");
  }

  @Test
  void keepLeavesExistingFilesAlone() throws IOException {
    existing("a.txt", "mine");

    List<FileChange> changes = writer.commit(out,
        plan(file("a.txt", "theirs"), file("b.txt", "new")), ExistingFiles.KEEP);

    assertThat(changes).extracting(FileChange::action).containsExactly(Action.SKIP, Action.CREATE);
    assertThat(read("a.txt")).isEqualTo("mine");
    assertThat(read("b.txt")).isEqualTo("new");
  }

  @Test
  void aDirectoryInTheWayCannotBeOverwritten() throws IOException {
    Files.createDirectories(out.resolve("src/main.rs"));
    Map<String, String> before = TreeSnapshot.of(root);

    assertThatThrownBy(() -> writer.commit(out, plan(file("src/main.rs", "fn main() {}")),
        ExistingFiles.OVERWRITE))
        .isInstanceOf(ConflictException.class)
        .hasMessage("1 file conflicts with what exists, nothing was written:"
            + " src/main.rs (a directory or special file is in the way)");
    assertThat(TreeSnapshot.of(root)).isEqualTo(before);
    assertThat(writer.preview(out, plan(file("src/main.rs", "x")), ExistingFiles.KEEP))
        .extracting(FileChange::action).containsExactly(Action.SKIP);
  }

  @Test
  void aFileWhereADirectoryMustGoIsAConflict() throws IOException {
    existing("src", "not a directory");

    assertThat(writer.preview(out, plan(file("src/lib/x.rb", "x")), ExistingFiles.OVERWRITE))
        .containsExactly(new FileChange("src/lib/x.rb", Action.CONFLICT, 1, -1,
            "'src/lib/x.rb.tera'", "'src' is a file, not a directory"));
  }

  @Test
  void aSymbolicLinkLeadingOutOfTheOutputDirectoryIsRefused() throws IOException {
    Files.createDirectories(out);
    Files.createDirectories(fs.getPath("/etc"));
    Files.createSymbolicLink(out.resolve("config"), fs.getPath("/etc"));
    Map<String, String> before = TreeSnapshot.of(fs.getPath("/"));

    assertThatThrownBy(() -> writer.commit(out,
        plan(file("a.txt", "a"), file("config/passwd", "root::0:0::/:/bin/sh")),
        ExistingFiles.OVERWRITE))
        .isInstanceOfSatisfying(UnsafePathException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.getMessage()).isEqualTo("Output 'config/passwd.tera' has an unsafe path"
              + " 'config/passwd': 'config' is a symbolic link leading outside the output"
              + " directory");
        });
    assertThat(TreeSnapshot.of(fs.getPath("/"))).isEqualTo(before);
  }

  @Test
  void aSymbolicLinkAsTheFileItselfLeadingOutIsRefused() throws IOException {
    Files.createDirectories(out);
    Files.write(fs.getPath("/secret"), "s".getBytes(UTF_8));
    Files.createSymbolicLink(out.resolve("notes.txt"), fs.getPath("/secret"));

    assertThatThrownBy(() -> writer.preview(out, plan(file("notes.txt", "x")),
        ExistingFiles.OVERWRITE))
        .hasMessage("Output 'notes.txt.tera' has an unsafe path 'notes.txt': 'notes.txt' is a"
            + " symbolic link leading outside the output directory");
  }

  @Test
  void aSymbolicLinkStayingInsideIsFollowed() throws IOException {
    Files.createDirectories(out.resolve("real"));
    Files.createSymbolicLink(out.resolve("alias"), out.resolve("real"));

    writer.commit(out, plan(file("alias/a.txt", "a")), ExistingFiles.REFUSE);

    assertThat(read("real/a.txt")).isEqualTo("a");
  }

  @Test
  void diskFullInTheMiddleRollsEverythingBack() throws IOException {
    FileSystem small = Jimfs.newFileSystem(Configuration.unix().toBuilder()
        .setAttributeViews("basic", "posix").setBlockSize(1024).setMaxSize(16 * 1024).build());
    Path smallOut = small.getPath("/out");
    Files.createDirectories(smallOut.resolve("lib"));
    Files.write(smallOut.resolve("lib/replace.txt"), "old content".getBytes(UTF_8));
    Files.write(smallOut.resolve("keep.txt"), "kept".getBytes(UTF_8));
    Map<String, String> before = TreeSnapshot.of(small.getPath("/"));
    byte[] big = new byte[32 * 1024];
    Arrays.fill(big, (byte) 'x');

    assertThatThrownBy(() -> writer.commit(smallOut, plan(
        file("new/dir/a.txt", "a"),
        file("lib/replace.txt", "new content"),
        new PlannedFile("big.bin", big, false, "'files/big.bin'")), ExistingFiles.OVERWRITE))
        .isInstanceOfSatisfying(WriteFailedException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.path()).isEqualTo("big.bin");
          assertThat(e.getMessage()).isEqualTo(
              "could not write 'big.bin' in /out: out of disk space; every change was rolled back");
          assertThat(e.hint()).isEqualTo("nothing was changed in /out");
        });
    assertThat(TreeSnapshot.of(small.getPath("/"))).isEqualTo(before);
    small.close();
  }

  @Test
  void aRemovalDeletesTheFileAndIsRolledBackWithItsModeWhenALaterWriteFails() throws IOException {
    FileSystem small = Jimfs.newFileSystem(Configuration.unix().toBuilder()
        .setAttributeViews("basic", "posix").setBlockSize(1024).setMaxSize(16 * 1024).build());
    Path smallOut = small.getPath("/out");
    Files.createDirectories(smallOut);
    Files.write(smallOut.resolve("obsolete.sh"), "#!/bin/sh\n".getBytes(UTF_8));
    Files.setPosixFilePermissions(smallOut.resolve("obsolete.sh"),
        PosixFilePermissions.fromString("rwxr-x---"));
    Map<String, String> before = TreeSnapshot.of(small.getPath("/"));
    byte[] big = new byte[32 * 1024];

    assertThatThrownBy(() -> writer.commit(smallOut, new GenerationPlan(
        List.of(new PlannedFile("big.bin", big, false, "'files/big.bin'")), List.of(),
        List.of("obsolete.sh")), ExistingFiles.OVERWRITE))
        .isInstanceOf(WriteFailedException.class);

    assertThat(TreeSnapshot.of(small.getPath("/"))).isEqualTo(before);
    assertThat(Files.getPosixFilePermissions(smallOut.resolve("obsolete.sh")))
        .isEqualTo(PosixFilePermissions.fromString("rwxr-x---"));
    small.close();
  }

  @Test
  void aRemovalDeletesARegularFileOnlyAndNeverFollowsALink() throws IOException {
    existing("gone.txt", "old");
    existing("elsewhere/kept.txt", "kept");
    Files.createSymbolicLink(out.resolve("link.txt"), out.resolve("elsewhere/kept.txt"));
    GenerationPlan plan = new GenerationPlan(List.of(), List.of(),
        List.of("gone.txt", "missing.txt", "link.txt"));

    assertThat(writer.preview(out, plan, ExistingFiles.OVERWRITE))
        .extracting(change -> change.path() + " " + change.action().label())
        .containsExactly("gone.txt delete", "missing.txt unchanged", "link.txt conflict");
    assertThatThrownBy(() -> writer.commit(out, plan, ExistingFiles.OVERWRITE))
        .isInstanceOf(ConflictException.class);
    assertThat(out.resolve("gone.txt")).exists();

    List<FileChange> done = writer.commit(out, new GenerationPlan(List.of(), List.of(),
        List.of("gone.txt")), ExistingFiles.OVERWRITE);

    assertThat(done).extracting(FileChange::action).containsExactly(FileChange.Action.DELETE);
    assertThat(out.resolve("gone.txt")).doesNotExist();
    assertThat(read("elsewhere/kept.txt")).isEqualTo("kept");
    try (var left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("elsewhere", "link.txt");
    }
  }

  @Test
  void permissionDeniedInTheMiddleRollsEverythingBack() throws IOException {
    existing("existing.txt", "old");
    Files.createDirectories(out.resolve("locked"));
    Files.setPosixFilePermissions(out.resolve("locked"), PosixFilePermissions.fromString("r-xr-xr-x"));
    Map<String, String> before = TreeSnapshot.of(root);
    PlanWriter enforcing = new PlanWriter(new PermissionEnforcingOperations());

    assertThatThrownBy(() -> enforcing.commit(out, plan(
        file("a/b/c.txt", "created"),
        file("existing.txt", "replaced"),
        file("locked/d.txt", "refused")), ExistingFiles.OVERWRITE))
        .isInstanceOfSatisfying(WriteFailedException.class, e -> {
          assertThat(e.path()).isEqualTo("locked/d.txt");
          assertThat(e.getMessage()).isEqualTo("could not write 'locked/d.txt' in /work/out:"
              + " permission denied; every change was rolled back");
        });
    assertThat(TreeSnapshot.of(root)).isEqualTo(before);
  }

  @Test
  void rollbackThatCannotUndoSaysWhatIsLeft() throws IOException {
    Files.createDirectories(out);
    PlanWriter enforcing = new PlanWriter(new PermissionEnforcingOperations() {
      private int files;

      @Override
      public void createFile(Path file, byte[] content) throws IOException {
        if (++files == 2) {
          // lock the output directory after the first file went in: it cannot be removed again
          Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        super.createFile(file, content);
      }
    });

    assertThatThrownBy(() -> enforcing.commit(out, plan(file("first.txt", "1"),
        file("second.txt", "2")), ExistingFiles.REFUSE))
        .isInstanceOf(WriteFailedException.class)
        .hasMessage("could not write 'second.txt' in /work/out: permission denied; rolling back"
            + " failed for: /work/out/first.txt");
  }

  @Test
  void overwritingALinkKeepsTheModeOfItsTargetNotOfTheLink() throws IOException {
    existing("real/config.toml", "old");
    Files.setPosixFilePermissions(out.resolve("real/config.toml"),
        PosixFilePermissions.fromString("rw-------"));
    Files.createSymbolicLink(out.resolve("config.toml"), out.resolve("real/config.toml"));

    writer.commit(out, plan(file("config.toml", "new")), ExistingFiles.OVERWRITE);

    assertThat(Files.isSymbolicLink(out.resolve("config.toml"))).isFalse();
    assertThat(read("config.toml")).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
        out.resolve("config.toml")))).isEqualTo("rw-------");
    assertThat(read("real/config.toml")).isEqualTo("old");
    assertThat(TreeSnapshot.of(out).keySet())
        .containsExactly("", "config.toml", "real", "real/config.toml");
  }

  @Test
  void rollingBackAnOverwrittenLinkPutsTheLinkBack() throws IOException {
    existing("real/config.toml", "old");
    Files.createSymbolicLink(out.resolve("config.toml"), out.resolve("real/config.toml"));
    Files.setPosixFilePermissions(out.resolve("real"), PosixFilePermissions.fromString("r-xr-xr-x"));
    Map<String, String> before = TreeSnapshot.of(root);
    PlanWriter enforcing = new PlanWriter(new PermissionEnforcingOperations());

    assertThatThrownBy(() -> enforcing.commit(out,
        plan(file("config.toml", "new"), file("real/other.toml", "refused")),
        ExistingFiles.OVERWRITE))
        .isInstanceOf(WriteFailedException.class)
        .hasMessage("could not write 'real/other.toml' in /work/out: permission denied; every"
            + " change was rolled back");
    assertThat(TreeSnapshot.of(root)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(out.resolve("config.toml"))).isTrue();
  }

  @Test
  void aCreateNeverReplacesAFileThatAppearedAfterPlanning() throws IOException {
    Files.createDirectories(out);
    PlanWriter racing = new PlanWriter(new PermissionEnforcingOperations() {
      @Override
      public void createFile(Path file, byte[] content) throws IOException {
        if (!Files.exists(out.resolve("b.txt"))) {
          Files.write(out.resolve("b.txt"), "someone else's".getBytes(UTF_8));
        }
        super.createFile(file, content);
      }
    });

    assertThatThrownBy(() -> racing.commit(out, plan(file("a.txt", "a"), file("b.txt", "b")),
        ExistingFiles.REFUSE))
        .isInstanceOf(WriteFailedException.class)
        .hasMessage("could not write 'b.txt' in /work/out: a file appeared there after the plan"
            + " was made; every change was rolled back");
    assertThat(TreeSnapshot.of(out).keySet()).containsExactly("", "b.txt");
    assertThat(read("b.txt")).isEqualTo("someone else's");
  }

  @Test
  void anInterruptedCommitRollsBackAndSaysWhereItStopped() throws IOException {
    existing("replaced.txt", "old");
    Map<String, String> before = TreeSnapshot.of(root);
    Interruption[] signal = new Interruption[1];
    signal[0] = new Interruption(written -> {
      if (written == 2) {
        assertThat(signal[0].interrupt()).isTrue(); // as a signal handler would, mid-commit
      }
    });

    assertThatThrownBy(() -> writer.commit(out, plan(file("a/one.txt", "1"),
        file("replaced.txt", "new"), file("b/three.txt", "3"), file("four.txt", "4")),
        ExistingFiles.OVERWRITE, signal[0]))
        .isInstanceOfSatisfying(CommitInterruptedException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.getMessage()).isEqualTo("interrupted while writing into /work/out (after 2"
              + " of 4 files); every change was rolled back");
          assertThat(e.hint()).isEqualTo("nothing was changed in /work/out");
        });
    assertThat(TreeSnapshot.of(root)).isEqualTo(before);
  }

  @Test
  void aNewOutputDirectoryIsRemovedWholeByTheRollbackLockFileIncluded() throws IOException {
    Interruption[] signal = new Interruption[1];
    signal[0] = new Interruption(written -> {
      if (written == 1) {
        signal[0].interrupt();
      }
    });

    assertThatThrownBy(() -> writer.commit(out, plan(file("a.txt", "a"), file("b/c.txt", "c")),
        ExistingFiles.REFUSE, signal[0]))
        .hasMessage("interrupted while writing into /work/out (after 1 of 2 files); every change"
            + " was rolled back");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void noCommitStartsOnceInterrupted() throws IOException {
    Interruption signal = new Interruption();
    assertThat(signal.interrupt()).isFalse();

    assertThatThrownBy(() -> writer.commit(out, plan(file("a.txt", "a")), ExistingFiles.REFUSE,
        signal))
        .isInstanceOf(CommitInterruptedException.class)
        .hasMessage("interrupted while writing into /work/out (after 0 of 1 files); every change"
            + " was rolled back");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void temporaryFilesAKilledRunLeftAreRemovedByTheNextCommit() throws IOException {
    existing("lib/.tasker-cli-0123456789abcdef.tmp", "half written");
    existing(".tasker-cli-fedcba9876543210.bak", "old backup");
    existing("elsewhere/.tasker-cli-0123456789abcdef.tmp", "not where we write");
    existing(".tasker-cli-notours.tmp", "not our name");

    writer.commit(out, plan(file("lib/a.rb", "a"), file("b.rb", "b")), ExistingFiles.REFUSE);

    assertThat(TreeSnapshot.of(out).keySet()).containsExactly("", ".tasker-cli-notours.tmp",
        "b.rb", "elsewhere", "elsewhere/.tasker-cli-0123456789abcdef.tmp", "lib", "lib/a.rb");
  }
}

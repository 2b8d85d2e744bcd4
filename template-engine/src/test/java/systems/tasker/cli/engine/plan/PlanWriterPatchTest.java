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
import systems.tasker.cli.engine.plan.FileChange.Action;
import systems.tasker.cli.plugin.TemplatePatch.Position;

/** Patches of files already in the output directory, through preview and commit. */
class PlanWriterPatchTest {

  private static final String INDEX = """
      import { A } from './a.js';
      // tasker-cli: handler imports

      export const handlers = [
        A,
        // tasker-cli: handlers
      ];
      """;

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
      .setAttributeViews("basic", "posix").build());
  private final Path out = fs.getPath("/work/out");
  private final PlanWriter writer = new PlanWriter();

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static PlannedPatch before(String anchor, String insert) {
    return new PlannedPatch("src/index.ts", Position.BEFORE, anchor, insert, "patch 1 ('src/index.ts')");
  }

  private static GenerationPlan handlerB() {
    return new GenerationPlan(
        List.of(new PlannedFile("src/b.ts", "export const B = 1;\n".getBytes(UTF_8), false, "'b.ts'")),
        List.of(before("// tasker-cli: handler imports", "import { B } from './b.js';"),
            before("  // tasker-cli: handlers", "  B,")));
  }

  private void existing(String path, String content) throws IOException {
    Path target = out.resolve(path);
    Files.createDirectories(target.getParent());
    Files.writeString(target, content);
  }

  private String read(String path) throws IOException {
    return Files.readString(out.resolve(path));
  }

  @Test
  void aPatchInsertsItsLinesBesideTheAnchorAndIsReportedAsModify() throws IOException {
    existing("src/index.ts", INDEX);

    List<FileChange> changes = writer.commit(out, handlerB(), ExistingFiles.REFUSE);

    assertThat(changes).extracting(FileChange::path, FileChange::action).containsExactly(
        org.assertj.core.groups.Tuple.tuple("src/b.ts", Action.CREATE),
        org.assertj.core.groups.Tuple.tuple("src/index.ts", Action.MODIFY));
    assertThat(read("src/index.ts")).isEqualTo("""
        import { A } from './a.js';
        import { B } from './b.js';
        // tasker-cli: handler imports

        export const handlers = [
          A,
          B,
          // tasker-cli: handlers
        ];
        """);
    assertThat(changes.get(1).existingBytes()).isEqualTo(INDEX.length());
    assertThat(changes.get(1).bytes()).isEqualTo(read("src/index.ts").length());
  }

  @Test
  void runningTheSameGenerationAgainChangesNothingAndSaysUnchangedEverywhere() throws IOException {
    existing("src/index.ts", INDEX);
    writer.commit(out, handlerB(), ExistingFiles.REFUSE);
    Map<String, String> after = TreeSnapshot.of(out);

    List<FileChange> again = writer.commit(out, handlerB(), ExistingFiles.REFUSE);

    assertThat(again).extracting(FileChange::action).containsOnly(Action.UNCHANGED);
    assertThat(TreeSnapshot.of(out)).isEqualTo(after);
  }

  @Test
  void aFileTheUserChangedElsewhereIsStillPatched() throws IOException {
    existing("src/index.ts", "// my own header\n" + INDEX.replace("  A,\n", "  A, // first\n")
        + "export const extra = 42;\n");

    writer.commit(out, handlerB(), ExistingFiles.REFUSE);

    assertThat(read("src/index.ts"))
        .startsWith("// my own header\nimport { A } from './a.js';\nimport { B } from './b.js';\n")
        .contains("  A, // first\n  B,\n  // tasker-cli: handlers\n")
        .endsWith("export const extra = 42;\n");
  }

  @Test
  void aMissingAnchorIsAConflictAndNothingIsWritten() throws IOException {
    existing("src/index.ts", INDEX.replace("  // tasker-cli: handlers\n", ""));
    Map<String, String> before = TreeSnapshot.of(out);

    assertThatThrownBy(() -> writer.commit(out, handlerB(), ExistingFiles.REFUSE))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("1 file conflicts with what exists, nothing was"
              + " written: src/index.ts (the text '  // tasker-cli: handlers' before which it"
              + " inserts is not in the file)");
          assertThat(e.hint()).contains("--skip-existing").doesNotContain("--force");
        });
    assertThat(TreeSnapshot.of(out)).isEqualTo(before);
  }

  @Test
  void forceCannotMakeAMissingAnchorAppear() throws IOException {
    existing("src/index.ts", "nothing to anchor to\n");

    assertThatThrownBy(() -> writer.commit(out, handlerB(), ExistingFiles.OVERWRITE))
        .isInstanceOf(ConflictException.class);
    assertThat(Files.exists(out.resolve("src/b.ts"))).isFalse();
  }

  @Test
  void skipExistingLeavesOutThePatchThatDoesNotFitAndAppliesTheRest() throws IOException {
    existing("src/index.ts", INDEX.replace("  // tasker-cli: handlers\n", ""));

    List<FileChange> changes = writer.commit(out, handlerB(), ExistingFiles.KEEP);

    FileChange index = changes.get(1);
    assertThat(index.action()).isEqualTo(Action.MODIFY);
    assertThat(index.note()).startsWith("1 of 2 edits skipped: the text '  // tasker-cli:");
    assertThat(read("src/index.ts")).contains("import { B } from './b.js';").doesNotContain("  B,");
    assertThat(read("src/b.ts")).isEqualTo("export const B = 1;\n");
  }

  @Test
  void aMissingFileIsAConflictUnlessSkipped() throws IOException {
    Files.createDirectories(out);

    assertThatThrownBy(() -> writer.commit(out, handlerB(), ExistingFiles.REFUSE))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
            .endsWith("src/index.ts (there is no such file to edit)"));
    assertThat(TreeSnapshot.of(out)).containsOnlyKeys("");

    List<FileChange> skipped = writer.commit(out, handlerB(), ExistingFiles.KEEP);
    assertThat(skipped.get(1).action()).isEqualTo(Action.SKIP);
    assertThat(Files.exists(out.resolve("src/index.ts"))).isFalse();
  }

  @Test
  void previewShowsAUnifiedDiffAndWritesNothing() throws IOException {
    existing("src/index.ts", INDEX);
    Map<String, String> before = TreeSnapshot.of(out);

    FileChange index = writer.preview(out, handlerB(), ExistingFiles.REFUSE).get(1);

    assertThat(index.action()).isEqualTo(Action.MODIFY);
    assertThat(index.edit()).isTrue();
    assertThat(index.diff()).isEqualTo("""
        --- a/src/index.ts
        +++ b/src/index.ts
        @@ -1,7 +1,9 @@
         import { A } from './a.js';
        +import { B } from './b.js';
         // tasker-cli: handler imports
         \n\
         export const handlers = [
           A,
        +  B,
           // tasker-cli: handlers
         ];
        """);
    assertThat(TreeSnapshot.of(out)).isEqualTo(before);
  }

  @Test
  void afterAndAppendInsertWholeLinesInTheFilesOwnLineEndings() throws IOException {
    existing("src/handlers.rs", "mod a; // tasker-cli: modules\r\nfn x() {}");
    GenerationPlan plan = new GenerationPlan(List.of(), List.of(
        new PlannedPatch("src/handlers.rs", Position.AFTER, "tasker-cli: modules", "mod b;\n",
            "patch 1"),
        new PlannedPatch("src/handlers.rs", Position.APPEND, null, "// end", "patch 2")));

    writer.commit(out, plan, ExistingFiles.REFUSE);

    assertThat(read("src/handlers.rs"))
        .isEqualTo("mod a; // tasker-cli: modules\r\nmod b;\r\nfn x() {}\r\n// end\r\n");
  }

  @Test
  void aPatchedFileKeepsItsModeAndARolledBackOneItsBytesAndMode() throws IOException {
    existing("bin/run", "#!/bin/sh\n# tasker-cli: steps\n");
    Files.setPosixFilePermissions(out.resolve("bin/run"), PosixFilePermissions.fromString("rwx------"));
    PlannedPatch step = new PlannedPatch("bin/run", Position.AFTER, "# tasker-cli: steps",
        "echo step", "patch 1");
    writer.commit(out, new GenerationPlan(List.of(), List.of(step)), ExistingFiles.REFUSE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("bin/run"))))
        .isEqualTo("rwx------");
    existing("other.txt", "# tasker-cli: more\n");
    Map<String, String> before = TreeSnapshot.of(out);
    PlanWriter failing = new PlanWriter(new PermissionEnforcingOperations() {
      @Override
      public void createFile(Path file, byte[] content) throws IOException {
        if (new String(content, UTF_8).contains("second file")) {
          throw new java.nio.file.FileSystemException(file.toString(), null, "disk full");
        }
        super.createFile(file, content);
      }
    });
    GenerationPlan plan = new GenerationPlan(List.of(), List.of(
        new PlannedPatch("bin/run", Position.AFTER, "echo step", "echo second", "patch 1"),
        new PlannedPatch("other.txt", Position.APPEND, null, "second file", "patch 2")));
    assertThatThrownBy(() -> failing.commit(out, plan, ExistingFiles.REFUSE))
        .isInstanceOf(WriteFailedException.class)
        .hasMessageContaining("every change was rolled back");
    assertThat(TreeSnapshot.of(out)).isEqualTo(before);
  }

  @Test
  void aSymbolicLinkIsNeverPatchedAndOneLeadingOutIsRefused() throws IOException {
    existing("real.ts", INDEX);
    Files.createDirectories(out.resolve("src"));
    Files.createSymbolicLink(out.resolve("src/index.ts"), out.resolve("real.ts"));

    assertThatThrownBy(() -> writer.commit(out, handlerB(), ExistingFiles.REFUSE))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
            .contains("symbolic link"));
    assertThat(read("real.ts")).isEqualTo(INDEX);

    Files.createDirectories(fs.getPath("/elsewhere"));
    Files.writeString(fs.getPath("/elsewhere/index.ts"), INDEX);
    Files.delete(out.resolve("src/index.ts"));
    Files.createSymbolicLink(out.resolve("src/index.ts"), fs.getPath("/elsewhere/index.ts"));
    assertThatThrownBy(() -> writer.commit(out, handlerB(), ExistingFiles.KEEP))
        .isInstanceOf(UnsafePathException.class);
    assertThat(Files.readString(fs.getPath("/elsewhere/index.ts"))).isEqualTo(INDEX);
  }

  @Test
  void aFileOverTheCapOrNotUtf8IsNotRead() throws IOException {
    Files.createDirectories(out.resolve("src"));
    Files.write(out.resolve("src/index.ts"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
    assertThat(writer.preview(out, handlerB(), ExistingFiles.REFUSE).get(1).note())
        .isEqualTo("it is not UTF-8 text");

    Files.write(out.resolve("src/index.ts"), new byte[PlanWriter.MAX_EDITED_BYTES + 1]);
    assertThat(writer.preview(out, handlerB(), ExistingFiles.REFUSE).get(1).note())
        .isEqualTo("it is larger than " + PlanWriter.MAX_EDITED_BYTES + " bytes");
  }

  @Test
  void patchesOfAFileTheSamePlanCreatesEditThePlannedFile() throws IOException {
    GenerationPlan plan = new GenerationPlan(
        List.of(new PlannedFile("src/index.ts", INDEX.getBytes(UTF_8), false, "'index.ts'")),
        List.of(before("  // tasker-cli: handlers", "  B,")));

    List<FileChange> changes = writer.commit(out, plan, ExistingFiles.REFUSE);

    assertThat(changes).extracting(FileChange::action).containsExactly(Action.CREATE);
    assertThat(read("src/index.ts")).contains("  A,\n  B,\n");
  }

  @Test
  void theDiskIsReadAgainUnderTheLock() throws IOException {
    existing("src/index.ts", INDEX);
    List<FileChange> preview = writer.preview(out, handlerB(), ExistingFiles.REFUSE);
    assertThat(preview.get(1).action()).isEqualTo(Action.MODIFY);
    existing("src/index.ts", INDEX + "// added after the dry run\n");

    writer.commit(out, handlerB(), ExistingFiles.REFUSE);

    assertThat(read("src/index.ts")).contains("  B,\n").endsWith("// added after the dry run\n");
  }
}

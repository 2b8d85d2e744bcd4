package systems.tasker.cli.engine.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.engine.plan.UnsafePathException;
import systems.tasker.cli.engine.update.ProjectUpdate.Outcome;

class ProjectUpdateTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path project = fs.getPath("/project");
  private final PlannedFile answers = file(".tasker-cli-answers.toml", "answers\n");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static PlannedFile file(String path, String text) {
    return new PlannedFile(path, text.getBytes(StandardCharsets.UTF_8), false, path);
  }

  private void ours(String path, String text) throws IOException {
    Files.createDirectories(project.resolve(path).getParent());
    Files.writeString(project.resolve(path), text);
  }

  @Test
  void aLinkInTheProjectIsNeitherReadNorMerged() throws IOException {
    Files.createDirectories(project);
    Files.writeString(fs.getPath("/secret"), "secret\n");
    Files.createSymbolicLink(project.resolve("a.txt"), fs.getPath("/secret"));
    Files.createSymbolicLink(project.resolve("b.txt"), fs.getPath("/project/c.txt"));
    ours("c.txt", "c\n");
    GenerationPlan base = new GenerationPlan(List.of(file("b.txt", "b\n")));
    GenerationPlan theirs = new GenerationPlan(List.of(file("b.txt", "b2\n")));

    ProjectUpdate.Result result = ProjectUpdate.plan(project, ProjectUpdate.Base.rendered(base),
        theirs, "2", ProjectUpdate.Conflicts.MARKERS, answers);

    assertThat(result.files()).singleElement().satisfies(update -> {
      assertThat(update.outcome()).isEqualTo(Outcome.CONFLICT);
      assertThat(update.note()).startsWith("not a regular file");
    });
    assertThat(result.plan().paths()).containsExactly(".tasker-cli-answers.toml");
    assertThatThrownBy(() -> ProjectUpdate.plan(project,
        ProjectUpdate.Base.rendered(new GenerationPlan(List.of(file("a.txt/x", "x\n")))),
        new GenerationPlan(List.of(file("a.txt/x", "y\n"))), "2",
        ProjectUpdate.Conflicts.MARKERS, answers)).isInstanceOf(UnsafePathException.class);
  }

  @Test
  void aBinaryFileBothChangedIsAConflictNeverMarked() throws IOException {
    Files.createDirectories(project);
    Files.write(project.resolve("logo.png"), new byte[] {(byte) 0xff, 1});
    PlannedFile before = new PlannedFile("logo.png", new byte[] {(byte) 0xff, 0}, false, "x");
    PlannedFile after = new PlannedFile("logo.png", new byte[] {(byte) 0xff, 2}, false, "x");

    ProjectUpdate.Result result = ProjectUpdate.plan(project,
        ProjectUpdate.Base.rendered(new GenerationPlan(List.of(before))),
        new GenerationPlan(List.of(after)), "2", ProjectUpdate.Conflicts.MARKERS, answers);

    assertThat(result.files()).singleElement().extracting(ProjectUpdate.FileUpdate::outcome)
        .isEqualTo(Outcome.CONFLICT);
    assertThat(result.plan().paths()).containsExactly(".tasker-cli-answers.toml");
  }

  @Test
  void refusedConflictsLeaveOnlyTheAnswersFileInThePlanAndTheCommandRefusesThat()
      throws IOException {
    ours("a.txt", "mine\n");
    ours("b.txt", "b\n");

    ProjectUpdate.Result result = ProjectUpdate.plan(project,
        ProjectUpdate.Base.rendered(new GenerationPlan(List.of(file("a.txt", "base\n"),
            file("b.txt", "b\n")))),
        new GenerationPlan(List.of(file("a.txt", "theirs\n"), file("b.txt", "b2\n"))), "2",
        ProjectUpdate.Conflicts.REFUSE, answers);

    assertThat(result.hasConflicts()).isTrue();
    assertThat(result.plan().paths()).containsExactly(".tasker-cli-answers.toml");
    assertThat(result.plan().deletions()).isEmpty();
  }

  @Test
  void withOnlyHashesAnUntouchedFileIsUpdatedAndRemovedOnesGoOnlyWhenUntouched()
      throws IOException {
    ours("kept.txt", "v1\n");
    ours("edited.txt", "v1 and mine\n");
    ours("gone.txt", "v1\n");
    ours("gone-edited.txt", "mine\n");
    Map<String, String> hashes = Map.of("kept.txt", hash("v1\n"), "edited.txt", hash("v1\n"),
        "gone.txt", hash("v1\n"), "gone-edited.txt", hash("v1\n"));

    ProjectUpdate.Result result = ProjectUpdate.plan(project, new ProjectUpdate.Base(null, hashes),
        new GenerationPlan(List.of(file("kept.txt", "v2\n"), file("edited.txt", "v2\n"))), "2",
        ProjectUpdate.Conflicts.REFUSE, answers);

    assertThat(result.files()).extracting(f -> f.path() + " " + f.outcome().label())
        .containsExactly("kept.txt updated", "edited.txt review",
            "gone-edited.txt removed upstream", "gone.txt removed upstream");
    assertThat(result.plan().paths()).containsExactly("kept.txt", ".tasker-cli-answers.toml");
    assertThat(result.plan().deletions()).containsExactly("gone.txt");
  }

  private static String hash(String text) {
    return FileHashes.of(text.getBytes(StandardCharsets.UTF_8));
  }
}

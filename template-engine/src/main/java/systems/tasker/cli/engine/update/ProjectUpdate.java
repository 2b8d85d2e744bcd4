package systems.tasker.cli.engine.update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlanWriter;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.engine.plan.PlannedPaths;
import systems.tasker.cli.engine.plan.UnifiedDiff;
import systems.tasker.cli.plugin.TaskerException;

/**
 * What {@code update} does to each file of a project: the template as the project was made from
 * it (base), the template at the new version (theirs) and the file as it is now (ours), merged per
 * file into one {@link GenerationPlan} for the plan → check → commit writer. Reads the project,
 * writes nothing.
 */
public final class ProjectUpdate {

  /** The fate of one file. */
  public enum Outcome {
    /** Nothing to do: the template did not change it, or the file already is the new version. */
    UNCHANGED,
    /** The user had not touched it: replaced by the new version. */
    UPDATED,
    /** Both changed it, in different places: the merge is written. */
    MERGED,
    /** Both changed the same lines. */
    CONFLICT,
    /** New in the template. */
    ADDED,
    /** The template no longer has it: deleted when the user never changed it, else kept. */
    REMOVED_UPSTREAM,
    /** The user deleted it: it stays deleted. */
    DELETED_BY_USER,
    /**
     * Without a base to merge from (only the recorded hashes): the user changed it and the template
     * changed it too, so it is kept as it is, for the user to review against the new version.
     */
    REVIEW;

    /** The words used in text and JSON output. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** What to do with conflicts. */
  public enum Conflicts {
    /** Report them; nothing is written (the default). */
    REFUSE,
    /** Write the merge with git-style conflict markers. */
    MARKERS
  }

  /**
   * One file's outcome.
   *
   * @param note why, when the outcome alone does not say, or {@code null}
   * @param diff the unified diff from the file as it is to what the update makes of it (for a
   *     review, to the template's new version), or {@code null}
   */
  public record FileUpdate(String path, Outcome outcome, String note, String diff) {
    public FileUpdate {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * Where the base comes from: the files of the template at the recorded version, rendered again,
   * or, failing that, only the hashes the answers file recorded of them.
   *
   * @param files the rendered base by path, or {@code null} when only hashes are known
   * @param hashes the recorded hash of each file the template made ({@link FileHashes}); may be
   *     empty (an answers file older than hashes)
   */
  public record Base(Map<String, byte[]> files, Map<String, String> hashes) {
    public Base {
      files = files == null ? null : Map.copyOf(files);
      hashes = Map.copyOf(hashes);
    }

    /** A base rendered from the template at the recorded version. */
    public static Base rendered(GenerationPlan plan) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      plan.files().forEach(file -> files.put(file.path(), file.content()));
      return new Base(files, Map.of());
    }

    /** Whether only the hashes are known. */
    public boolean hashesOnly() {
      return files == null;
    }
  }

  /**
   * The outcome of every file, in the new template's order then the removed files, and the plan
   * that applies them (with the answers file last); the plan is empty of files and removals when
   * conflicts are refused and there is one.
   */
  public record Result(List<FileUpdate> files, GenerationPlan plan) {
    public Result {
      files = List.copyOf(files);
    }

    public boolean hasConflicts() {
      return files.stream().anyMatch(file -> file.outcome() == Outcome.CONFLICT);
    }
  }

  private final Path projectDir;
  private final Base base;
  private final String theirsVersion;
  private final Conflicts conflicts;
  private final List<FileUpdate> outcomes = new ArrayList<>();
  private final List<PlannedFile> writes = new ArrayList<>();
  private final List<String> deletions = new ArrayList<>();

  private ProjectUpdate(Path projectDir, Base base, String theirsVersion, Conflicts conflicts) {
    this.projectDir = projectDir;
    this.base = base;
    this.theirsVersion = theirsVersion;
    this.conflicts = conflicts;
  }

  /**
   * Plans the update of the project in {@code projectDir}.
   *
   * @param theirs the template at the new version, without the answers file
   * @param theirsVersion the new version, named by conflict markers
   * @param answers the new answers file, written last
   * @throws TaskerException when a file of the project cannot be read
   */
  public static Result plan(Path projectDir, Base base, GenerationPlan theirs,
      String theirsVersion, Conflicts conflicts, PlannedFile answers) {
    ProjectUpdate update = new ProjectUpdate(projectDir, base, theirsVersion, conflicts);
    for (PlannedFile file : theirs.files()) {
      update.decide(file);
    }
    for (String path : update.basePaths()) {
      if (theirs.file(path) == null) {
        update.removed(path);
      }
    }
    boolean refused = conflicts == Conflicts.REFUSE
        && update.outcomes.stream().anyMatch(file -> file.outcome() == Outcome.CONFLICT);
    List<PlannedFile> files = new ArrayList<>(refused ? List.of() : update.writes);
    files.add(answers);
    return new Result(update.outcomes,
        new GenerationPlan(files, List.of(), refused ? List.of() : update.deletions));
  }

  private List<String> basePaths() {
    List<String> paths = new ArrayList<>(base.hashesOnly() ? base.hashes().keySet()
        : base.files().keySet());
    paths.sort(null);
    return paths;
  }

  private void decide(PlannedFile theirs) {
    String path = theirs.path();
    Ours ours = ours(path);
    byte[] baseBytes = base.hashesOnly() ? null : base.files().get(path);
    boolean inBase = base.hashesOnly() ? base.hashes().containsKey(path) : baseBytes != null;
    if (ours.problem() != null) {
      outcome(path, Outcome.CONFLICT, ours.problem(), null);
    } else if (ours.bytes() == null) {
      if (inBase && templateKept(theirs, baseBytes)) {
        outcome(path, Outcome.UNCHANGED, "deleted by you; the template did not change it", null);
      } else if (inBase) {
        outcome(path, Outcome.DELETED_BY_USER, "stays deleted", null);
      } else {
        write(theirs, theirs.content(), Outcome.ADDED, null, null);
      }
    } else if (theirs.hasContent(ours.bytes())) {
      outcome(path, Outcome.UNCHANGED, null, null);
    } else if (base.hashesOnly()) {
      decideByHash(theirs, ours.bytes());
    } else {
      merge(theirs, baseBytes == null ? new byte[0] : baseBytes, ours.bytes());
    }
  }

  /** Whether the new version of a file of the base is the same as the base's. */
  private boolean templateKept(PlannedFile theirs, byte[] baseBytes) {
    return base.hashesOnly()
        ? FileHashes.of(theirs.content()).equals(base.hashes().get(theirs.path()))
        : theirs.hasContent(baseBytes);
  }

  /** Without a base: the recorded hash tells whether the user or the template changed the file. */
  private void decideByHash(PlannedFile theirs, byte[] ours) {
    String recorded = base.hashes().get(theirs.path());
    if (recorded != null && templateKept(theirs, null)) {
      outcome(theirs.path(), Outcome.UNCHANGED, "the template did not change it; your changes kept",
          null);
    } else if (recorded != null && recorded.equals(FileHashes.of(ours))) {
      write(theirs, theirs.content(), Outcome.UPDATED, null, diff(theirs.path(), ours,
          theirs.content()));
    } else {
      outcome(theirs.path(), Outcome.REVIEW,
          "changed by you, template changed too: review; kept as it is", diff(theirs.path(), ours,
              theirs.content()));
    }
  }

  private void merge(PlannedFile theirs, byte[] baseBytes, byte[] ours) {
    String path = theirs.path();
    if (templateKept(theirs, baseBytes)) {
      outcome(path, Outcome.UNCHANGED, "the template did not change it; your changes kept", null);
      return;
    }
    if (Arrays.equals(baseBytes, ours)) {
      write(theirs, theirs.content(), Outcome.UPDATED, null, diff(path, ours, theirs.content()));
      return;
    }
    String baseText = text(baseBytes);
    String oursText = text(ours);
    String theirsText = text(theirs.content());
    if (baseText == null || oursText == null || theirsText == null) {
      outcome(path, Outcome.CONFLICT, "not UTF-8 text, changed by you and by the template", null);
      return;
    }
    ThreeWayMerge.Result merged = ThreeWayMerge.merge(baseText, oursText, theirsText,
        theirsVersion);
    byte[] content = merged.text().getBytes(StandardCharsets.UTF_8);
    String diff = UnifiedDiff.of(path, oursText, merged.text());
    if (merged.clean()) {
      write(theirs, content, Outcome.MERGED, null, diff);
    } else if (conflicts == Conflicts.MARKERS) {
      write(theirs, content, Outcome.CONFLICT, conflictNote(merged)
          + "; written with conflict markers", diff);
    } else {
      outcome(path, Outcome.CONFLICT, conflictNote(merged), diff);
    }
  }

  private static String conflictNote(ThreeWayMerge.Result merged) {
    return "you and the template changed the same lines (" + merged.conflicts() + " place"
        + (merged.conflicts() == 1 ? "" : "s") + ")";
  }

  /** A file of the base the new template no longer has. */
  private void removed(String path) {
    Ours ours = ours(path);
    if (ours.problem() != null || ours.bytes() == null) {
      return; // gone already, or not a file of ours to remove
    }
    boolean untouched = base.hashesOnly()
        ? FileHashes.of(ours.bytes()).equals(base.hashes().get(path))
        : Arrays.equals(base.files().get(path), ours.bytes());
    if (untouched) {
      deletions.add(path);
      outcome(path, Outcome.REMOVED_UPSTREAM, "deleted", null);
    } else {
      outcome(path, Outcome.REMOVED_UPSTREAM, "kept: you changed it", null);
    }
  }

  private void write(PlannedFile theirs, byte[] content, Outcome outcome, String note,
      String diff) {
    writes.add(new PlannedFile(theirs.path(), content, theirs.executable(), theirs.origin()));
    outcome(theirs.path(), outcome, note, diff);
  }

  private void outcome(String path, Outcome outcome, String note, String diff) {
    outcomes.add(new FileUpdate(path, outcome, note, diff));
  }

  private static String diff(String path, byte[] before, byte[] after) {
    String beforeText = text(before);
    String afterText = text(after);
    return beforeText == null || afterText == null ? null
        : UnifiedDiff.of(path, beforeText, afterText);
  }

  /** The user's file: its bytes ({@code null} when there is none), or why it cannot be merged. */
  private record Ours(byte[] bytes, String problem) {}

  private Ours ours(String path) {
    try {
      PlannedPaths.requireNoEscapingLink(projectDir, path, "the project's '" + path + "'");
      Path file = PlannedPaths.resolve(projectDir, path);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return new Ours(null, null);
      }
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return new Ours(null, "not a regular file (a link, a directory); left as it is");
      }
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        byte[] bytes = in.readNBytes(PlanWriter.MAX_EDITED_BYTES + 1);
        return bytes.length > PlanWriter.MAX_EDITED_BYTES
            ? new Ours(null, "larger than " + PlanWriter.MAX_EDITED_BYTES + " bytes")
            : new Ours(bytes, null);
      }
    } catch (IOException unreadable) {
      throw new TaskerException(TaskerException.Kind.FAILURE, "could not read '" + path
          + "' in " + projectDir + ": " + unreadable.getMessage(), "check the file's permissions",
          unreadable);
    }
  }

  /** UTF-8 text, or {@code null} for anything else. */
  private static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException binary) {
      return null;
    }
  }
}

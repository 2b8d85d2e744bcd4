package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import systems.tasker.cli.plugin.TaskerException;

/**
 * Compares a {@link GenerationPlan} with the output directory ({@link #preview}) and writes it
 * ({@link #commit}): each file goes to a temporary sibling, then moves into place (a replaced file
 * is kept as a backup link meanwhile); when any step fails or a signal interrupts, every file and
 * directory the run created is removed and every file or link it replaced is put back as it was,
 * so the disk is as it was before.
 */
public final class PlanWriter {

  private final FileOperations operations;
  private final WorkFiles workFiles = new WorkFiles();

  /** A writer working through {@link java.nio.file.Files}. */
  public PlanWriter() {
    this(FileOperations.STANDARD);
  }

  PlanWriter(FileOperations operations) {
    this.operations = Objects.requireNonNull(operations, "operations");
  }

  /** The most bytes a file to be patched may hold: patching reads it whole. */
  public static final int MAX_EDITED_BYTES = 16 * 1024 * 1024;

  /** One planned change and the file it writes (a patched file's new content). */
  private record Step(FileChange change, PlannedFile file) {}

  /**
   * What committing {@code plan} into {@code outputDir} would do to each file, in plan order: the
   * planned files, then each file the patches edit. Reads the disk, writes nothing: this is
   * {@code --dry-run}.
   *
   * @throws UnsafePathException when a planned path passes through a symbolic link leading out
   *     of {@code outputDir}
   * @throws WriteFailedException when an existing file cannot be read
   * @throws TaskerException (failure) when a patch does not fit a file the plan itself writes
   */
  public List<FileChange> preview(Path outputDir, GenerationPlan plan, ExistingFiles policy) {
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(policy, "policy");
    return steps(outputDir, plan, policy).stream().map(Step::change).toList();
  }

  private static List<Step> steps(Path outputDir, GenerationPlan plan, ExistingFiles policy) {
    Map<String, List<PlannedPatch>> edits = new LinkedHashMap<>();
    for (PlannedPatch patch : plan.patches()) {
      edits.computeIfAbsent(patch.path(), path -> new ArrayList<>()).add(patch);
    }
    List<Step> steps = new ArrayList<>();
    for (String deletion : plan.deletions()) {
      steps.add(read(outputDir, deletion, () -> removal(outputDir, deletion)));
    }
    for (PlannedFile planned : plan.files()) {
      PlannedFile file = patched(planned, edits.remove(planned.path()));
      steps.add(new Step(read(outputDir, file.path(), () -> {
        PlannedPaths.requireNoEscapingLink(outputDir, file.path(), file.origin());
        return change(outputDir, file, policy);
      }), file));
    }
    for (Map.Entry<String, List<PlannedPatch>> edit : edits.entrySet()) {
      steps.add(read(outputDir, edit.getKey(),
          () -> edit(outputDir, edit.getKey(), edit.getValue(), policy)));
    }
    return List.copyOf(steps);
  }

  /**
   * The removal of a file: {@code delete} for a regular file, {@code unchanged} when it is gone
   * already, a conflict for anything else (a link, a directory), which a removal never touches.
   */
  private static Step removal(Path outputDir, String path) throws IOException {
    String origin = "the removal of '" + path + "'";
    PlannedPaths.requireNoEscapingLink(outputDir, path, origin);
    Path target = PlannedPaths.resolve(outputDir, path);
    if (fileInTheWay(outputDir, path) != null
        || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return new Step(new FileChange(path, FileChange.Action.UNCHANGED, 0, -1, origin, null),
          null);
    }
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return new Step(new FileChange(path, FileChange.Action.CONFLICT, 0, -1, origin,
          "not a regular file; a removal only removes files"), null);
    }
    long existing = Files.size(target);
    return new Step(new FileChange(path, FileChange.Action.DELETE, 0, existing, origin, null),
        null);
  }

  /** Reads the disk for one path; a failure to read names that path. */
  private interface DiskRead<T> {
    T read() throws IOException;
  }

  private static <T> T read(Path outputDir, String path, DiskRead<T> read) {
    try {
      return read.read();
    } catch (IOException unreadable) {
      throw new WriteFailedException(path,
          "could not read '" + path + "' in " + outputDir + ": " + reason(unreadable),
          null, unreadable);
    }
  }

  /** A planned file with the plan's patches of its own path applied to its content. */
  private static PlannedFile patched(PlannedFile file, List<PlannedPatch> patches) {
    if (patches == null) {
      return file;
    }
    String text = new String(file.content(), StandardCharsets.UTF_8);
    for (PlannedPatch patch : patches) {
      PlannedPatch.Outcome outcome = patch.applyTo(text);
      if (!outcome.applies()) {
        throw new TaskerException(TaskerException.Kind.FAILURE,
            "the " + patch.origin() + " does not fit the file " + file.origin()
                + " writes at '" + file.path() + "': " + outcome.problem(),
            "the template's patches and files disagree; fix the template");
      }
      text = outcome.text();
    }
    return new PlannedFile(file.path(), text.getBytes(StandardCharsets.UTF_8), file.executable(),
        file.origin());
  }

  /**
   * The patches of a file that is expected on disk: {@code modify} when they add lines,
   * {@code unchanged} when every one of them is already applied, and a conflict (or with
   * {@link ExistingFiles#KEEP}, a skip) when the file is missing, is not a regular UTF-8 text file
   * within {@link #MAX_EDITED_BYTES}, or lacks an anchor.
   */
  private static Step edit(Path outputDir, String path, List<PlannedPatch> patches,
      ExistingFiles policy) throws IOException {
    String origin = patches.get(0).origin();
    PlannedPaths.requireNoEscapingLink(outputDir, path, origin);
    Edited original = editable(outputDir, path);
    if (original.problem() != null) {
      return refusedEdit(path, origin, policy, original.problem(), original.bytes());
    }
    String text = original.text();
    List<String> problems = new ArrayList<>();
    for (PlannedPatch patch : patches) {
      PlannedPatch.Outcome outcome = patch.applyTo(text);
      if (outcome.applies()) {
        text = outcome.text();
      } else {
        problems.add(outcome.problem());
      }
    }
    if (!problems.isEmpty() && policy != ExistingFiles.KEEP) {
      return refusedEdit(path, origin, policy, String.join("; ", problems), original.bytes());
    }
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    String note = problems.isEmpty() ? null : problems.size() + " of " + patches.size()
        + " edits skipped: " + String.join("; ", problems);
    boolean changed = !text.equals(original.text());
    FileChange.Action action = changed ? FileChange.Action.MODIFY
        : problems.isEmpty() ? FileChange.Action.UNCHANGED : FileChange.Action.SKIP;
    return new Step(new FileChange(path, action, content.length, original.bytes(), origin, note,
        true, changed ? UnifiedDiff.of(path, original.text(), text) : null),
        new PlannedFile(path, content, false, origin));
  }

  /** The text of a file to patch, or why it cannot be patched. */
  private record Edited(String text, long bytes, String problem) {}

  private static Edited editable(Path outputDir, String path) throws IOException {
    String blockingParent = fileInTheWay(outputDir, path);
    if (blockingParent != null) {
      return new Edited(null, -1, "'" + blockingParent + "' is a file, not a directory");
    }
    Path target = PlannedPaths.resolve(outputDir, path);
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return new Edited(null, -1, "there is no such file to edit");
    }
    if (Files.isSymbolicLink(target)) {
      return new Edited(null, -1, "it is a symbolic link; patches edit regular files only");
    }
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return new Edited(null, -1, "it is not a regular file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(MAX_EDITED_BYTES + 1);
    }
    if (bytes.length > MAX_EDITED_BYTES) {
      return new Edited(null, -1, "it is larger than " + MAX_EDITED_BYTES + " bytes");
    }
    try {
      return new Edited(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString(), bytes.length, null);
    } catch (CharacterCodingException binary) {
      return new Edited(null, bytes.length, "it is not UTF-8 text");
    }
  }

  private static Step refusedEdit(String path, String origin, ExistingFiles policy,
      String problem, long existingBytes) {
    FileChange.Action action = policy == ExistingFiles.KEEP ? FileChange.Action.SKIP
        : FileChange.Action.CONFLICT;
    return new Step(new FileChange(path, action, 0, existingBytes, origin, problem, true, null),
        null);
  }

  private static FileChange change(Path outputDir, PlannedFile file, ExistingFiles policy)
      throws IOException {
    String blockingParent = fileInTheWay(outputDir, file.path());
    if (blockingParent != null) {
      return decided(file, -1, policy, "'" + blockingParent + "' is a file, not a directory");
    }
    Path target = PlannedPaths.resolve(outputDir, file.path());
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return new FileChange(file.path(), FileChange.Action.CREATE, file.size(), -1,
          file.origin(), null);
    }
    if (!Files.isRegularFile(target)) {
      return decided(file, -1, policy, "a directory or special file is in the way");
    }
    long existing = Files.size(target);
    if (existing == file.size() && sameContent(target, file)) {
      return new FileChange(file.path(), FileChange.Action.UNCHANGED, file.size(), existing,
          file.origin(), null);
    }
    FileChange.Action action = switch (policy) {
      case REFUSE -> FileChange.Action.CONFLICT;
      case OVERWRITE -> FileChange.Action.OVERWRITE;
      case KEEP -> FileChange.Action.SKIP;
    };
    return new FileChange(file.path(), action, file.size(), existing, file.origin(), null);
  }

  /**
   * Whether the regular file {@code target}, of the planned size, holds the planned bytes: read a
   * block at a time, so that comparing never needs more memory than the plan already holds.
   */
  private static boolean sameContent(Path target, PlannedFile file) throws IOException {
    byte[] planned = file.content();
    byte[] block = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(target)) {
      int offset = 0;
      for (int read = in.read(block); read > 0; read = in.read(block)) {
        if (offset + read > planned.length
            || !Arrays.equals(block, 0, read, planned, offset, offset + read)) {
          return false;
        }
        offset += read;
      }
      return offset == planned.length;
    }
  }

  /** Something that is not a regular file can be kept, never overwritten. */
  private static FileChange decided(
      PlannedFile file, long existingBytes, ExistingFiles policy, String note) {
    return policy == ExistingFiles.KEEP
        ? new FileChange(file.path(), FileChange.Action.SKIP, file.size(), existingBytes,
            file.origin(), note)
        : new FileChange(file.path(), FileChange.Action.CONFLICT, file.size(), existingBytes,
            file.origin(), note);
  }

  /** The first ancestor of {@code path} that exists but is not a directory, or {@code null}. */
  private static String fileInTheWay(Path outputDir, String path) {
    Path current = outputDir;
    String walked = "";
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      current = current.resolve(segments[i]);
      walked = walked.isEmpty() ? segments[i] : walked + "/" + segments[i];
      if (!Files.exists(current)) {
        return null;
      }
      if (!Files.isDirectory(current)) {
        return walked;
      }
    }
    return null;
  }

  /**
   * Writes {@code plan} into {@code outputDir} (created when missing) and returns what was done.
   *
   * @throws ConflictException when a file conflicts (see {@link #preview}); nothing is written
   * @throws UnsafePathException when a path passes through a symbolic link leading outside
   * @throws WriteFailedException when a write fails, or another run holds the output directory;
   *     every change of the run is rolled back
   */
  public List<FileChange> commit(Path outputDir, GenerationPlan plan, ExistingFiles policy) {
    return commit(outputDir, plan, policy, new Interruption());
  }

  /**
   * As {@link #commit(Path, GenerationPlan, ExistingFiles)}, under an exclusive lock on
   * {@code outputDir}, checking the disk again once the lock is held; a file planned as a
   * {@code create} never replaces one that appeared meanwhile. Temporary files an earlier,
   * killed run left in the directories written are removed first.
   *
   * @param interruption stops the commit between two files; it then rolls back
   * @throws CommitInterruptedException when {@code interruption} was triggered
   */
  public List<FileChange> commit(Path outputDir, GenerationPlan plan, ExistingFiles policy,
      Interruption interruption) {
    List<FileChange> planned = withoutConflicts(preview(outputDir, plan, policy), policy);
    if (planned.stream().noneMatch(change -> change.action().writes())) {
      return planned;
    }
    if (!interruption.begin()) {
      throw interrupted(outputDir, 0, planned, List.of());
    }
    try {
      return commitLocked(outputDir, plan, policy, interruption);
    } finally {
      interruption.end();
    }
  }

  private static List<FileChange> withoutConflicts(List<FileChange> changes,
      ExistingFiles policy) {
    ConflictException.ifAny(changes, policy);
    return changes;
  }

  private List<FileChange> commitLocked(Path outputDir, GenerationPlan plan,
      ExistingFiles policy, Interruption interruption) {
    Journal journal = new Journal();
    OutputLock lock = null;
    try {
      createDirectories(outputDir, journal);
      lock = OutputLock.acquire(outputDir);
      journal.locked(lock);
      WorkFiles.removeLeftovers(directoriesOf(outputDir, plan), operations);
      // the disk again, now that no other run can change it: patches apply to what is there now
      List<Step> steps = steps(outputDir, plan, policy);
      List<FileChange> changes = withoutConflicts(
          steps.stream().map(Step::change).toList(), policy);
      writeAll(outputDir, steps, interruption, journal);
      journal.discardBackups(operations);
      return changes;
    } catch (Stop stop) {
      throw interrupted(outputDir, stop.written, stop.changes, journal.rollBack(operations));
    } catch (TaskerException refused) {
      journal.rollBack(operations);
      throw refused;
    } catch (IOException | RuntimeException failure) {
      throw failed(outputDir, journal.current, failure, journal.rollBack(operations));
    } finally {
      release(lock);
    }
  }

  private void writeAll(Path outputDir, List<Step> steps, Interruption interruption,
      Journal journal) throws IOException {
    List<FileChange> changes = steps.stream().map(Step::change).toList();
    int written = 0;
    for (Step step : steps) {
      if (step.change().action().writes()) {
        if (interruption.stopBefore(written)) {
          throw new Stop(written, changes);
        }
        journal.current = step.change().path();
        if (step.change().action() == FileChange.Action.DELETE) {
          remove(outputDir, step.change().path(), journal);
        } else {
          write(outputDir, step.file(), step.change().action(), journal);
        }
        written++;
      }
    }
    if (interruption.requested()) {
      throw new Stop(-1, changes);
    }
  }

  /** The signal came: unwinds the commit loop to its rollback. */
  private static final class Stop extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int written;
    final transient List<FileChange> changes;

    Stop(int written, List<FileChange> changes) {
      super(null, null, false, false);
      this.written = written;
      this.changes = changes;
    }
  }

  private static void release(OutputLock lock) {
    if (lock != null) {
      try {
        lock.close();
      } catch (IOException stays) {
        // the operating system drops the lock with the process; a stale file is harmless
      }
    }
  }

  /** The output directory and every directory a planned file goes into. */
  private static Set<Path> directoriesOf(Path outputDir, GenerationPlan plan) {
    Set<Path> directories = new LinkedHashSet<>();
    directories.add(outputDir);
    for (PlannedFile file : plan.files()) {
      directories.add(PlannedPaths.resolve(outputDir, file.path()).getParent());
    }
    for (PlannedPatch patch : plan.patches()) {
      directories.add(PlannedPaths.resolve(outputDir, patch.path()).getParent());
    }
    for (String deletion : plan.deletions()) {
      directories.add(PlannedPaths.resolve(outputDir, deletion).getParent());
    }
    return directories;
  }

  private void write(Path outputDir, PlannedFile file, FileChange.Action action,
      Journal journal) throws IOException {
    Path target = PlannedPaths.resolve(outputDir, file.path());
    createDirectories(target.getParent(), journal);
    // what was planned, not what is there now: a create must not replace a newcomer
    boolean replacing = action == FileChange.Action.OVERWRITE || action == FileChange.Action.MODIFY;
    Path temporary = workFiles.temporary(target);
    journal.temporary(temporary);
    operations.createFile(temporary, file.content());
    // a link's own mode means nothing (0777): the mode kept is that of the file it leads to
    setPermissions(temporary, replacing ? permissions(target) : permissions(temporary),
        file.executable());
    if (replacing) {
      Path backup = workFiles.backup(target);
      operations.backup(target, backup);
      journal.replaced(target, backup);
      operations.move(temporary, target);
    } else {
      try {
        operations.moveNoReplace(temporary, target);
      } catch (FileAlreadyExistsException appeared) {
        throw new FileSystemException(target.toString(), null,
            "a file appeared there after the plan was made");
      }
      journal.created(target);
    }
    journal.moved();
  }

  /** Removes a file, keeping it as a backup link until the commit ends. */
  private void remove(Path outputDir, String path, Journal journal) throws IOException {
    Path target = PlannedPaths.resolve(outputDir, path);
    Path backup = workFiles.backup(target);
    operations.backup(target, backup);
    journal.replaced(target, backup);
    operations.delete(target);
  }

  private void setPermissions(Path file, Set<PosixFilePermission> permissions,
      boolean executable) throws IOException {
    if (permissions != null) {
      if (executable) {
        addExecute(permissions);
      }
      operations.setPermissions(file, permissions);
    }
  }

  private void createDirectories(Path directory, Journal journal) throws IOException {
    if (directory == null || Files.isDirectory(directory)) {
      return;
    }
    createDirectories(directory.getParent(), journal);
    try {
      operations.createDirectory(directory);
    } catch (FileAlreadyExistsException raced) {
      if (Files.isDirectory(directory)) {
        return; // another run made it: not ours to remove
      }
      throw raced;
    }
    journal.createdDirectory(directory);
  }

  /** POSIX permissions (of the file a link leads to), or {@code null} when there are none. */
  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return null;
    }
    return EnumSet.copyOf(Files.getPosixFilePermissions(file));
  }

  /** Execute for whoever may read, as {@code chmod +x} does under a usual umask. */
  private static void addExecute(Set<PosixFilePermission> permissions) {
    permissions.add(PosixFilePermission.OWNER_EXECUTE);
    if (permissions.contains(PosixFilePermission.GROUP_READ)) {
      permissions.add(PosixFilePermission.GROUP_EXECUTE);
    }
    if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
      permissions.add(PosixFilePermission.OTHERS_EXECUTE);
    }
  }

  private static WriteFailedException failed(
      Path outputDir, String path, Exception failure, List<String> leftovers) {
    String message = "could not write '" + path + "' in " + outputDir + ": " + reason(failure);
    if (leftovers.isEmpty()) {
      return new WriteFailedException(path, message + "; every change was rolled back",
          "nothing was changed in " + outputDir, failure);
    }
    return new WriteFailedException(path,
        message + "; rolling back failed for: " + String.join(", ", leftovers),
        "check those paths by hand", failure);
  }

  private static CommitInterruptedException interrupted(Path outputDir, int written,
      List<FileChange> changes, List<String> leftovers) {
    long total = changes.stream().filter(change -> change.action().writes()).count();
    String when = written < 0 ? "as the last of " + total + " files was written"
        : "after " + written + " of " + total + " files";
    String message = "interrupted while writing into " + outputDir + " (" + when + ")";
    if (leftovers.isEmpty()) {
      return new CommitInterruptedException(message + "; every change was rolled back",
          "nothing was changed in " + outputDir);
    }
    return new CommitInterruptedException(
        message + "; rolling back failed for: " + String.join(", ", leftovers),
        "check those paths by hand");
  }

  /**
   * A short, user-facing reason for an I/O failure. The file the exception names is often a
   * temporary sibling, so the planned path in the message says where instead.
   */
  static String reason(Exception failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (failure instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (failure instanceof FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (failure instanceof DirectoryNotEmptyException) {
      return "a directory is in the way";
    }
    if (failure instanceof FileSystemException other && other.getReason() != null) {
      return other.getReason();
    }
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
  }

  /** What this run changed, so that it can be undone in reverse order. */
  private static final class Journal {

    private interface Undo {
      void undo(FileOperations operations) throws IOException;

      String describe();
    }

    private final List<Undo> steps = new ArrayList<>();
    private final List<Path> backups = new ArrayList<>();
    private Undo pendingTemporary;
    /** The planned path being written, for the message when it fails. */
    String current = ".";

    void temporary(Path temporary) {
      pendingTemporary = undo(temporary, operations -> {
        if (Files.exists(temporary, LinkOption.NOFOLLOW_LINKS)) {
          operations.delete(temporary);
        }
      });
    }

    void moved() {
      pendingTemporary = null;
    }

    /** Rolling back lets the lock go before it removes the directories the run created. */
    void locked(OutputLock lock) {
      steps.add(undo(lock.file(), operations -> lock.close()));
    }

    void created(Path file) {
      steps.add(undo(file, operations -> operations.delete(file)));
    }

    void createdDirectory(Path directory) {
      steps.add(undo(directory, operations -> operations.delete(directory)));
    }

    /** The original (a file or a link, with its own mode) is kept whole at {@code backup}. */
    void replaced(Path file, Path backup) {
      backups.add(backup);
      steps.add(undo(file, operations -> {
        operations.move(backup, file);
        // renaming a link onto another link of the same file does nothing at all
        if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
          operations.delete(backup);
        }
      }));
    }

    /** After success: the backups are not needed; one left behind goes with the next run. */
    void discardBackups(FileOperations operations) {
      for (Path backup : backups) {
        try {
          operations.delete(backup);
        } catch (IOException stays) {
          // named as ours, so the next commit into this directory removes it
        }
      }
    }

    /** Undoes every step, newest first; returns the paths that could not be restored. */
    List<String> rollBack(FileOperations operations) {
      List<String> leftovers = new ArrayList<>();
      List<Undo> all = new ArrayList<>(steps);
      if (pendingTemporary != null) {
        all.add(pendingTemporary);
      }
      for (int i = all.size() - 1; i >= 0; i--) {
        try {
          all.get(i).undo(operations);
        } catch (IOException | RuntimeException stuck) {
          leftovers.add(all.get(i).describe());
        }
      }
      return leftovers;
    }

    private interface Action {
      void run(FileOperations operations) throws IOException;
    }

    private static Undo undo(Path path, Action action) {
      return new Undo() {
        @Override
        public void undo(FileOperations operations) throws IOException {
          action.run(operations);
        }

        @Override
        public String describe() {
          return path.toString();
        }
      };
    }
  }
}

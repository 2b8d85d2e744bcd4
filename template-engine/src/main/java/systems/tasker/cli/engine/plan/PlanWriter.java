package systems.tasker.cli.engine.plan;

import java.io.IOException;
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
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Compares a {@link GenerationPlan} with the output directory ({@link #preview}) and writes it
 * ({@link #commit}): each file goes to a temporary sibling, then moves into place; when any step
 * fails, every file and directory the run created is removed and every file it replaced is
 * restored, so the disk is as it was before.
 */
public final class PlanWriter {

  private final FileOperations operations;
  // Temporary names need only avoid collisions: the file is created with CREATE_NEW, so a name
  // someone guessed and planted a link at fails instead of being followed. SecureRandom's
  // start-up cost buys nothing here.
  private final SplittableRandom random = new SplittableRandom();

  /** A writer working through {@link java.nio.file.Files}. */
  public PlanWriter() {
    this(FileOperations.STANDARD);
  }

  PlanWriter(FileOperations operations) {
    this.operations = Objects.requireNonNull(operations, "operations");
  }

  /**
   * What committing {@code plan} into {@code outputDir} would do to each file, in plan order.
   * Reads the disk, writes nothing: this is {@code --dry-run}.
   *
   * @throws UnsafePathException when a planned path passes through a symbolic link leading out
   *     of {@code outputDir}
   * @throws WriteFailedException when an existing file cannot be read
   */
  public List<FileChange> preview(Path outputDir, GenerationPlan plan, ExistingFiles policy) {
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(policy, "policy");
    List<FileChange> changes = new ArrayList<>();
    for (PlannedFile file : plan.files()) {
      try {
        PlannedPaths.requireNoEscapingLink(outputDir, file.path(), file.origin());
        changes.add(change(outputDir, file, policy));
      } catch (IOException unreadable) {
        throw new WriteFailedException(file.path(),
            "Could not read '" + file.path() + "' in " + outputDir + ": " + reason(unreadable),
            null, unreadable);
      }
    }
    return List.copyOf(changes);
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
    byte[] existing = Files.readAllBytes(target);
    if (file.hasContent(existing)) {
      return new FileChange(file.path(), FileChange.Action.UNCHANGED, file.size(),
          existing.length, file.origin(), null);
    }
    FileChange.Action action = switch (policy) {
      case REFUSE -> FileChange.Action.CONFLICT;
      case OVERWRITE -> FileChange.Action.OVERWRITE;
      case KEEP -> FileChange.Action.SKIP;
    };
    return new FileChange(file.path(), action, file.size(), existing.length, file.origin(), null);
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
   * @throws WriteFailedException when a write fails; every change of the run is rolled back
   */
  public List<FileChange> commit(Path outputDir, GenerationPlan plan, ExistingFiles policy) {
    List<FileChange> changes = preview(outputDir, plan, policy);
    List<FileChange> conflicts = changes.stream()
        .filter(c -> c.action() == FileChange.Action.CONFLICT).toList();
    if (!conflicts.isEmpty()) {
      throw new ConflictException(conflicts, policy);
    }
    Journal journal = new Journal();
    for (int i = 0; i < changes.size(); i++) {
      FileChange change = changes.get(i);
      if (!change.action().writes()) {
        continue;
      }
      try {
        write(outputDir, plan.files().get(i), journal);
      } catch (IOException | RuntimeException failure) {
        List<String> leftovers = journal.rollBack(operations);
        throw failed(outputDir, change.path(), failure, leftovers);
      }
    }
    return changes;
  }

  private void write(Path outputDir, PlannedFile file, Journal journal) throws IOException {
    Path target = PlannedPaths.resolve(outputDir, file.path());
    createDirectories(target.getParent(), journal);
    boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    byte[] backup = replacing ? Files.readAllBytes(target) : null;
    Set<PosixFilePermission> oldPermissions = replacing ? permissions(target) : null;

    Path temporary = target.resolveSibling(
        "." + target.getFileName() + ".tasker-" + HexFormat.of().toHexDigits(random.nextInt())
            + ".tmp");
    journal.temporary(temporary);
    operations.createFile(temporary, file.content());
    Set<PosixFilePermission> newPermissions =
        oldPermissions != null ? EnumSet.copyOf(oldPermissions) : permissions(temporary);
    if (newPermissions != null) {
      if (file.executable()) {
        addExecute(newPermissions);
      }
      operations.setPermissions(temporary, newPermissions);
    }
    operations.move(temporary, target);
    journal.moved(temporary);
    if (replacing) {
      journal.replaced(target, backup, oldPermissions);
    } else {
      journal.created(target);
    }
  }

  private void createDirectories(Path directory, Journal journal) throws IOException {
    if (directory == null || Files.isDirectory(directory)) {
      return;
    }
    createDirectories(directory.getParent(), journal);
    operations.createDirectory(directory);
    journal.createdDirectory(directory);
  }

  /** POSIX permissions, or {@code null} when the file system has none. */
  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return null;
    }
    return EnumSet.copyOf(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
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
    String message = "Could not write '" + path + "' in " + outputDir + ": " + reason(failure);
    if (leftovers.isEmpty()) {
      return new WriteFailedException(path, message + "; every change was rolled back",
          "Nothing was changed in " + outputDir, failure);
    }
    return new WriteFailedException(path,
        message + "; rolling back failed for: " + String.join(", ", leftovers),
        "Check those paths by hand", failure);
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
    private Undo pendingTemporary;

    void temporary(Path temporary) {
      pendingTemporary = undo(temporary, operations -> {
        if (Files.exists(temporary, LinkOption.NOFOLLOW_LINKS)) {
          operations.delete(temporary);
        }
      });
    }

    void moved(Path temporary) {
      pendingTemporary = null;
    }

    void created(Path file) {
      steps.add(undo(file, operations -> operations.delete(file)));
    }

    void createdDirectory(Path directory) {
      steps.add(undo(directory, operations -> operations.delete(directory)));
    }

    void replaced(Path file, byte[] backup, Set<PosixFilePermission> permissions) {
      steps.add(undo(file, operations -> {
        operations.overwrite(file, backup);
        if (permissions != null) {
          operations.setPermissions(file, permissions);
        }
      }));
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

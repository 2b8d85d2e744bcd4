package systems.tasker.cli.engine.plan;

import java.util.List;
import java.util.stream.Collectors;
import systems.tasker.cli.plugin.TaskerException;

/** Planned files collide with what is on disk; nothing was written (exit 1). */
public final class ConflictException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final List<FileChange> conflicts;

  ConflictException(List<FileChange> conflicts, ExistingFiles policy) {
    super(Kind.FAILURE, message(conflicts), hint(conflicts, policy));
    this.conflicts = List.copyOf(conflicts);
  }

  /**
   * Throws what {@link PlanWriter#commit} would throw for {@code changes}: a dry run predicts the
   * real run, refusal and exit code included.
   *
   * @throws ConflictException when any change is a conflict
   */
  public static void ifAny(List<FileChange> changes, ExistingFiles policy) {
    List<FileChange> conflicts = changes.stream()
        .filter(change -> change.action() == FileChange.Action.CONFLICT).toList();
    if (!conflicts.isEmpty()) {
      throw new ConflictException(conflicts, policy);
    }
  }

  /**
   * A file whose edit does not fit (its anchor gone, or the file missing) cannot be forced: the
   * user restores the text, or leaves that edit out.
   */
  private static String hint(List<FileChange> conflicts, ExistingFiles policy) {
    if (conflicts.stream().allMatch(FileChange::edit)) {
      return "restore the text the edit is anchored to (or the file), or pass --skip-existing to"
          + " leave the file as it is";
    }
    return policy == ExistingFiles.REFUSE
        ? "Use --force to overwrite or --skip-existing to keep the existing files"
        : "move the conflicting paths out of the way";
  }

  private static String message(List<FileChange> conflicts) {
    String paths = conflicts.stream()
        .map(c -> c.note() == null ? c.path() : c.path() + " (" + c.note() + ")")
        .collect(Collectors.joining(", "));
    return (conflicts.size() == 1 ? "1 file conflicts" : conflicts.size() + " files conflict")
        + " with what exists, nothing was written: " + paths;
  }

  /** Every conflicting file, in plan order. */
  public List<FileChange> conflicts() {
    return conflicts;
  }
}

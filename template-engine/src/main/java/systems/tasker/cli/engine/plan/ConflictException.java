package systems.tasker.cli.engine.plan;

import java.util.List;
import java.util.stream.Collectors;
import systems.tasker.cli.plugin.TaskerException;

/** Planned files collide with what is on disk; nothing was written (exit 1). */
public final class ConflictException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final List<FileChange> conflicts;

  ConflictException(List<FileChange> conflicts, ExistingFiles policy) {
    super(Kind.FAILURE, message(conflicts), policy == ExistingFiles.REFUSE
        ? "Use --force to overwrite or --skip-existing to keep the existing files"
        : "Move the conflicting paths out of the way");
    this.conflicts = List.copyOf(conflicts);
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

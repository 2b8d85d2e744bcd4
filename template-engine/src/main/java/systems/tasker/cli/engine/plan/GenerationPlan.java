package systems.tasker.cli.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import systems.tasker.cli.plugin.TaskerException;

/**
 * Every file a generation will write, in order, and every edit of a file already there, held in
 * memory until it is committed. A plan only holds safe paths ({@link PlannedPaths}) and never two
 * files at the same path, nor a file where another file needs a directory.
 *
 * @param files the files, in the order the template declares them
 * @param patches the edits, in order; an edit of a path the plan also writes edits that file,
 *     else the file on disk; several edits of one file apply one after the other
 * @param deletions the paths of files to remove ({@code update}: a file the template no longer
 *     has and the user never changed), removed before any file is written
 */
public record GenerationPlan(List<PlannedFile> files, List<PlannedPatch> patches,
    List<String> deletions) {

  /** A plan that edits no file. */
  public GenerationPlan(List<PlannedFile> files) {
    this(files, List.of());
  }

  /** A plan that removes no file. */
  public GenerationPlan(List<PlannedFile> files, List<PlannedPatch> patches) {
    this(files, patches, List.of());
  }

  /** The plans one after the other, as one plan: every file, edit and removal of each. */
  public static GenerationPlan of(List<GenerationPlan> plans) {
    List<PlannedFile> files = new ArrayList<>();
    List<PlannedPatch> patches = new ArrayList<>();
    List<String> deletions = new ArrayList<>();
    for (GenerationPlan plan : plans) {
      files.addAll(plan.files());
      patches.addAll(plan.patches());
      deletions.addAll(plan.deletions());
    }
    return new GenerationPlan(files, patches, deletions);
  }

  public GenerationPlan {
    files = List.copyOf(files);
    patches = List.copyOf(patches);
    deletions = List.copyOf(deletions);
    for (PlannedPatch patch : patches) {
      PlannedPaths.requireSafe(patch.path(), patch.origin());
    }
    for (String deletion : deletions) {
      PlannedPaths.requireSafe(deletion, "the removal of '" + deletion + "'");
    }
    Map<String, PlannedFile> byPath = new HashMap<>();
    for (PlannedFile file : files) {
      PlannedPaths.requireSafe(file.path(), file.origin());
      PlannedFile earlier = byPath.putIfAbsent(file.path(), file);
      if (earlier != null) {
        throw new TaskerException(TaskerException.Kind.FAILURE,
            "two outputs write the same path '" + file.path() + "': " + earlier.origin()
                + " and " + file.origin(),
            "give the outputs different file names in template.toml");
      }
    }
    for (PlannedFile file : files) {
      String path = file.path();
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        PlannedFile blocking = byPath.get(path.substring(0, slash));
        if (blocking != null) {
          throw new TaskerException(TaskerException.Kind.FAILURE,
              "output " + blocking.origin() + " writes the file '" + blocking.path()
                  + "', but " + file.origin() + " needs it as a directory for '" + path + "'",
              "give the outputs different file names in template.toml");
        }
      }
    }
  }

  /** The file planned at {@code path}, or {@code null}. */
  public PlannedFile file(String path) {
    Objects.requireNonNull(path, "path");
    return files.stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
  }

  /** The planned paths, in order. */
  public List<String> paths() {
    return files.stream().map(PlannedFile::path).toList();
  }
}

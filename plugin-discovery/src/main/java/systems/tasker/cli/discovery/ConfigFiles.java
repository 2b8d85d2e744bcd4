package systems.tasker.cli.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the configuration file of a run is. The files tried, in order (the first that exists is
 * read, and only it):
 *
 * <ol>
 *   <li>project level, chosen by whoever wrote the project: the nearest {@value
 *       ConfigLoader#PROJECT_FILE_NAME} from the working directory upward; else tasker-ctl's
 *       {@value #UNIFIED}, then its {@value #CTL_PROJECT}, both in the working directory only,
 *       where tasker-ctl looks for them ({@code crates/tasker-ctl/src/cli_config/loader.rs}: the
 *       paths are relative, nothing walks up);
 *   <li>user level: {@code $XDG_CONFIG_HOME/}{@value ConfigLoader#USER_FILE_NAME}; else
 *       tasker-ctl's {@code ~/}{@value #CTL_USER} (from {@code $HOME}, not XDG, as tasker-ctl's
 *       {@code home_dir()}).
 * </ol>
 *
 * <p>So at each level our own file wins over tasker-ctl's, and tasker-ctl's are tried in
 * tasker-ctl's order. {@code --config FILE} replaces them all.
 */
final class ConfigFiles {

  /** tasker-ctl's unified file, relative to the working directory. */
  static final String UNIFIED = ".config/tasker.toml";

  /** tasker-ctl's project file, in the working directory. */
  static final String CTL_PROJECT = ".tasker-ctl.toml";

  /** tasker-ctl's user file, relative to the home directory. */
  static final String CTL_USER = ".config/tasker-ctl.toml";

  /**
   * The configuration file to read and how.
   *
   * @param file the file and its dialect
   * @param projectRoot the project that chose it, for a project-level file; else {@code null}
   * @param base what relative paths in it are relative to: our file's directory; the working
   *     directory for tasker-ctl's files, as tasker-ctl resolves them from where it runs
   *     ({@code expand_path} in {@code loader.rs} leaves them relative)
   * @param notRead tasker-ctl's files that exist but come after it
   */
  record Located(ConfigFile file, Path projectRoot, Path base, List<UnreadConfigFile> notRead) {}

  private record Candidate(Path path, ConfigDialect dialect, boolean projectLevel) {}

  private ConfigFiles() {}

  /** The file a run reads: {@code explicit} ({@code --config}) when given, else the first found. */
  static Optional<Located> locate(Environment env, Path explicit) {
    List<Candidate> found = candidates(env).stream()
        .filter(candidate -> Files.exists(candidate.path()))
        .toList();
    if (explicit != null) {
      Path file = env.resolve(explicit);
      return Optional.of(new Located(new ConfigFile(file, ConfigDialect.TASKER_CLI), null,
          file.getParent(), notRead(found, "--config " + file + " is given")));
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Candidate chosen = found.get(0);
    List<UnreadConfigFile> notRead = new ArrayList<>();
    for (Candidate other : found.subList(1, found.size())) {
      if (other.dialect().isTaskerCtl()) {
        notRead.add(new UnreadConfigFile(other.path(), reason(chosen, other)));
      }
    }
    Path workingDirectory = env.workingDirectory();
    Path projectRoot = !chosen.projectLevel() ? null
        : chosen.dialect() == ConfigDialect.TASKER_CLI ? chosen.path().getParent()
        : workingDirectory;
    Path base = chosen.dialect().isTaskerCtl() ? workingDirectory : chosen.path().getParent();
    return Optional.of(new Located(new ConfigFile(chosen.path(), chosen.dialect()), projectRoot,
        base, List.copyOf(notRead)));
  }

  /**
   * The user-level file: ours when it exists; else tasker-ctl's when it exists; else ours, not
   * made yet.
   */
  static ConfigFile userFile(Environment env) {
    Path ours = ours(env);
    Path theirs = env.home().resolve(CTL_USER);
    return !Files.exists(ours) && Files.exists(theirs)
        ? new ConfigFile(theirs, ConfigDialect.TASKER_CTL)
        : new ConfigFile(ours, ConfigDialect.TASKER_CLI);
  }

  private static Path ours(Environment env) {
    return env.xdgConfigHome().resolve(ConfigLoader.USER_FILE_NAME);
  }

  private static List<Candidate> candidates(Environment env) {
    List<Candidate> candidates = new ArrayList<>();
    // Anything of our name is the file, a FIFO or directory too: reading then refuses it with an
    // error rather than silently going on without it.
    for (Path dir = env.workingDirectory(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve(ConfigLoader.PROJECT_FILE_NAME);
      if (Files.exists(file)) {
        candidates.add(new Candidate(file, ConfigDialect.TASKER_CLI, true));
        break;
      }
    }
    Path here = env.workingDirectory();
    candidates.add(new Candidate(here.resolve(UNIFIED), ConfigDialect.TASKER_CTL_UNIFIED, true));
    candidates.add(new Candidate(here.resolve(CTL_PROJECT), ConfigDialect.TASKER_CTL, true));
    candidates.add(new Candidate(ours(env), ConfigDialect.TASKER_CLI, false));
    candidates.add(new Candidate(env.home().resolve(CTL_USER), ConfigDialect.TASKER_CTL, false));
    return candidates;
  }

  private static List<UnreadConfigFile> notRead(List<Candidate> found, String reason) {
    return found.stream()
        .filter(candidate -> candidate.dialect().isTaskerCtl())
        .map(candidate -> new UnreadConfigFile(candidate.path(), reason))
        .toList();
  }

  private static String reason(Candidate chosen, Candidate other) {
    String level = other.projectLevel() ? "project" : "user";
    if (chosen.projectLevel() == other.projectLevel()) {
      return chosen.dialect() == ConfigDialect.TASKER_CLI
          ? chosen.path() + ", tasker-cli's own file at the " + level + " level, comes first"
          : chosen.path() + " comes first, as in tasker-ctl";
    }
    return "the project's " + chosen.path() + " comes first";
  }
}

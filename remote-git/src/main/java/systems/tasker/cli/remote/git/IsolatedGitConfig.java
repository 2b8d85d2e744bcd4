package systems.tasker.cli.remote.git;

import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit with no git configuration but its own: the user's {@code ~/.gitconfig}, the system's
 * {@code /etc/gitconfig} and JGit's own file are read as empty, and never written. A fetch then
 * behaves the same on every machine, and nothing configured outside tasker-cli (a filter or
 * smudge driver, {@code url.insteadOf}, a credential helper) takes part in it. It also keeps JGit
 * from running the {@code git} binary to find the system configuration, and from saving file
 * system measurements in {@code ~/.config/jgit}.
 */
final class IsolatedGitConfig extends SystemReader.Delegate {

  private static final String FILESYSTEM = ConfigConstants.CONFIG_FILESYSTEM_SECTION;
  private static final String TIMESTAMP_RESOLUTION =
      ConfigConstants.CONFIG_KEY_TIMESTAMP_RESOLUTION;

  private IsolatedGitConfig(SystemReader delegate) {
    super(delegate);
  }

  /** Installs the isolation for this process, once. */
  static synchronized void install() {
    SystemReader current = SystemReader.getInstance();
    if (!(current instanceof IsolatedGitConfig)) {
      SystemReader.setInstance(new IsolatedGitConfig(current));
    }
  }

  @Override
  public FileBasedConfig openUserConfig(Config parent, FS fs) {
    return empty(parent, fs);
  }

  @Override
  public FileBasedConfig openSystemConfig(Config parent, FS fs) {
    return empty(parent, fs);
  }

  @Override
  public FileBasedConfig openJGitConfig(Config parent, FS fs) {
    return empty(parent, fs);
  }

  @Override
  public String getHostname() {
    // Only used to name lock owners and reflog entries; no need for a DNS lookup.
    return "localhost";
  }

  private static FileBasedConfig empty(Config parent, FS fs) {
    return new FileBasedConfig(parent, null, fs) {
      @Override
      public void load() {
        // Nothing to read.
      }

      @Override
      public void save() {
        // Nothing is written.
      }

      @Override
      public boolean isOutdated() {
        return false;
      }

      /**
       * Answers JGit's question about the file system's timestamp resolution with its own safe
       * fallback (2 seconds). Unanswered, JGit measures it by writing files for seconds on each
       * run (it would keep the answer in the JGit configuration we do not write).
       */
      @Override
      public long getTimeUnit(String section, String subsection, String name, long defaultValue,
          TimeUnit wantUnit) {
        if (FILESYSTEM.equals(section) && TIMESTAMP_RESOLUTION.equals(name)) {
          return wantUnit.convert(FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION);
        }
        return super.getTimeUnit(section, subsection, name, defaultValue, wantUnit);
      }
    };
  }
}

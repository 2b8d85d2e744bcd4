package systems.tasker.cli.command;

import java.util.Optional;
import picocli.CommandLine.Option;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.remote.RemoteUrls;
import systems.tasker.cli.plugin.TaskerException;

/**
 * {@code --remote NAME}, {@code --url URL} and {@code --ref REF} of {@code template
 * list|info|generate} and {@code init}: take the templates from a git remote, as tasker-ctl's
 * template commands do.
 */
public final class RemoteOptions {

  @Option(names = "--remote", paramLabel = "NAME",
      description = "Take the templates from the configured remote NAME (fetched if needed).")
  String remote;

  @Option(names = "--url", paramLabel = "URL",
      description = "Take the templates from the git repository at URL (https, ssh, git, file or "
          + "a path), cached by URL.")
  String url;

  @Option(names = "--ref", paramLabel = "REF",
      description = "With --url: the branch, tag or commit (default: main).")
  String ref;

  /**
   * The remote these options choose, if any, made the one the context's plugins come from first.
   *
   * @throws TaskerException (usage) for an unknown remote name, both options at once, or
   *     {@code --ref} without {@code --url}
   */
  void choose(CliContext context) {
    context.useRemote(selection(context));
  }

  private Optional<RemoteSpec> selection(CliContext context) {
    if (remote != null && url != null) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "--remote and --url both choose where templates come from; give one of them",
          "--remote NAME for a configured remote, --url URL for any repository");
    }
    if (ref != null && url == null) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "--ref only goes with --url (a configured remote has its own ref)",
          "use --url URL --ref REF, or change the remote's ref in the configuration");
    }
    if (url != null) {
      String where = RemoteUrls.kind(url) == RemoteUrls.Kind.LOCAL_PATH
          ? context.resolve(url).toString()
          : url;
      return Optional.of(RemoteSpec.adHoc(where, ref));
    }
    return remote == null
        ? Optional.empty()
        : Optional.of(context.config().remoteSettings().require(remote));
  }
}

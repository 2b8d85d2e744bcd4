package systems.tasker.cli;

import picocli.CommandLine.Option;

/**
 * {@code --remote NAME}, {@code --url URL} and {@code --ref REF}: take the templates from a git
 * remote, as tasker-ctl's template commands do. Mixed into {@code template list|info|generate} and
 * {@code init}; like {@link GlobalOptions}, the values go to the one {@link CliContext}.
 */
public final class RemoteOptions {

  private final CliContext context;

  public RemoteOptions(CliContext context) {
    this.context = context;
  }

  @Option(names = "--remote", paramLabel = "NAME",
      description = "Take the templates from the configured remote NAME (fetched if needed).")
  void remote(String name) {
    context.setRemoteName(name);
  }

  @Option(names = "--url", paramLabel = "URL",
      description = "Take the templates from the git repository at URL (https, ssh, git, file or "
          + "a path), cached by URL.")
  void url(String url) {
    context.setRemoteUrl(url);
  }

  @Option(names = "--ref", paramLabel = "REF",
      description = "With --url: the branch, tag or commit (default: main).")
  void ref(String ref) {
    context.setRemoteRef(ref);
  }
}

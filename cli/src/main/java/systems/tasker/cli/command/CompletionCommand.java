package systems.tasker.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import systems.tasker.cli.completion.CompletionScript;

/** {@code tasker-cli completion bash|zsh}: prints the shell completion script. */
@Command(
    name = "completion",
    description = "Print the shell completion script for bash or zsh.",
    footer = {
      "",
      "The script completes commands, options, template names, plugin names and languages.",
      "",
      "Examples:",
      "  source <(tasker-cli completion bash)        # in ~/.bashrc",
      "  tasker-cli completion zsh > ~/.local/share/zsh/site-functions/_tasker-cli",
      "",
      "An installed tasker-cli already puts both scripts under <prefix>/share/."
    })
public final class CompletionCommand extends CliCommand {

  /** The shells a script exists for. */
  public enum Shell {
    BASH,
    ZSH
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  protected int execute() {
    CommandSpec root = spec.root();
    context().out().print(
        shell == Shell.BASH ? CompletionScript.bash(root) : CompletionScript.zsh(root));
    return ExitCodes.OK;
  }
}

package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.remote.CachedRemote;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.TaskerException;

/**
 * {@code tasker-cli remote update [NAME]}: fetches remotes now, whatever their age. Each fetch goes
 * into a new checkout that replaces the old one only once it is complete; a failed fetch keeps the
 * old checkout in use.
 */
@Command(
    name = "update",
    description = "Fetch the remotes (or the one named) now.",
    footer = {"", "Examples:", "  tasker-cli remote update", "  tasker-cli remote update contrib"})
public final class RemoteUpdateCommand extends TaskerCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
      description = "The remote to fetch (default: every remote).")
  String name;

  @Override
  protected int execute() {
    CliContext context = context();
    List<RemoteSpec> remotes = remotes();
    if (remotes.isEmpty()) {
      context.err().println("no remotes configured; nothing to update");
      return ExitCodes.OK;
    }
    List<TaskerException> failures = new ArrayList<>();
    for (RemoteSpec remote : remotes) {
      Optional<CachedRemote> before = context.remotes().cached(remote);
      try {
        CachedRemote after = context.remotes().update(remote);
        context.out().println(TerminalText.line("Updated remote '" + remote.name() + "': "
            + before.map(old -> old.commit().equals(after.commit())
                ? "commit " + after.shortCommit() + " (unchanged)"
                : "commit " + old.shortCommit() + " -> " + after.shortCommit())
                .orElse("commit " + after.shortCommit())));
      } catch (TaskerException failed) {
        failures.add(failed);
        if (remotes.size() > 1) {
          context.err().println("error: " + TerminalText.lines(failed.getMessage()));
        }
      }
    }
    if (failures.size() == 1 && remotes.size() == 1) {
      throw failures.get(0);
    }
    if (!failures.isEmpty()) {
      throw new TaskerException(TaskerException.Kind.FAILURE,
          failures.size() + " of " + remotes.size() + " remotes could not be updated",
          failures.get(0).hint());
    }
    return ExitCodes.OK;
  }

  private List<RemoteSpec> remotes() {
    List<RemoteSpec> all = context().config().remotes();
    if (name == null) {
      return all;
    }
    return List.of(context().config().remoteSettings().require(name));
  }
}

package systems.tasker.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import systems.tasker.cli.engine.plan.ExistingFiles;

/**
 * The options of the commands that render a template into an existing directory
 * ({@code template generate}, {@code generate handler|template}): besides {@link WriteOptions},
 * what to do with files already there, and {@code --param}.
 */
public final class GenerateOptions {

  @Mixin WriteOptions write;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Existing existing;

  /** What to do with files that are already there: refuse (default), overwrite or keep. */
  static final class Existing {
    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    @Option(names = "--skip-existing", description = "Keep files that already exist; write the rest.")
    boolean skipExisting;
  }

  /** {@code -p} as in tasker-ctl's {@code template generate}. */
  @Option(
      names = {"-p", "--param"},
      paramLabel = "KEY=VALUE",
      description = "A template parameter (repeatable); lists are comma-separated.")
  Map<String, String> params = new LinkedHashMap<>();

  ExistingFiles policy() {
    if (existing == null) {
      return ExistingFiles.REFUSE;
    }
    return existing.force ? ExistingFiles.OVERWRITE : existing.skipExisting ? ExistingFiles.KEEP : ExistingFiles.REFUSE;
  }
}

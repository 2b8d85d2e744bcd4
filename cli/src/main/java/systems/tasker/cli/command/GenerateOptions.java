package systems.tasker.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import systems.tasker.cli.engine.plan.ExistingFiles;
import systems.tasker.cli.output.OutputFormat;

/** The options every generating command shares: output, existing files, dry run, format, --param. */
public final class GenerateOptions {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Write into DIR (default: config default-output-dir, else the current directory).")
  String output;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Existing existing;

  /** What to do with files that are already there: refuse (default), overwrite or keep. */
  static final class Existing {
    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    @Option(names = "--skip-existing", description = "Keep files that already exist; write the rest.")
    boolean skipExisting;
  }

  @Option(names = "--dry-run", description = "Print what would be written, and write nothing.")
  boolean dryRun;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "A template parameter (repeatable); lists are comma-separated.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
  OutputFormat format = OutputFormat.TEXT;

  ExistingFiles policy() {
    if (existing == null) {
      return ExistingFiles.REFUSE;
    }
    return existing.force ? ExistingFiles.OVERWRITE : existing.skipExisting ? ExistingFiles.KEEP : ExistingFiles.REFUSE;
  }
}

package systems.tasker.cli.engine.plan;

/** What to do with a planned file whose path already holds different content. */
public enum ExistingFiles {
  /** Report a conflict; commit writes nothing while there is one (the default). */
  REFUSE,
  /** Replace the existing file ({@code --force}). */
  OVERWRITE,
  /** Leave the existing file as it is ({@code --skip-existing}). */
  KEEP
}

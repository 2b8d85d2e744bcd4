/**
 * The {@code tasker-cli} command line: entry point, global options, error handling, and the
 * context every command runs in.
 */
package systems.tasker.cli;

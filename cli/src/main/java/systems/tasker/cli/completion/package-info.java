/** Shell completion scripts generated from the picocli model of the CLI. */
package systems.tasker.cli.completion;

/** One class per command, grouped by noun ({@code plugin}, {@code template}, {@code config}, …). */
package systems.tasker.cli.command;

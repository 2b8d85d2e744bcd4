/** Terminal and JSON output: tables, styles, and the stable JSON shapes of docs/architecture.md. */
package systems.tasker.cli.output;

/** Terminal and JSON output: tables, styles, and the stable JSON shapes of DESIGN.md. */
package systems.tasker.cli.output;

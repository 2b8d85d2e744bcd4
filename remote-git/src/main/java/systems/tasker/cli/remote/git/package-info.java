/**
 * Fetching remotes of plugins with Eclipse JGit: {@link
 * systems.tasker.cli.remote.git.JGitFetcher}. The only package that knows git; it is loaded only
 * when a remote has to be fetched.
 */
package systems.tasker.cli.remote.git;

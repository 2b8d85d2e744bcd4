/**
 * Plugins from git remotes: the {@link systems.tasker.cli.discovery.remote.RemoteSpec remotes} a
 * configuration declares, their cache under {@code $XDG_CACHE_HOME/tasker-cli/remotes/}
 * ({@link systems.tasker.cli.discovery.remote.RemoteCache}), the policy of when to fetch
 * ({@link systems.tasker.cli.discovery.remote.RemoteSync}) and the safe writing of a fetched tree
 * ({@link systems.tasker.cli.discovery.remote.CheckoutWriter}).
 *
 * <p>Nothing here speaks git: fetching is a {@link
 * systems.tasker.cli.discovery.remote.RepositoryFetcher} given by the caller (JGit, in the
 * {@code remote-git} module), so reading a cached remote loads no git library, and every rule
 * here runs on Jimfs in tests. A fetched repository is untrusted data: only regular files and
 * links that stay inside the checkout are written, never more than a size limit, and nothing in it
 * is ever run.
 */
package systems.tasker.cli.discovery.remote;

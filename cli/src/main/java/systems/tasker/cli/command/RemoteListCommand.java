package systems.tasker.cli.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import systems.tasker.cli.discovery.RemoteSettings;
import systems.tasker.cli.discovery.remote.CachedRemote;
import systems.tasker.cli.discovery.remote.RemoteCache;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.remote.RemoteSync;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.TextTable;

/** {@code tasker-cli remote list}: each remote, and what its cache holds. Never fetches. */
@Command(
    name = "list",
    description = "List the configured remotes: URL, ref, cached commit, age, fresh or stale.",
    footer = {"", "Examples:", "  tasker-cli remote list", "  tasker-cli remote list --format json"})
public final class RemoteListCommand extends TaskerCommand {

  @Mixin OutputFormatOption format;

  /** One remote and its cache, as listed. */
  private record Row(RemoteSpec remote, RemoteCache.Lookup lookup, String status) {}

  @Override
  protected int execute() {
    CliContext context = context();
    RemoteSettings settings = context.config().remoteSettings();
    RemoteCache cache = context.remotes().cache();
    Instant now = Instant.now();
    List<Row> rows = new ArrayList<>();
    for (RemoteSpec remote : settings.remotes()) {
      RemoteCache.Lookup lookup = cache.lookup(remote);
      rows.add(new Row(remote, lookup, status(lookup, now, settings.cacheMaxAgeHours().value())));
    }
    if (format.json()) {
      List<Json.Obj> list = new ArrayList<>();
      for (Row row : rows) {
        CachedRemote cached = row.lookup().cached();
        list.add(Json.obj()
            .put("name", row.remote().name())
            .put("url", row.remote().displayUrl())
            .put("ref", row.remote().ref())
            .put("plugin_path", row.remote().pluginPath())
            .put("declared_in", row.remote().declaredIn())
            .put("from_project", row.remote().fromProject())
            .put("cache_dir", cache.directory(row.remote().name()).toString())
            .put("commit", cached == null ? null : cached.commit())
            .put("fetched_at", cached == null ? null : cached.fetchedAt().toString())
            .put("age_seconds", cached == null ? null : cached.age(now).toSeconds())
            .put("status", row.status()));
      }
      context.out().println(Json.write(Json.obj()
          .put("remotes", list)
          .put("cache_max_age_hours", settings.cacheMaxAgeHours().value())
          .put("cache_dir", cache.root().toString())));
      return ExitCodes.OK;
    }
    if (rows.isEmpty()) {
      context.err().println("no remotes configured");
      context.err().println("hint: tasker-cli remote add NAME URL, or use-published-plugins = true"
          + " in the configuration");
      return ExitCodes.OK;
    }
    TextTable table = new TextTable("NAME", "URL", "REF", "COMMIT", "FETCHED", "STATUS");
    for (Row row : rows) {
      CachedRemote cached = row.lookup().cached();
      table.row(row.remote().name(), row.remote().displayUrl(), row.remote().ref(),
          cached == null ? "-" : cached.shortCommit(),
          cached == null ? "-" : RemoteSync.ago(cached.age(now)), row.status());
    }
    table.print(context.out(), context.style());
    context.out().println();
    context.out().println("Stale after " + settings.cacheMaxAgeHours().value()
        + " hours (cache-max-age-hours); cache in " + cache.root());
    return ExitCodes.OK;
  }

  private static String status(RemoteCache.Lookup lookup, Instant now, long maxAgeHours) {
    return switch (lookup.status()) {
      case PRESENT -> lookup.cached().isStale(now, maxAgeHours) ? "stale" : "fresh";
      case ABSENT -> "not fetched";
      case OTHER_SOURCE -> "refetch: URL or ref changed";
      case CORRUPT -> "damaged: " + lookup.detail();
    };
  }
}

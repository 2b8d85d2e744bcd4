package systems.tasker.cli.discovery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import systems.tasker.cli.discovery.remote.CheckoutWriter;
import systems.tasker.cli.discovery.remote.RemoteException;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TaskerException;

/**
 * The remotes a configuration declares, and how their cache is kept.
 *
 * @param remotes every remote in force, in priority order: the top level's, then the active
 *     profile's (a profile's remote replaces a top-level one of the same name), then the published
 *     {@value RemoteSpec#PUBLISHED_NAME} when {@code use-published-plugins} asks for it and no
 *     remote has that name
 * @param cacheMaxAgeHours {@code cache-max-age-hours}: a checkout older than this is refreshed
 *     (default 24, as tasker-ctl)
 * @param maxSizeMb {@code remote-max-size-mb}: the largest checkout, in MiB (default 64)
 * @param usePublishedPlugins {@code use-published-plugins}
 */
public record RemoteSettings(
    List<RemoteSpec> remotes,
    ConfigValue<Long> cacheMaxAgeHours,
    ConfigValue<Long> maxSizeMb,
    ConfigValue<Boolean> usePublishedPlugins) {

  /** tasker-ctl's default: {@code default_cache_max_age_hours} in its {@code cli_config/mod.rs}. */
  public static final long DEFAULT_CACHE_MAX_AGE_HOURS = 24;

  /** No remotes, every value its default. */
  public static final RemoteSettings NONE = new RemoteSettings(List.of(),
      new ConfigValue<>(DEFAULT_CACHE_MAX_AGE_HOURS, ConfigOrigin.DEFAULT),
      new ConfigValue<>(CheckoutWriter.Limits.DEFAULT_MAX_MB, ConfigOrigin.DEFAULT),
      new ConfigValue<>(false, ConfigOrigin.DEFAULT));

  public RemoteSettings {
    remotes = List.copyOf(remotes);
    Objects.requireNonNull(cacheMaxAgeHours, "cacheMaxAgeHours");
    Objects.requireNonNull(maxSizeMb, "maxSizeMb");
    Objects.requireNonNull(usePublishedPlugins, "usePublishedPlugins");
  }

  /** The remote called {@code name} (exactly). */
  public Optional<RemoteSpec> find(String name) {
    return remotes.stream().filter(remote -> remote.name().equals(name)).findFirst();
  }

  /**
   * The remote called {@code name}.
   *
   * @throws RemoteException (usage) when there is none, with the names there are
   */
  public RemoteSpec require(String name) {
    return find(name).orElseThrow(() -> {
      List<String> known = remotes.stream().map(RemoteSpec::name).toList();
      return new RemoteException(TaskerException.Kind.USAGE,
          "unknown remote '" + name + "'" + Suggestions.didYouMean(name, known),
          known.isEmpty()
              ? "add one with 'tasker-cli remote add NAME URL', or use --url URL"
              : "configured remotes: " + String.join(", ", known));
    });
  }

  /** The checkout limits {@code remote-max-size-mb} sets. */
  public CheckoutWriter.Limits limits() {
    return CheckoutWriter.Limits.ofMegabytes(maxSizeMb.value());
  }
}

package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDb;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where kube-manager reads its underlay from: the caller's config DB and events when given (they
 * win and stay open), else clients built from {@code cassandra_server_list} and
 * {@code rabbit_server} when both are configured and {@link KubeManagerConfig#useConfigDb()} is on
 * (closed by {@link #close()}), else nothing (the underlay is listed over REST).
 */
public final class UnderlayBackends implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(UnderlayBackends.class);

  /** Which clients kube-manager uses. */
  public enum Source {
    /** The caller's clients. */
    CALLER,
    /** Clients built from the configuration and owned by kube-manager. */
    CONFIG,
    /** None: the underlay is listed over REST. */
    NONE
  }

  private final @Nullable ConfigDb configDb;
  private final @Nullable ConfigEvents configEvents;
  private final boolean owned;

  private UnderlayBackends(@Nullable ConfigDb configDb, @Nullable ConfigEvents configEvents,
      boolean owned) {
    this.configDb = configDb;
    this.configEvents = configEvents;
    this.owned = owned;
  }

  /** The decision: the caller's clients win; the configured backends only when both are set. */
  public static Source source(KubeManagerConfig config, boolean callerClients) {
    if (callerClients) {
      return Source.CALLER;
    }
    return config.useConfigDb() && isConfigured(config) ? Source.CONFIG : Source.NONE;
  }

  /** Both the config DB and the message queue are configured. */
  public static boolean isConfigured(KubeManagerConfig config) {
    return !config.cassandraServers().isEmpty() && config.rabbit().isPresent();
  }

  /** Adds a problem naming both fields when only one of the two backends is configured. */
  public static void check(KubeManagerConfig config, List<String> problems) {
    boolean db = !config.cassandraServers().isEmpty();
    boolean queue = config.rabbit().isPresent();
    if (config.useConfigDb() && db != queue) {
      problems.add("cassandraServers, rabbit: only " + (db ? "cassandraServers "
          + config.cassandraServers() + " (cassandra_server_list)" : "rabbit "
          + config.rabbit().orElseThrow().endpoints() + " (rabbit_server)")
          + " is set; the config DB and the message queue are used together, so set both,"
          + " neither, or useConfigDb=false");
    }
  }

  /**
   * Uses the caller's clients (either both or none are given) or opens those the configuration
   * names.
   *
   * @throws dev.nestedcontrail.sdk.core.ContrailClientException when the config DB cannot be
   *     reached
   */
  public static UnderlayBackends open(KubeManagerConfig config, @Nullable ConfigDb callerDb,
      @Nullable ConfigEvents callerEvents) {
    switch (source(config, callerDb != null && callerEvents != null)) {
      case CALLER:
        return new UnderlayBackends(callerDb, callerEvents, false);
      case CONFIG:
        ConfigDb db = configDbBuilder(config).build();
        try {
          ConfigEvents events = configEventsBuilder(config).build();
          logger.debug("kube-manager {} reads its underlay from {} and {}",
              config.clusterName(), db.settings().contactPoints(), events);
          return new UnderlayBackends(db, events, true);
        } catch (RuntimeException e) {
          db.close();
          throw e;
        }
      default:
        return new UnderlayBackends(null, null, false);
    }
  }

  /** The config DB of {@code cassandra_server_list}, {@code cassandra_user}, {@code cluster_id}. */
  public static ConfigDb.Builder configDbBuilder(KubeManagerConfig config) {
    ConfigDb.Builder builder = ConfigDb.builder();
    config.cassandraServers().forEach(builder::addContactPoint);
    config.cassandraUser().ifPresent(user ->
        builder.credentials(user, config.cassandraPassword().orElse("")));
    config.clusterId().ifPresent(builder::clusterId);
    return builder;
  }

  /**
   * The config events of {@code rabbit_*}, on the queue kube-manager names
   * {@code [<cluster_id>-]<cluster_name>-kube_manager.<hostname>} (contrail-internals §4.2).
   */
  public static ConfigEvents.Builder configEventsBuilder(KubeManagerConfig config) {
    ConfigEvents.Builder builder = ConfigEvents.builder().broker(config.rabbit().orElseThrow())
        .clusterName(config.clusterName()).haQueue(config.rabbitHaMode());
    config.clusterId().ifPresent(builder::clusterId);
    return builder;
  }

  public Optional<ConfigDb> configDb() {
    return Optional.ofNullable(configDb);
  }

  public Optional<ConfigEvents> configEvents() {
    return Optional.ofNullable(configEvents);
  }

  /** Closes the clients built from the configuration; the caller's stay open. */
  @Override
  public void close() {
    if (owned) {
      if (configEvents != null) {
        configEvents.close();
      }
      if (configDb != null) {
        configDb.close();
      }
    }
  }
}

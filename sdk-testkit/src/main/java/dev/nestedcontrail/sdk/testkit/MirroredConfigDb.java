package dev.nestedcontrail.sdk.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDb;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDbSettings;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventPublisher;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FakeConfigApi} backed by a real config DB and broker, as a real api-server is: its
 * objects and every later change are written into a fresh keyspace {@code <clusterId>_config_db_uuid}
 * of a real Cassandra by a {@link ConfigDbMirror}, and each change is then published to the real
 * RabbitMQ's {@code vnc_config.object-update}. It hands out a {@link ConfigDb} of that keyspace and
 * {@link ConfigEvents} with a queue of its own, both closed by {@link #close()}, which also drops
 * the keyspace. For tests and benchmarks of readers that warm up from the DB and follow the events.
 */
public final class MirroredConfigDb implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(MirroredConfigDb.class);

  private final String clusterId = "km" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final CqlSession admin;
  private final ApiServerRows rows;
  private final ConfigEventPublisher publisher;
  private final ConfigDbMirror mirror;
  private final ConfigDb db;
  private final ConfigEvents events;

  private MirroredConfigDb(FakeConfigApi api, String cassandraContactPoints, BrokerConfig broker) {
    admin = ApiServerRows.adminSession(cassandraContactPoints);
    @Nullable ApiServerRows created = null;
    @Nullable ConfigEventPublisher openedPublisher = null;
    @Nullable ConfigDbMirror startedMirror = null;
    @Nullable ConfigDb openedDb = null;
    try {
      created = new ApiServerRows(admin, clusterId + "_" + ConfigDbSettings.KEYSPACE).createSchema();
      openedPublisher = ConfigEventPublisher.builder().broker(broker).build();
      startedMirror = ConfigDbMirror.start(api, created, openedPublisher::publish);
      openedDb = ConfigDb.builder().contactPoints(cassandraContactPoints).clusterId(clusterId).build();
      events = ConfigEvents.builder().broker(broker).clusterName(clusterId).hostname("testkit")
          .build();
    } catch (RuntimeException e) {
      closeAll(Arrays.asList(openedDb, startedMirror, openedPublisher));
      if (created != null) {
        created.dropKeyspace();
      }
      admin.close();
      throw e;
    }
    rows = created;
    publisher = openedPublisher;
    mirror = startedMirror;
    db = openedDb;
  }

  /**
   * Mirrors {@code api} into Cassandra at {@code cassandraContactPoints} (comma-separated
   * {@code host:port}) and publishes its changes to {@code broker}.
   */
  public static MirroredConfigDb start(FakeConfigApi api, String cassandraContactPoints,
      BrokerConfig broker) {
    return new MirroredConfigDb(api, cassandraContactPoints, broker);
  }

  /** The keyspace prefix, Contrail's {@code cluster_id}. */
  public String clusterId() {
    return clusterId;
  }

  /** A reader of the mirrored keyspace. */
  public ConfigDb configDb() {
    return db;
  }

  /** Config events with a queue named after {@link #clusterId()}; one subscription at a time. */
  public ConfigEvents configEvents() {
    return events;
  }

  /** The mirror, e.g. to see how many changes were written and published. */
  public ConfigDbMirror mirror() {
    return mirror;
  }

  @Override
  public void close() {
    closeAll(Arrays.asList(events, mirror, publisher, db));
    rows.dropKeyspace();
    admin.close();
  }

  private static void closeAll(List<? extends @Nullable AutoCloseable> closeables) {
    for (AutoCloseable closeable : closeables) {
      if (closeable != null) {
        try {
          closeable.close();
        } catch (Exception e) {
          logger.debug("closing {} failed: {}", closeable, e.toString());
        }
      }
    }
  }
}

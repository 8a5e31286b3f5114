package dev.nestedcontrail.sdk.testkit.it.vnc.configdb;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.nestedcontrail.sdk.testkit.ApiServerRows;
import dev.nestedcontrail.sdk.testkit.RealServerEnvironment;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDb;
import java.util.UUID;

/**
 * The {@link Underlay} loaded into a keyspace with a random cluster-id prefix on the real Cassandra
 * of {@code .ci/cassandra-start.sh}, with an admin session and a {@link ConfigDb} on it; closing
 * drops the keyspace. Skips the test without {@code SDK_TEST_CASSANDRA_CONTACT} (fails on CI).
 */
final class UnderlayKeyspace implements AutoCloseable {
  final String contactPoints;
  final String clusterId;
  final CqlSession admin;
  final ApiServerRows rows;
  final ConfigDb db;

  private UnderlayKeyspace(String contactPoints) {
    this.contactPoints = contactPoints;
    this.clusterId = "sdkit" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    this.admin = ApiServerRows.adminSession(contactPoints);
    this.rows = new ApiServerRows(admin, clusterId + "_config_db_uuid").createSchema();
    Underlay.load(rows);
    this.db = ConfigDb.builder().contactPoints(contactPoints).clusterId(clusterId).build();
  }

  static UnderlayKeyspace load() {
    return new UnderlayKeyspace(RealServerEnvironment.system().cassandraContactPoints());
  }

  @Override
  public void close() {
    db.close();
    rows.dropKeyspace();
    admin.close();
  }
}

package dev.nestedcontrail.sdk.testkit.it.vnc.configdb;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Loads the {@link Underlay} into a fresh keyspace of the real Cassandra before a test class, and drops it after. */
abstract class RealUnderlayTest {
  static UnderlayKeyspace keyspace;

  @BeforeAll
  static void loadUnderlay() {
    keyspace = UnderlayKeyspace.load();
  }

  @AfterAll
  static void dropKeyspace() {
    if (keyspace != null) {
      keyspace.close();
      keyspace = null;
    }
  }
}

package dev.nestedcontrail.sdk.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.nestedcontrail.sdk.vnc.configdb.ContactPoint;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Writes config DB rows with raw CQL the way Contrail's api-server does on object create
 * ({@code vnc_cassandra.object_create} over the CQL driver {@code cassandra_cql.py}): the tables
 * in the thrift-compatible layout, {@code textAsBlob} keys and column names, JSON text values,
 * {@code parent:}/{@code children:} pairs, {@code ref:} plus {@code backref:} on the target, list
 * properties as {@code propl:<name>:<position>} and map properties as {@code propm:<name>:<key>}
 * without their wrapper, and the {@code obj_fq_name_table} entry. Write times come from a counter,
 * so creation order is the call order. {@link #update} and {@link #delete} change rows as the
 * api-server's {@code object_update} and {@code object_delete} do. For tests and benchmarks of
 * readers of the config DB such as {@code ConfigDb}; {@link ConfigDbMirror} drives it from a
 * {@link FakeConfigApi}.
 */
public final class ApiServerRows {
  private static final String TABLE =
      " (key blob, column1 blob, value text, PRIMARY KEY (key, column1))"
          + " WITH CLUSTERING ORDER BY (column1 ASC) AND gc_grace_seconds = 864000";

  private final CqlSession session;
  private final String keyspace;
  private final AtomicLong clock = new AtomicLong(1_700_000_000_000_000L);
  private @Nullable PreparedStatement insertUuid;
  private @Nullable PreparedStatement insertFqName;

  /** Rows of {@code keyspace} (such as {@code config_db_uuid}) written through {@code session}. */
  public ApiServerRows(CqlSession session, String keyspace) {
    this.session = session;
    this.keyspace = keyspace;
  }

  /** Creates the keyspace and the three tables as the api-server's CQL driver does (without COMPACT STORAGE, gone in Cassandra 5). */
  public ApiServerRows createSchema() {
    session.execute("CREATE KEYSPACE IF NOT EXISTS \"" + keyspace
        + "\" WITH REPLICATION = {'class': 'SimpleStrategy', 'replication_factor': '1'}");
    for (String table : List.of("obj_uuid_table", "obj_fq_name_table", "obj_shared_table")) {
      session.execute("CREATE TABLE IF NOT EXISTS \"" + keyspace + "\".\"" + table + "\"" + TABLE);
    }
    insertUuid = session.prepare(insert("obj_uuid_table"));
    insertFqName = session.prepare(insert("obj_fq_name_table"));
    return this;
  }

  public void dropKeyspace() {
    session.execute("DROP KEYSPACE IF EXISTS \"" + keyspace + "\"");
  }

  /** Starts an object of {@code type} (hyphen form, as in the REST API). */
  public ObjectRows object(String type, String uuid, String... fqName) {
    return new ObjectRows(type.replace('-', '_'), uuid, List.of(fqName));
  }

  /** Removes a whole object row but leaves its fq_name entry, as a concurrent delete can. */
  public void deleteRowOnly(String uuid) {
    session.execute("DELETE FROM \"" + keyspace + "\".\"obj_uuid_table\" WHERE key = textAsBlob(?)", uuid);
  }

  private String insert(String table) {
    return "INSERT INTO \"" + keyspace + "\".\"" + table + "\" (key, column1, value)"
        + " VALUES (textAsBlob(?), textAsBlob(?), ?) USING TIMESTAMP ?";
  }

  /**
   * Removes object {@code uuid} of {@code type} (hyphen form) named {@code fqName}: its row, its
   * fq_name entry, its parent's children column and the back refs its refs left on their targets.
   */
  public void delete(String type, String uuid, List<String> fqName) {
    long timestamp = clock.addAndGet(1000);
    String dbType = type.replace('-', '_');
    List<CompletionStage<AsyncResultSet>> writes = new ArrayList<>();
    unlink(dbType, uuid, ownColumns(uuid), timestamp, writes);
    writes.add(session.executeAsync("DELETE FROM \"" + keyspace + "\".\"obj_uuid_table\" USING TIMESTAMP ?"
        + " WHERE key = textAsBlob(?)", timestamp, uuid));
    writes.add(session.executeAsync("DELETE FROM \"" + keyspace + "\".\"obj_fq_name_table\" USING TIMESTAMP ?"
        + " WHERE key = textAsBlob(?) AND column1 = textAsBlob(?)", timestamp, dbType,
        fqNameColumn(String.join(":", fqName)) + ":" + uuid));
    await(writes);
  }

  /**
   * Starts rewriting object {@code uuid}: its properties and refs (and the back refs those refs
   * left) are removed now; {@link ObjectRows#create()} of the returned rows writes the new ones.
   */
  public ObjectRows update(String type, String uuid, List<String> fqName) {
    long timestamp = clock.addAndGet(1000);
    List<CompletionStage<AsyncResultSet>> writes = new ArrayList<>();
    unlink(type.replace('-', '_'), uuid, ownColumns(uuid), timestamp, writes);
    await(writes);
    return new ObjectRows(type.replace('-', '_'), uuid, fqName);
  }

  /** The columns of row {@code uuid} that the object itself owns (not back refs and children). */
  private List<String> ownColumns(String uuid) {
    List<String> columns = new ArrayList<>();
    for (Row row : session.execute("SELECT blobAsText(column1) FROM \"" + keyspace + "\".\"obj_uuid_table\""
        + " WHERE key = textAsBlob(?)", uuid)) {
      String column = row.getString(0);
      if (column != null && !column.startsWith("backref:") && !column.startsWith("children:")) {
        columns.add(column);
      }
    }
    return columns;
  }

  private void unlink(String dbType, String uuid, List<String> columns, long timestamp,
      List<CompletionStage<AsyncResultSet>> writes) {
    for (String column : columns) {
      String[] parts = column.split(":", 3);
      if (parts[0].equals("ref") && parts.length == 3) {
        writes.add(deleteColumn(parts[2], "backref:" + dbType + ":" + uuid, timestamp));
      } else if (parts[0].equals("parent") && parts.length == 3) {
        writes.add(deleteColumn(parts[2], "children:" + dbType + ":" + uuid, timestamp));
      }
      if (parts[0].startsWith("prop") || parts[0].equals("ref")) {
        writes.add(deleteColumn(uuid, column, timestamp));
      }
    }
  }

  private CompletionStage<AsyncResultSet> deleteColumn(String key, String column, long timestamp) {
    return session.executeAsync("DELETE FROM \"" + keyspace + "\".\"obj_uuid_table\" USING TIMESTAMP ?"
        + " WHERE key = textAsBlob(?) AND column1 = textAsBlob(?)", timestamp, key, column);
  }

  private CompletionStage<AsyncResultSet> put(@Nullable PreparedStatement statement, String key, String column,
      String value, long timestamp) {
    return session.executeAsync(statement.bind(key, column, value, timestamp));
  }

  private static void await(List<CompletionStage<AsyncResultSet>> writes) {
    CompletableFuture.allOf(writes.stream().map(CompletionStage::toCompletableFuture)
        .toArray(CompletableFuture[]::new)).join();
  }

  /**
   * A session for writing rows to the Cassandra at {@code contactPoints} (comma-separated
   * {@code host:port}), with a 60 s request timeout: schema changes take seconds on a busy machine.
   */
  public static CqlSession adminSession(String contactPoints) {
    var builder = CqlSession.builder().withLocalDatacenter("datacenter1").withConfigLoader(
        DriverConfigLoader.programmaticBuilder().withDuration(DefaultDriverOption.REQUEST_TIMEOUT,
            Duration.ofSeconds(60)).build());
    for (ContactPoint point : ContactPoint.parseList(contactPoints)) {
      builder.addContactPoint(new InetSocketAddress(point.host(), point.port()));
    }
    return builder.build();
  }

  /** Contrail's utils.encode_string: ASCII as it is, anything else as quote_plus of its UTF-8 bytes. */
  private static String fqNameColumn(String joined) {
    return joined.chars().allMatch(c -> c < 0x80) ? joined : URLEncoder.encode(joined, StandardCharsets.UTF_8);
  }

  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The columns of one object, written by {@link #create()}. */
  public final class ObjectRows {
    private final String type;
    private final String uuid;
    private final List<String> fqName;
    private final List<String[]> columns = new ArrayList<>();
    private final List<String[]> backrefs = new ArrayList<>();
    private String @Nullable [] parent;

    private ObjectRows(String type, String uuid, List<String> fqName) {
      this.type = type;
      this.uuid = uuid;
      this.fqName = fqName;
    }

    public ObjectRows parent(String parentType, String parentUuid) {
      parent = new String[] {parentType, parentUuid};
      return this;
    }

    public ObjectRows prop(String name, String json) {
      columns.add(new String[] {"prop:" + name, json});
      return this;
    }

    /** A list property, elements at positions 0, 1, ... as the api-server stores them. */
    public ObjectRows listProp(String name, String... elementsJson) {
      for (int i = 0; i < elementsJson.length; i++) {
        columns.add(new String[] {"propl:" + name + ":" + i, elementsJson[i]});
      }
      return this;
    }

    /** One element of a map property, stored under its key. */
    public ObjectRows mapEntry(String name, String key, String elementJson) {
      columns.add(new String[] {"propm:" + name + ":" + key, elementJson});
      return this;
    }

    /** A ref to {@code refType} (hyphen form) with link data {@code {"attr": attrJson, "is_weakref": false}}. */
    public ObjectRows ref(String refType, String refUuid, @Nullable String attrJson) {
      String data = "{\"attr\": " + (attrJson == null ? "null" : attrJson) + ", \"is_weakref\": false}";
      columns.add(new String[] {"ref:" + refType.replace('-', '_') + ":" + refUuid, data});
      backrefs.add(new String[] {refUuid, "backref:" + type + ":" + uuid, data});
      return this;
    }

    /** Writes the object, its parent's children column, the targets' backrefs and the fq_name entry. */
    public String create() {
      long timestamp = clock.addAndGet(1000);
      List<CompletionStage<AsyncResultSet>> writes = new ArrayList<>();
      writes.add(put(insertUuid, uuid, "fq_name", "[" + String.join(", ", fqName.stream().map(ApiServerRows::jsonString).toList()) + "]", timestamp));
      writes.add(put(insertUuid, uuid, "type", jsonString(type), timestamp));
      writes.add(put(insertUuid, uuid, "META:latest_col_ts", "null", timestamp));
      if (parent != null) {
        String parentDbType = parent[0].replace('-', '_');
        writes.add(put(insertUuid, uuid, "parent_type", jsonString(parent[0]), timestamp));
        writes.add(put(insertUuid, uuid, "parent:" + parentDbType + ":" + parent[1], "null", timestamp));
        writes.add(put(insertUuid, parent[1], "children:" + type + ":" + uuid, "null", timestamp));
      }
      for (String[] column : columns) {
        writes.add(put(insertUuid, uuid, column[0], column[1], timestamp));
      }
      for (String[] backref : backrefs) {
        writes.add(put(insertUuid, backref[0], backref[1], backref[2], timestamp));
      }
      writes.add(put(insertFqName, type, fqNameColumn(String.join(":", fqName)) + ":" + uuid, "null", timestamp));
      await(writes);
      return uuid;
    }
  }
}

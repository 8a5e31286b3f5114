package dev.nestedcontrail.sdk.testkit.it.vnc.configdb;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes config DB rows with raw CQL the way Contrail's api-server does on object create
 * ({@code vnc_cassandra.object_create} over the CQL driver {@code cassandra_cql.py}): the tables
 * in the thrift-compatible layout, {@code textAsBlob} keys and column names, JSON text values,
 * {@code parent:}/{@code children:} pairs, {@code ref:} plus {@code backref:} on the target, list
 * properties as {@code propl:<name>:<position>} and map properties as {@code propm:<name>:<key>}
 * without their wrapper, and the {@code obj_fq_name_table} entry. Write times come from a counter,
 * so creation order is the call order.
 */
final class ApiServerRows {
  private static final String TABLE =
      " (key blob, column1 blob, value text, PRIMARY KEY (key, column1))"
          + " WITH CLUSTERING ORDER BY (column1 ASC) AND gc_grace_seconds = 864000";

  private final CqlSession session;
  private final String keyspace;
  private long clock = 1_700_000_000_000_000L;
  private @Nullable PreparedStatement insertUuid;
  private @Nullable PreparedStatement insertFqName;

  ApiServerRows(CqlSession session, String keyspace) {
    this.session = session;
    this.keyspace = keyspace;
  }

  /** Creates the keyspace and the three tables as the api-server's CQL driver does (without COMPACT STORAGE, gone in Cassandra 5). */
  ApiServerRows createSchema() {
    session.execute("CREATE KEYSPACE IF NOT EXISTS \"" + keyspace
        + "\" WITH REPLICATION = {'class': 'SimpleStrategy', 'replication_factor': '1'}");
    for (String table : List.of("obj_uuid_table", "obj_fq_name_table", "obj_shared_table")) {
      session.execute("CREATE TABLE IF NOT EXISTS \"" + keyspace + "\".\"" + table + "\"" + TABLE);
    }
    insertUuid = session.prepare(insert("obj_uuid_table"));
    insertFqName = session.prepare(insert("obj_fq_name_table"));
    return this;
  }

  void dropKeyspace() {
    session.execute("DROP KEYSPACE IF EXISTS \"" + keyspace + "\"");
  }

  /** Starts an object of {@code type} (hyphen form, as in the REST API). */
  ObjectRows object(String type, String uuid, String... fqName) {
    return new ObjectRows(type.replace('-', '_'), uuid, List.of(fqName));
  }

  /** Removes a whole object row but leaves its fq_name entry, as a concurrent delete can. */
  void deleteRowOnly(String uuid) {
    session.execute("DELETE FROM \"" + keyspace + "\".\"obj_uuid_table\" WHERE key = textAsBlob(?)", uuid);
  }

  private String insert(String table) {
    return "INSERT INTO \"" + keyspace + "\".\"" + table + "\" (key, column1, value)"
        + " VALUES (textAsBlob(?), textAsBlob(?), ?) USING TIMESTAMP ?";
  }

  private void put(@Nullable PreparedStatement statement, String key, String column, String value, long timestamp) {
    session.execute(statement.bind(key, column, value, timestamp));
  }

  /** Contrail's utils.encode_string: ASCII as it is, anything else as quote_plus of its UTF-8 bytes. */
  private static String fqNameColumn(String joined) {
    return joined.chars().allMatch(c -> c < 0x80) ? joined : URLEncoder.encode(joined, StandardCharsets.UTF_8);
  }

  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  final class ObjectRows {
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

    ObjectRows parent(String parentType, String parentUuid) {
      parent = new String[] {parentType, parentUuid};
      return this;
    }

    ObjectRows prop(String name, String json) {
      columns.add(new String[] {"prop:" + name, json});
      return this;
    }

    /** A list property, elements at positions 0, 1, ... as the api-server stores them. */
    ObjectRows listProp(String name, String... elementsJson) {
      for (int i = 0; i < elementsJson.length; i++) {
        columns.add(new String[] {"propl:" + name + ":" + i, elementsJson[i]});
      }
      return this;
    }

    /** One element of a map property, stored under its key. */
    ObjectRows mapEntry(String name, String key, String elementJson) {
      columns.add(new String[] {"propm:" + name + ":" + key, elementJson});
      return this;
    }

    /** A ref to {@code refType} (hyphen form) with link data {@code {"attr": attrJson, "is_weakref": false}}. */
    ObjectRows ref(String refType, String refUuid, @Nullable String attrJson) {
      String data = "{\"attr\": " + (attrJson == null ? "null" : attrJson) + ", \"is_weakref\": false}";
      columns.add(new String[] {"ref:" + refType.replace('-', '_') + ":" + refUuid, data});
      backrefs.add(new String[] {refUuid, "backref:" + type + ":" + uuid, data});
      return this;
    }

    /** Writes the object, its parent's children column, the targets' backrefs and the fq_name entry. */
    String create() {
      long timestamp = clock += 1000;
      put(insertUuid, uuid, "fq_name", "[" + String.join(", ", fqName.stream().map(ApiServerRows::jsonString).toList()) + "]", timestamp);
      put(insertUuid, uuid, "type", jsonString(type), timestamp);
      put(insertUuid, uuid, "META:latest_col_ts", "null", timestamp);
      if (parent != null) {
        String parentDbType = parent[0].replace('-', '_');
        put(insertUuid, uuid, "parent_type", jsonString(parent[0]), timestamp);
        put(insertUuid, uuid, "parent:" + parentDbType + ":" + parent[1], "null", timestamp);
        put(insertUuid, parent[1], "children:" + type + ":" + uuid, "null", timestamp);
      }
      for (String[] column : columns) {
        put(insertUuid, uuid, column[0], column[1], timestamp);
      }
      for (String[] backref : backrefs) {
        put(insertUuid, backref[0], backref[1], backref[2], timestamp);
      }
      put(insertFqName, type, fqNameColumn(String.join(":", fqName)) + ":" + uuid, "null", timestamp);
      return uuid;
    }
  }
}

package dev.nestedcontrail.sdk.vnc.configdb.internal;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CQL access to Contrail's two config tables in the thrift-compatible layout that the api-server
 * creates ({@code key blob, column1 blob, value text, PRIMARY KEY (key, column1)}; pycassa-created
 * tables read the same, and {@code value} may also be a blob): every key and column name is UTF-8
 * text, every value JSON text. Driver failures become {@link ContrailClientException}s naming the
 * operation and keyspace.
 */
public final class ConfigTables {
  private static final Logger logger = LoggerFactory.getLogger(ConfigTables.class);

  private final CqlSession session;
  private final String keyspace;
  private final int pageSize;
  private final String selectRow;
  private final String selectRows;
  private final String selectIdentities;
  private final String selectFqNameSlice;
  private final String selectFqNames;

  public ConfigTables(CqlSession session, String keyspace, int pageSize) {
    this.session = session;
    this.keyspace = keyspace;
    this.pageSize = pageSize;
    String uuidTable = quote(keyspace) + ".\"obj_uuid_table\"";
    String fqNameTable = quote(keyspace) + ".\"obj_fq_name_table\"";
    this.selectRow = "SELECT column1, value, WRITETIME(value) FROM " + uuidTable + " WHERE key = ?";
    this.selectRows = "SELECT key, column1, value, WRITETIME(value) FROM " + uuidTable + " WHERE key IN ?";
    this.selectIdentities = "SELECT key, column1, value FROM " + uuidTable + " WHERE key IN ? AND column1 IN ?";
    this.selectFqNameSlice = "SELECT column1 FROM " + fqNameTable + " WHERE key = ? AND column1 >= ? AND column1 <= ?";
    this.selectFqNames = "SELECT column1 FROM " + fqNameTable + " WHERE key = ?";
  }

  public String keyspace() {
    return keyspace;
  }

  public int pageSize() {
    return pageSize;
  }

  /** The columns of row {@code uuid} in column order; empty when there is no such row. */
  public List<Column> row(String uuid) {
    return call("read " + uuid, () -> {
      List<Column> columns = new ArrayList<>();
      for (Row row : execute(bind(selectRow, blob(uuid)))) {
        columns.add(new Column(text(row, 0), text(row, 1), writeTime(row, 2)));
      }
      return columns;
    });
  }

  /** The columns of each existing row among {@code uuids}, keyed by uuid. */
  public Map<String, List<Column>> rows(Collection<String> uuids) {
    return call("read " + uuids.size() + " objects", () -> {
      Map<String, List<Column>> rows = new LinkedHashMap<>();
      for (Row row : execute(bind(selectRows, blobs(uuids)))) {
        rows.computeIfAbsent(text(row, 0), k -> new ArrayList<>())
            .add(new Column(text(row, 1), text(row, 2), writeTime(row, 3)));
      }
      return rows;
    });
  }

  /** The {@code type} and {@code fq_name} columns of each existing row among {@code uuids}. */
  public Map<String, List<Column>> identityColumns(Collection<String> uuids) {
    Map<String, List<Column>> rows = new LinkedHashMap<>();
    List<String> chunk = new ArrayList<>();
    for (Iterator<String> it = uuids.iterator(); it.hasNext(); ) {
      chunk.add(it.next());
      if (chunk.size() == pageSize || !it.hasNext()) {
        List<ByteBuffer> keys = blobs(chunk);
        call("read the fq_names of " + chunk.size() + " objects", () -> {
          for (Row row : execute(bind(selectIdentities, keys, blobs(List.of("fq_name", "type"))))) {
            rows.computeIfAbsent(text(row, 0), k -> new ArrayList<>()).add(new Column(text(row, 1), text(row, 2), 0));
          }
          return rows;
        });
        chunk.clear();
      }
    }
    return rows;
  }

  /** The column names of {@code obj_fq_name_table[type]} between {@code start} and {@code finish}, inclusive. */
  public List<String> fqNameColumns(String type, String start, String finish) {
    return call("look up " + type + " " + start, () -> {
      List<String> names = new ArrayList<>();
      for (Row row : execute(bind(selectFqNameSlice, blob(type), blob(start), blob(finish)))) {
        names.add(text(row, 0));
      }
      return names;
    });
  }

  /** All column names of {@code obj_fq_name_table[type]}, fetched lazily page by page. */
  public Iterator<String> fqNameColumns(String type) {
    Iterator<Row> rows = call("list " + type, () -> execute(bind(selectFqNames, blob(type))).iterator());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return call("list " + type, rows::hasNext);
      }

      @Override
      public String next() {
        return text(call("list " + type, rows::next), 0);
      }
    };
  }

  private BoundStatement bind(String query, Object... values) {
    return session.prepare(query).bind(values).setPageSize(pageSize);
  }

  private ResultSet execute(BoundStatement statement) {
    logger.debug("config DB {}: {}", keyspace, statement.getPreparedStatement().getQuery());
    return session.execute(statement);
  }

  private <T> T call(String operation, Supplier<T> action) {
    try {
      return action.get();
    } catch (DriverException | IllegalStateException e) {
      String hint = e.getMessage() != null && e.getMessage().contains("does not exist")
          ? " (is the cluster id right, and has the api-server created the keyspace?)" : "";
      throw new ContrailClientException(
          "config DB " + keyspace + ": " + operation + " failed: " + e.getMessage() + hint, e);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static ByteBuffer blob(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<ByteBuffer> blobs(Collection<String> texts) {
    List<ByteBuffer> blobs = new ArrayList<>(texts.size());
    texts.forEach(t -> blobs.add(blob(t)));
    return blobs;
  }

  private static String text(Row row, int index) {
    ByteBuffer bytes = row.getBytesUnsafe(index);
    return bytes == null ? "" : StandardCharsets.UTF_8.decode(bytes.duplicate()).toString();
  }

  private static long writeTime(Row row, int index) {
    return row.isNull(index) ? 0 : row.getLong(index);
  }
}

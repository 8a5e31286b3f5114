package dev.nestedcontrail.sdk.vnc.configdb.internal;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
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
  /**
   * Columns per page when reading whole rows: a page of {@code pageSize} columns would take one
   * round trip per few objects, where one of this many holds a batch of typical objects.
   */
  static final int COLUMN_PAGE_SIZE = 5_000;

  private final CqlSession session;
  private final String keyspace;
  private final int pageSize;
  private final String selectRow;
  private final String selectRows;
  private final String selectIdentities;
  private final String selectFqNameSlice;
  private final String selectFqNames;
  private final int columnPageSize;

  public ConfigTables(CqlSession session, String keyspace, int pageSize) {
    this.session = session;
    this.keyspace = keyspace;
    this.pageSize = pageSize;
    this.columnPageSize = Math.max(pageSize, COLUMN_PAGE_SIZE);
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

  /**
   * The columns of each existing row among {@code uuids}, keyed by uuid, in pages of
   * {@link #COLUMN_PAGE_SIZE} columns (at least the page size): a batch of objects is one request
   * rather than one per {@code pageSize} columns.
   */
  public CompletionStage<Map<String, List<Column>>> rowsAsync(Collection<String> uuids) {
    Map<String, List<Column>> rows = new LinkedHashMap<>();
    return collect(selectRows, List.of(blobs(uuids)), row ->
        rows.computeIfAbsent(text(row, 0), k -> new ArrayList<>())
            .add(new Column(text(row, 1), text(row, 2), writeTime(row, 3))))
        .thenApply(done -> rows);
  }

  /**
   * The {@code type} and {@code fq_name} columns of each existing row among {@code uuids}, in
   * queries of {@code pageSize} rows that all run at once.
   */
  public CompletionStage<Map<String, List<Column>>> identityColumnsAsync(Collection<String> uuids) {
    Map<String, List<Column>> rows = new ConcurrentHashMap<>();
    List<CompletableFuture<?>> chunks = new ArrayList<>();
    List<String> chunk = new ArrayList<>();
    for (Iterator<String> it = uuids.iterator(); it.hasNext(); ) {
      chunk.add(it.next());
      if (chunk.size() == pageSize || !it.hasNext()) {
        List<Object> values = List.of(blobs(chunk), blobs(List.of("fq_name", "type")));
        chunks.add(collect(selectIdentities, values, row -> rows.computeIfAbsent(text(row, 0), k -> new ArrayList<>())
            .add(new Column(text(row, 1), text(row, 2), 0))).toCompletableFuture());
        chunk = new ArrayList<>();
      }
    }
    return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new)).thenApply(done -> rows);
  }

  /**
   * The result of {@code stage}, waiting for it; a driver failure becomes a
   * {@link ContrailClientException} naming {@code operation}.
   */
  public <T> T await(String operation, CompletionStage<T> stage) {
    return call(operation, () -> {
      try {
        return stage.toCompletableFuture().join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
    });
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

  /**
   * Runs {@code query} asynchronously in pages of {@link #COLUMN_PAGE_SIZE} rows, handing every row
   * to {@code sink} in order; preparing is asynchronous too, so this may run on a driver thread.
   */
  private CompletionStage<Void> collect(String query, List<Object> values, Consumer<Row> sink) {
    logger.debug("config DB {}: {}", keyspace, query);
    return session.prepareAsync(query)
        .thenCompose(prepared -> session.executeAsync(prepared.bind(values.toArray()).setPageSize(columnPageSize)))
        .thenCompose(page -> drain(page, sink));
  }

  private static CompletionStage<Void> drain(AsyncResultSet page, Consumer<Row> sink) {
    page.currentPage().forEach(sink);
    return page.hasMorePages()
        ? page.fetchNextPage().thenCompose(next -> drain(next, sink))
        : CompletableFuture.completedFuture(null);
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

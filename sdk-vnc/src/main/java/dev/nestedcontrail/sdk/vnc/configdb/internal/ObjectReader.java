package dev.nestedcontrail.sdk.vnc.configdb.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * Reads objects from {@link ConfigTables} and renders them with {@link ObjectAssembler}, fetching
 * the fq_names of everything they link to in one query per batch. Bulk reads keep
 * {@link #BATCHES_IN_FLIGHT} batches queried ahead of the one being rendered, so the database
 * works while the caller decodes.
 */
public final class ObjectReader {
  /** Batches of a bulk read queried at once: enough to hide the round trips, few enough to bound memory and load. */
  static final int BATCHES_IN_FLIGHT = 4;

  private final ConfigTables tables;

  public ObjectReader(ConfigTables tables) {
    this.tables = tables;
  }

  /** Object {@code uuid} of any type, with its stored type; empty when it does not exist. */
  public Optional<TypedObject> read(String uuid) {
    Map<String, List<Column>> rows = Map.of(uuid, tables.row(uuid));
    return Optional.ofNullable(render(rows, identities(linkedOutside(rows))).get(uuid));
  }

  /** The type and fq_name of {@code uuid}; empty when it does not exist. */
  public Optional<Identity> identity(String uuid) {
    return Optional.ofNullable(identities(List.of(uuid)).get(uuid));
  }

  /**
   * The objects of type {@code type} listed in {@code obj_fq_name_table}, read in batches of the
   * page size, in the listing's order; nothing is read before the first {@code hasNext()}.
   */
  public Iterator<Map<String, Object>> readAll(String type) {
    return new Iterator<>() {
      private final Deque<Map<String, Object>> ready = new ArrayDeque<>();
      private final Deque<CompletableFuture<Batch>> inFlight = new ArrayDeque<>();
      private @Nullable Iterator<String> names;

      @Override
      public boolean hasNext() {
        if (names == null) {
          names = tables.fqNameColumns(type);
        }
        while (ready.isEmpty() && (refill(names) || !inFlight.isEmpty())) {
          Batch batch = tables.await("read " + type + " objects", inFlight.remove());
          refill(names);
          Map<String, TypedObject> objects = render(batch.rows(), identities(batch.linked()));
          for (String uuid : batch.uuids()) {
            TypedObject object = objects.get(uuid);
            if (object != null && object.type().equals(type)) {
              ready.add(object.fields());
            }
          }
        }
        return !ready.isEmpty();
      }

      /** Queries batches until {@link #BATCHES_IN_FLIGHT} are under way; whether any is. */
      private boolean refill(Iterator<String> names) {
        while (inFlight.size() < BATCHES_IN_FLIGHT && names.hasNext()) {
          List<String> uuids = new ArrayList<>();
          while (uuids.size() < tables.pageSize() && names.hasNext()) {
            List<String> fqNameAndUuid = FqNames.decode(names.next());
            uuids.add(fqNameAndUuid.get(fqNameAndUuid.size() - 1));
          }
          inFlight.add(fetch(uuids).toCompletableFuture());
        }
        return !inFlight.isEmpty();
      }

      @Override
      public Map<String, Object> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.remove();
      }
    };
  }

  private CompletionStage<Batch> fetch(List<String> uuids) {
    return tables.rowsAsync(uuids).thenCompose(rows -> tables.identityColumnsAsync(linkedOutside(rows))
        .thenApply(linked -> new Batch(uuids, rows, linked)));
  }

  /** The uuids that {@code rows} link to and that are not among them. */
  private static Set<String> linkedOutside(Map<String, List<Column>> rows) {
    Set<String> linked = new LinkedHashSet<>();
    rows.values().forEach(columns -> linked.addAll(ObjectAssembler.linkedUuids(columns)));
    linked.removeAll(rows.keySet());
    return linked;
  }

  private static Map<String, TypedObject> render(Map<String, List<Column>> rows, Map<String, Identity> linked) {
    Map<String, Identity> known = new HashMap<>(linked);
    rows.forEach((uuid, columns) -> ObjectAssembler.identity(columns).ifPresent(identity -> known.put(uuid, identity)));
    Map<String, TypedObject> objects = new LinkedHashMap<>();
    rows.forEach((uuid, columns) -> ObjectAssembler
        .assemble(uuid, columns, linkedUuid -> Optional.ofNullable(known.get(linkedUuid)).map(Identity::fqName))
        .ifPresent(fields -> objects.put(uuid, new TypedObject(known.get(uuid).type(), fields))));
    return objects;
  }

  private Map<String, Identity> identities(Collection<String> uuids) {
    if (uuids.isEmpty()) {
      return new HashMap<>();
    }
    return identities(tables.await("read the fq_names of " + uuids.size() + " objects",
        tables.identityColumnsAsync(uuids)));
  }

  private static Map<String, Identity> identities(Map<String, List<Column>> columnsByUuid) {
    Map<String, Identity> result = new HashMap<>();
    columnsByUuid.forEach((uuid, columns) ->
        ObjectAssembler.identity(columns).ifPresent(identity -> result.put(uuid, identity)));
    return result;
  }

  /** A rendered object and its stored type (underscore form). */
  public record TypedObject(String type, Map<String, Object> fields) {}

  /** One batch of a bulk read as queried: its uuids in listing order, their rows, and the identity columns of what they link to. */
  private record Batch(List<String> uuids, Map<String, List<Column>> rows, Map<String, List<Column>> linked) {}
}

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
import org.jspecify.annotations.Nullable;

/**
 * Reads objects from {@link ConfigTables} and renders them with {@link ObjectAssembler}, fetching
 * the fq_names of everything they link to in one query per batch.
 */
public final class ObjectReader {
  private final ConfigTables tables;

  public ObjectReader(ConfigTables tables) {
    this.tables = tables;
  }

  /** Object {@code uuid} of any type, with its stored type; empty when it does not exist. */
  public Optional<TypedObject> read(String uuid) {
    return Optional.ofNullable(render(Map.of(uuid, tables.row(uuid))).get(uuid));
  }

  /** The type and fq_name of {@code uuid}; empty when it does not exist. */
  public Optional<Identity> identity(String uuid) {
    return Optional.ofNullable(identities(List.of(uuid)).get(uuid));
  }

  /**
   * The objects of type {@code type} listed in {@code obj_fq_name_table}, read in batches of the
   * page size; nothing is read before the first {@code hasNext()}.
   */
  public Iterator<Map<String, Object>> readAll(String type) {
    return new Iterator<>() {
      private final Deque<Map<String, Object>> ready = new ArrayDeque<>();
      private @Nullable Iterator<String> names;

      @Override
      public boolean hasNext() {
        if (names == null) {
          names = tables.fqNameColumns(type);
        }
        while (ready.isEmpty() && names.hasNext()) {
          List<String> batch = new ArrayList<>();
          while (batch.size() < tables.pageSize() && names.hasNext()) {
            List<String> fqNameAndUuid = FqNames.decode(names.next());
            batch.add(fqNameAndUuid.get(fqNameAndUuid.size() - 1));
          }
          Map<String, TypedObject> objects = render(tables.rows(batch));
          for (String uuid : batch) {
            TypedObject object = objects.get(uuid);
            if (object != null && object.type().equals(type)) {
              ready.add(object.fields());
            }
          }
        }
        return !ready.isEmpty();
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

  private Map<String, TypedObject> render(Map<String, List<Column>> rows) {
    Map<String, Identity> known = new HashMap<>();
    Set<String> linked = new LinkedHashSet<>();
    rows.forEach((uuid, columns) -> {
      ObjectAssembler.identity(columns).ifPresent(identity -> known.put(uuid, identity));
      linked.addAll(ObjectAssembler.linkedUuids(columns));
    });
    linked.removeAll(known.keySet());
    known.putAll(identities(linked));
    Map<String, TypedObject> objects = new LinkedHashMap<>();
    rows.forEach((uuid, columns) -> ObjectAssembler
        .assemble(uuid, columns, linkedUuid -> Optional.ofNullable(known.get(linkedUuid)).map(Identity::fqName))
        .ifPresent(fields -> objects.put(uuid, new TypedObject(known.get(uuid).type(), fields))));
    return objects;
  }

  private Map<String, Identity> identities(Collection<String> uuids) {
    Map<String, Identity> result = new HashMap<>();
    if (uuids.isEmpty()) {
      return result;
    }
    tables.identityColumns(uuids).forEach((uuid, columns) ->
        ObjectAssembler.identity(columns).ifPresent(identity -> result.put(uuid, identity)));
    return result;
  }

  /** A rendered object and its stored type (underscore form). */
  public record TypedObject(String type, Map<String, Object> fields) {}
}

package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.vnc.model.RefField;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Checks and resolves the ref lists of a create or update body against the store. */
final class RefResolver {
  private final ConfigStore store;

  RefResolver(ConfigStore store) {
    this.store = store;
  }

  /** 400 when a ref of a link with data has no {@code attr} key, as the server's KeyError. */
  static void checkAttrs(ResourceType<?> type, Map<String, ?> body, String operation) {
    for (RefField ref : type.refs()) {
      if (!ref.hasData()) {
        continue;
      }
      for (Object entry : Trees.list(body, ref.fieldName())) {
        Map<String, @Nullable Object> m = Trees.map(entry).orElse(Map.of());
        if (!m.containsKey("attr")) {
          throw new ApiError(400, "Bad reference in " + operation + ": Error validating reference "
              + ref.fieldName() + " value " + PyRepr.repr(entry) + " 'attr'");
        }
      }
    }
  }

  /**
   * The refs of {@code field} as stored, {@code {to, uuid, attr}}; 404 for a missing target. A
   * target named twice keeps the last entry, at the place of the last.
   */
  List<Map<String, @Nullable Object>> resolve(RefField ref, @Nullable Object entries) {
    Map<String, Map<String, @Nullable Object>> out = new LinkedHashMap<>();
    for (Object entry : Trees.list(entries)) {
      Map<String, @Nullable Object> m = Trees.map(entry)
          .orElseThrow(() -> new ApiError(400, "Bad reference " + ref.fieldName() + ": " + PyRepr.repr(entry)));
      StoredObject target = target(ref.targetType(), m);
      Map<String, @Nullable Object> stored = new LinkedHashMap<>();
      stored.put("to", target.fqName());
      stored.put("uuid", target.uuid());
      stored.put("attr", Trees.copy(m.get("attr")));
      out.remove(target.uuid());
      out.put(target.uuid(), stored);
    }
    return new ArrayList<>(out.values());
  }

  /** The target of a ref entry: by {@code uuid} when given, else by {@code to}. */
  StoredObject target(String targetType, Map<String, ?> entry) {
    Optional<String> uuid = Trees.string(entry, "uuid");
    if (uuid.isPresent()) {
      return store.require(targetType, uuid.get());
    }
    List<String> to = Trees.strings(entry.get("to"))
        .orElseThrow(() -> new ApiError(400, "Bad reference to " + targetType + ": no uuid or to"));
    String found = store.uuidOf(targetType, to)
        .orElseThrow(() -> new ApiError(404, "Name " + PyRepr.pformat(to) + " not found"));
    return store.require(targetType, found);
  }
}

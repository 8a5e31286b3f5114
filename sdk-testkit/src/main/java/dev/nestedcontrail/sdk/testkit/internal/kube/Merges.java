package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merging patches into objects. A JSON merge patch (RFC 7386) merges maps, removes keys whose patch
 * value is null and replaces everything else, lists included. The strategic merge of this fake is
 * the same but merges named lists ({@link FieldPaths#listKey}) item by item, appending new items;
 * it ignores {@code $patch}/{@code $retainKeys} directives. Server-side apply merges the same way.
 */
public final class Merges {
  private Merges() {}

  /** {@code patch} merged into a copy of {@code target}. */
  public static Object merge(Object target, Object patch, boolean namedLists) {
    if (patch instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> result = target instanceof Map
          ? (Map<String, Object>) Trees.copy(target, true) : new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) patch).entrySet()) {
        String key = String.valueOf(e.getKey());
        if (e.getValue() == null) {
          result.remove(key);
        } else {
          result.put(key, merge(result.get(key), e.getValue(), namedLists));
        }
      }
      return result;
    }
    if (namedLists && patch instanceof List && target instanceof List) {
      Optional<String> key = FieldPaths.listKey((List<?>) patch);
      if (key.isPresent() && FieldPaths.listKey((List<?>) target).equals(key)) {
        return mergeNamed((List<?>) target, (List<?>) patch, key.get());
      }
    }
    return patch == null ? null : Trees.copy(patch, true);
  }

  private static List<Object> mergeNamed(List<?> target, List<?> patch, String key) {
    List<Object> result = new ArrayList<>();
    for (Object item : target) {
      result.add(Trees.copy(item, true));
    }
    for (Object item : patch) {
      Object id = Trees.copy(((Map<?, ?>) item).get(key), true);
      int index = -1;
      for (int i = 0; i < result.size(); i++) {
        if (id.equals(((Map<?, ?>) result.get(i)).get(key))) {
          index = i;
        }
      }
      if (index < 0) {
        result.add(Trees.copy(item, true));
      } else {
        result.set(index, merge(result.get(index), item, true));
      }
    }
    return result;
  }
}

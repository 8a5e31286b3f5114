package dev.nestedcontrail.sdk.k8s.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Field-by-field differences between two YAML trees, map key order included. */
final class TreeDiff {
  private TreeDiff() {}

  static List<String> differences(Object expected, Object actual) {
    List<String> out = new ArrayList<>();
    diff("", expected, actual, out);
    return out;
  }

  private static void diff(String path, Object expected, Object actual, List<String> out) {
    if (expected instanceof Map && actual instanceof Map) {
      Map<?, ?> e = (Map<?, ?>) expected;
      Map<?, ?> a = (Map<?, ?>) actual;
      if (!new ArrayList<>(e.keySet()).equals(new ArrayList<>(a.keySet()))) {
        out.add(path + ": keys " + e.keySet() + " expected, got " + a.keySet());
      }
      for (Object key : e.keySet()) {
        if (a.containsKey(key)) {
          diff(path + "." + key, e.get(key), a.get(key), out);
        }
      }
    } else if (expected instanceof List && actual instanceof List) {
      List<?> e = (List<?>) expected;
      List<?> a = (List<?>) actual;
      if (e.size() != a.size()) {
        out.add(path + ": " + e.size() + " items expected, got " + a.size());
      }
      for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
        diff(path + "[" + i + "]", e.get(i), a.get(i), out);
      }
    } else if (!Objects.equals(expected, actual)) {
      out.add(path + ": " + describe(expected) + " expected, got " + describe(actual));
    }
  }

  private static String describe(Object value) {
    return value == null ? "null"
        : value.getClass().getSimpleName() + " '" + value + "'";
  }
}

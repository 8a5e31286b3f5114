package dev.nestedcontrail.sdk.testkit.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Helpers over generic JSON trees (maps, lists, strings, numbers, booleans, null). */
public final class Trees {
  private Trees() {}

  /** A deep, mutable copy. */
  @SuppressWarnings("unchecked")
  public static @Nullable Object copy(@Nullable Object value) {
    if (value instanceof Map) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) value).forEach((k, v) -> out.put(k, copy(v)));
      return out;
    }
    if (value instanceof List) {
      List<@Nullable Object> out = new ArrayList<>();
      ((List<Object>) value).forEach(v -> out.add(copy(v)));
      return out;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, @Nullable Object> copyMap(Map<String, ?> map) {
    return (Map<String, @Nullable Object>) copy(map);
  }

  /** A deep copy with every map's keys sorted, for deterministic output. */
  @SuppressWarnings("unchecked")
  public static @Nullable Object sorted(@Nullable Object value) {
    if (value instanceof Map) {
      Map<String, @Nullable Object> out = new TreeMap<>();
      ((Map<String, Object>) value).forEach((k, v) -> out.put(k, sorted(v)));
      return out;
    }
    if (value instanceof List) {
      List<@Nullable Object> out = new ArrayList<>();
      ((List<Object>) value).forEach(v -> out.add(sorted(v)));
      return out;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  public static Optional<Map<String, @Nullable Object>> map(@Nullable Object value) {
    return value instanceof Map ? Optional.of((Map<String, @Nullable Object>) value) : Optional.empty();
  }

  public static Optional<Map<String, @Nullable Object>> map(Map<String, ?> parent, String key) {
    return map(parent.get(key));
  }

  @SuppressWarnings("unchecked")
  public static List<@Nullable Object> list(@Nullable Object value) {
    return value instanceof List ? (List<@Nullable Object>) value : List.of();
  }

  public static List<@Nullable Object> list(Map<String, ?> parent, String key) {
    return list(parent.get(key));
  }

  public static Optional<String> string(Map<String, ?> parent, String key) {
    Object value = parent.get(key);
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  /** A list of strings (an fq_name); empty when {@code value} is not one. */
  public static Optional<List<String>> strings(@Nullable Object value) {
    if (!(value instanceof List)) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) value) {
      if (!(o instanceof String)) {
        return Optional.empty();
      }
      out.add((String) o);
    }
    return Optional.of(List.copyOf(out));
  }

  /** Removes every {@code href} and {@code parent_href} member, at any depth ({@code exclude_hrefs}). */
  public static void stripHrefs(@Nullable Object tree) {
    map(tree).ifPresent(m -> {
      m.remove("href");
      m.remove("parent_href");
      m.values().forEach(Trees::stripHrefs);
    });
    list(tree).forEach(Trees::stripHrefs);
  }

  /** True for JSON true, or a string containing {@code true} (the server's flag test). */
  public static boolean flag(@Nullable Object value) {
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    return value instanceof String && ((String) value).toLowerCase(java.util.Locale.ROOT).contains("true");
  }

  /** Two JSON values equal, numbers compared by value. */
  public static boolean jsonEquals(@Nullable Object a, @Nullable Object b) {
    if (a instanceof Number && b instanceof Number) {
      return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString())) == 0;
    }
    return java.util.Objects.equals(a, b);
  }
}

package dev.nestedcontrail.sdk.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The UVEs of a fake analytics API: per type and name, the structs (such as {@code NodeStatus})
 * with the sources and modules that sent them. Thread-safe.
 */
public final class UveStore {

  /** Which parts of UVEs to keep: {@code cfilt} entries, {@code sfilt} and {@code mfilt}. */
  public record Filter(List<String> structs, Optional<String> source, Optional<String> module) {
    public static Filter none() {
      return new Filter(List.of(), Optional.empty(), Optional.empty());
    }
  }

  private record Struct(Map<String, Object> value, String source, String module) {}

  private final Map<String, Boolean> types = new TreeMap<>(UveTypes.DEFAULT_TYPES);
  private final Map<String, Map<String, Map<String, Struct>>> uves = new TreeMap<>();

  /** Sets struct {@code struct} of UVE {@code type}/{@code name}, replacing what {@code source} sent before. */
  public synchronized void put(String type, String name, String struct, Map<String, Object> value,
      String source, String module) {
    types.putIfAbsent(type, UveTypes.global(type));
    uves.computeIfAbsent(type, t -> new TreeMap<>()).computeIfAbsent(name, n -> new LinkedHashMap<>())
        .put(struct, new Struct(value, source, module));
  }

  /** Removes one struct; the UVE goes when it has none left. */
  public synchronized void removeStruct(String type, String name, String struct) {
    Map<String, Struct> uve = uves.getOrDefault(type, Map.of()).get(name);
    if (uve != null) {
      uve.remove(struct);
      if (uve.isEmpty()) {
        uves.get(type).remove(name);
      }
    }
  }

  public synchronized boolean remove(String type, String name) {
    return uves.getOrDefault(type, new TreeMap<>()).remove(name) != null;
  }

  /** Every type with whether it is a global system object, sorted. */
  public synchronized Map<String, Boolean> types() {
    return new TreeMap<>(types);
  }

  public synchronized boolean knows(String type) {
    return types.containsKey(type);
  }

  /** The names of the UVEs of {@code type} that keep something under {@code filter}, sorted. */
  public synchronized List<String> names(String type, Filter filter) {
    List<String> names = new ArrayList<>();
    uves.getOrDefault(type, Map.of()).forEach((name, structs) -> {
      if (!render(structs, filter).isEmpty()) {
        names.add(name);
      }
    });
    return names;
  }

  /** One UVE as the flat answer has it; empty when it is unknown or filtered away. */
  public synchronized Map<String, Object> uve(String type, String name, Filter filter) {
    return render(uves.getOrDefault(type, Map.of()).getOrDefault(name, Map.of()), filter);
  }

  /** The UVEs whose names match {@code pattern} ({@code *} for any text), by name. */
  public synchronized Map<String, Map<String, Object>> matching(String type, String pattern, Filter filter) {
    Pattern regex = Pattern.compile(glob(pattern));
    Map<String, Map<String, Object>> result = new LinkedHashMap<>();
    uves.getOrDefault(type, Map.of()).forEach((name, structs) -> {
      Map<String, Object> value = render(structs, filter);
      if (regex.matcher(name).matches() && !value.isEmpty()) {
        result.put(name, value);
      }
    });
    return result;
  }

  private static String glob(String pattern) {
    List<String> parts = new ArrayList<>();
    for (String part : pattern.split("\\*", -1)) {
      parts.add(Pattern.quote(part));
    }
    return String.join(".*", parts);
  }

  private static Map<String, Object> render(Map<String, Struct> structs, Filter filter) {
    Map<String, Object> result = new LinkedHashMap<>();
    structs.forEach((name, struct) -> {
      if (filter.source().filter(s -> !s.equals(struct.source())).isPresent()
          || filter.module().filter(m -> !m.equals(struct.module())).isPresent()) {
        return;
      }
      if (filter.structs().isEmpty()) {
        result.put(name, struct.value());
        return;
      }
      Set<String> attributes = new LinkedHashSet<>();
      boolean whole = false;
      for (String f : filter.structs()) {
        int colon = f.indexOf(':');
        if (colon < 0 && f.equals(name)) {
          whole = true;
        } else if (colon >= 0 && f.substring(0, colon).equals(name)) {
          attributes.add(f.substring(colon + 1));
        }
      }
      if (whole) {
        result.put(name, struct.value());
      } else if (!attributes.isEmpty()) {
        Map<String, Object> kept = new LinkedHashMap<>(struct.value());
        kept.keySet().retainAll(attributes);
        if (!kept.isEmpty()) {
          result.put(name, kept);
        }
      }
    });
    return result;
  }
}

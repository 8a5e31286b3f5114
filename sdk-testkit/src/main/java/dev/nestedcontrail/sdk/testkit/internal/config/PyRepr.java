package dev.nestedcontrail.sdk.testkit.internal.config;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Python's {@code repr} and {@code pformat} of JSON trees, as the api-server puts them in error messages. */
public final class PyRepr {
  private static final int WIDTH = 80;

  private PyRepr() {}

  public static String repr(@Nullable Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof String) {
      return "'" + ((String) value).replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    if (value instanceof List) {
      return ((List<?>) value).stream().map(PyRepr::repr).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map) {
      return ((Map<?, ?>) value).entrySet().stream()
          .map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }

  /** {@code pformat} of a list of strings: its repr, one element per line when wider than 80. */
  public static String pformat(List<String> list) {
    String flat = repr(list);
    if (flat.length() <= WIDTH) {
      return flat;
    }
    return list.stream().map(PyRepr::repr).collect(Collectors.joining(",\n ", "[", "]"));
  }
}

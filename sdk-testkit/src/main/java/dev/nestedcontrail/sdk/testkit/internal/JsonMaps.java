package dev.nestedcontrail.sdk.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading fields from untyped JSON as {@link JsonCodec} parses it; a field of the wrong type is absent. */
public final class JsonMaps {
  private JsonMaps() {}

  @SuppressWarnings("unchecked")
  public static Optional<Map<String, Object>> object(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value instanceof Map ? Optional.of((Map<String, Object>) value) : Optional.empty();
  }

  public static Optional<String> string(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  public static List<?> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value instanceof List ? (List<?>) value : List.of();
  }
}

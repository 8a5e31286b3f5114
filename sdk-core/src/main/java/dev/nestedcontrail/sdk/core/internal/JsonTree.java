package dev.nestedcontrail.sdk.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A read-only walk over JSON parsed by Moshi into maps and lists. A missing member reads as an
 * absent node, so optional parts need no null checks; required ones throw naming their path.
 */
public final class JsonTree {

  private final @Nullable Object value;
  private final String path;

  private JsonTree(@Nullable Object value, String path) {
    this.value = value;
    this.path = path;
  }

  public static JsonTree of(@Nullable Object root) {
    return new JsonTree(root, "$");
  }

  public JsonTree get(String name) {
    Object child = value instanceof Map ? ((Map<?, ?>) value).get(name) : null;
    return new JsonTree(child, path + "." + name);
  }

  /** The elements of an array; empty when absent. */
  public List<JsonTree> items() {
    List<JsonTree> result = new ArrayList<>();
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        result.add(new JsonTree(list.get(i), path + "[" + i + "]"));
      }
    }
    return result;
  }

  public Optional<String> textIfPresent() {
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  public String textOr(String fallback) {
    return textIfPresent().orElse(fallback);
  }

  /** The string value; throws naming the path when it is absent or not a string. */
  public String text() throws IOException {
    Optional<String> text = textIfPresent();
    if (text.isEmpty()) {
      throw new IOException(path + " is missing or not a string");
    }
    return text.get();
  }
}

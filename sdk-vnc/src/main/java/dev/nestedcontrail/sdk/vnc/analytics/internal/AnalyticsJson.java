package dev.nestedcontrail.sdk.vnc.analytics.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the analytics API's JSON as generic trees (see {@link JsonTrees}). Parsed trees
 * are unmodifiable, JSON {@code null} members and elements are dropped, and numbers stay exact.
 */
public final class AnalyticsJson {

  public AnalyticsJson() {}

  /** Serialises a tree of maps, lists, strings, numbers and booleans. */
  public String write(Object tree) {
    return JsonTrees.write(tree);
  }

  /**
   * Parses {@code body} into a tree.
   *
   * @param what the operation, for the error message
   * @throws ContrailClientException when the body is not JSON or is JSON null
   */
  public Object parse(String body, String what) {
    Object tree;
    try {
      tree = JsonTrees.parse(body, JsonTrees.Nulls.DROP);
    } catch (ContrailClientException e) {
      throw new ContrailClientException(what + ": the answer is not JSON (" + e.getMessage() + ")", e);
    }
    if (tree == null) {
      throw new ContrailClientException(what + ": the answer is JSON null");
    }
    return Objects.requireNonNull(JsonTrees.freeze(tree));
  }

  /** Parses a JSON object. */
  public Map<String, Object> parseObject(String body, String what) {
    return asObject(parse(body, what), what);
  }

  /** Parses a JSON array. */
  public List<Object> parseArray(String body, String what) {
    return asArray(parse(body, what), what);
  }

  /** The tree as an object; throws naming {@code what} when it is something else. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asObject(Object tree, String what) {
    if (!(tree instanceof Map)) {
      throw new ContrailClientException(what + ": expected a JSON object but got " + kind(tree));
    }
    return (Map<String, Object>) tree;
  }

  /** The tree as an array; throws naming {@code what} when it is something else. */
  @SuppressWarnings("unchecked")
  public static List<Object> asArray(Object tree, String what) {
    if (!(tree instanceof List)) {
      throw new ContrailClientException(what + ": expected a JSON array but got " + kind(tree));
    }
    return (List<Object>) tree;
  }

  /** The string member {@code name}; throws naming {@code what} when absent or not a string. */
  public static String text(Map<String, Object> object, String name, String what) {
    Object value = object.get(name);
    if (!(value instanceof String)) {
      throw new ContrailClientException(what + ": member '" + name + "' is missing or not a string");
    }
    return (String) value;
  }

  private static String kind(@Nullable Object tree) {
    if (tree instanceof Map) {
      return "an object";
    }
    if (tree instanceof List) {
      return "an array";
    }
    return tree == null ? "null" : "the value " + tree;
  }
}

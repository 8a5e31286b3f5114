package dev.nestedcontrail.sdk.vnc.analytics.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the analytics API's JSON with one Moshi instance. Parsed trees are made
 * unmodifiable, JSON {@code null} members and elements are dropped, and whole numbers become
 * {@code Long} (Moshi reads every number as {@code Double}).
 */
public final class AnalyticsJson {

  private final JsonAdapter<Object> adapter;

  public AnalyticsJson(Moshi moshi) {
    this.adapter = moshi.adapter(Object.class);
  }

  /** Serialises a tree of maps, lists, strings, numbers and booleans. */
  public String write(Object tree) {
    return adapter.toJson(tree);
  }

  /**
   * Parses {@code body} into a normalised tree.
   *
   * @param what the operation, for the error message
   * @throws ContrailClientException when the body is not JSON
   */
  public Object parse(String body, String what) {
    try {
      Object tree = adapter.fromJson(body);
      if (tree == null) {
        throw new ContrailClientException(what + ": the answer is JSON null");
      }
      return normalise(tree);
    } catch (JsonEncodingException | JsonDataException e) {
      throw new ContrailClientException(what + ": the answer is not JSON (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new ContrailClientException(what + ": cannot read the answer (" + e.getMessage() + ")", e);
    }
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

  private static Object normalise(Object tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
        if (e.getValue() != null) {
          copy.put(String.valueOf(e.getKey()), normalise(e.getValue()));
        }
      }
      return Collections.unmodifiableMap(copy);
    }
    if (tree instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object element : (List<?>) tree) {
        if (element != null) {
          copy.add(normalise(element));
        }
      }
      return Collections.unmodifiableList(copy);
    }
    if (tree instanceof Double) {
      double d = (Double) tree;
      if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
        return (long) d;
      }
    }
    return tree;
  }
}

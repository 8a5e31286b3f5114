package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON patch (RFC 6902): add, remove, replace, move, copy and test with JSON pointers (RFC 6901,
 * {@code ~0}/{@code ~1} escapes, {@code -} for the end of a list). A failing operation is a 422
 * with the operation in the message, and nothing is changed.
 */
final class JsonPatch {
  private JsonPatch() {}

  /** {@code operations} applied, in order, to a copy of {@code target}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> apply(Map<String, Object> target, List<?> operations) {
    Object document = Trees.copy(target, true);
    for (Object o : operations) {
      if (!(o instanceof Map)) {
        throw invalid("an operation is not an object: " + o);
      }
      Map<String, Object> op = (Map<String, Object>) o;
      String path = Trees.string(op, "path").orElseThrow(() -> invalid("missing path in " + op));
      switch (Trees.string(op, "op").orElse("")) {
        case "add":
          document = add(document, path, value(op));
          break;
        case "remove":
          remove(document, path, op);
          break;
        case "replace":
          get(document, path, op);
          remove(document, path, op);
          document = add(document, path, value(op));
          break;
        case "move": {
          String from = Trees.string(op, "from").orElseThrow(() -> invalid("missing from in " + op));
          Object moved = get(document, from, op);
          remove(document, from, op);
          document = add(document, path, moved);
          break;
        }
        case "copy": {
          String from = Trees.string(op, "from").orElseThrow(() -> invalid("missing from in " + op));
          document = add(document, path, Trees.copy(get(document, from, op), true));
          break;
        }
        case "test":
          if (!Objects.equals(Trees.copy(get(document, path, op), true), Trees.copy(value(op), true))) {
            throw invalid("testing value " + path + " failed");
          }
          break;
        default:
          throw invalid("unexpected op in " + op);
      }
    }
    if (!(document instanceof Map)) {
      throw invalid("the patched document is not an object");
    }
    return (Map<String, Object>) document;
  }

  private static Object value(Map<String, Object> op) {
    if (!op.containsKey("value")) {
      throw invalid("missing value in " + op);
    }
    return Trees.copy(op.get("value"), true);
  }

  private static List<String> tokens(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (!pointer.startsWith("/")) {
      throw invalid("path " + pointer + " does not start with /");
    }
    List<String> out = new ArrayList<>();
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  private static Object get(Object document, String pointer, Map<String, Object> op) {
    Object current = document;
    for (String token : tokens(pointer)) {
      current = child(current, token, op);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Object child(Object node, String token, Map<String, Object> op) {
    if (node instanceof Map && ((Map<String, Object>) node).containsKey(token)) {
      return ((Map<String, Object>) node).get(token);
    }
    if (node instanceof List) {
      int index = index(token, ((List<?>) node).size() - 1, op);
      return ((List<?>) node).get(index);
    }
    throw invalid("path does not exist in " + op);
  }

  @SuppressWarnings("unchecked")
  private static Object add(Object document, String pointer, Object value) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      return value;
    }
    Object parent = get(document, parent(tokens), Map.of("op", "add", "path", pointer));
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map) {
      ((Map<String, Object>) parent).put(last, value);
    } else if (parent instanceof List) {
      List<Object> list = (List<Object>) parent;
      list.add(last.equals("-") ? list.size() : index(last, list.size(), Map.of("path", pointer)), value);
    } else {
      throw invalid("cannot add at " + pointer);
    }
    return document;
  }

  @SuppressWarnings("unchecked")
  private static void remove(Object document, String pointer, Map<String, Object> op) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      throw invalid("cannot remove the whole document");
    }
    Object parent = get(document, parent(tokens), op);
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map && ((Map<String, Object>) parent).containsKey(last)) {
      ((Map<String, Object>) parent).remove(last);
    } else if (parent instanceof List) {
      ((List<Object>) parent).remove(index(last, ((List<?>) parent).size() - 1, op));
    } else {
      throw invalid("path does not exist in " + op);
    }
  }

  /** The pointer to the parent of the last token. */
  private static String parent(List<String> tokens) {
    StringBuilder pointer = new StringBuilder();
    for (String t : tokens.subList(0, tokens.size() - 1)) {
      pointer.append('/').append(t.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static int index(String token, int max, Map<String, ?> op) {
    try {
      int index = Integer.parseInt(token);
      if (index >= 0 && index <= max) {
        return index;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid("index " + token + " is out of bounds in " + op);
  }

  private static KubeApiException invalid(String message) {
    return new KubeApiException(422, "Invalid", "the server rejected our request due to an error in our request: "
        + message, Map.of());
  }
}

package dev.nestedcontrail.sdk.vnc.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixtures under {@code fixtures/vnc/} and JSON tree helpers. */
final class Fixtures {
  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/vnc/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tree without null members and empty arrays: the model reads both as absent and does not
   * write them (except an {@code attr} of a link with data, asserted separately).
   */
  static Object withoutNullsAndEmptyLists(Object tree) {
    if (tree instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
        Object v = e.getValue();
        if (v != null && !(v instanceof List && ((List<?>) v).isEmpty())) {
          out.put((String) e.getKey(), withoutNullsAndEmptyLists(v));
        }
      }
      return out;
    }
    if (tree instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object v : (List<?>) tree) {
        out.add(withoutNullsAndEmptyLists(v));
      }
      return out;
    }
    return tree;
  }
}

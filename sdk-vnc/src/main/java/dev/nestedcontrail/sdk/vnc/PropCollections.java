package dev.nestedcontrail.sdk.vnc;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.vnc.internal.client.ResourceBodies;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Bodies and answers of the prop-collection endpoints. */
final class PropCollections {
  private PropCollections() {}

  /** {@code {"f": [[value, position], ...]}} to elements by field. */
  static Map<String, List<PropCollectionElement>> read(Map<String, @Nullable Object> answer) {
    Map<String, List<PropCollectionElement>> result = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> field : answer.entrySet()) {
      if (!(field.getValue() instanceof List)) {
        throw new ContrailClientException("prop-collection-get answer: " + field.getKey() + " is not a list");
      }
      List<PropCollectionElement> elements = new ArrayList<>();
      for (Object pair : (List<?>) field.getValue()) {
        if (!(pair instanceof List) || ((List<?>) pair).size() != 2) {
          throw new ContrailClientException("prop-collection-get answer: " + field.getKey()
              + " holds an element that is not [value, position]");
        }
        List<?> valueAndPosition = (List<?>) pair;
        elements.add(PropCollectionElement.of(VncJson.writeTree(valueAndPosition.get(0)),
            String.valueOf(valueAndPosition.get(1))));
      }
      result.put(field.getKey(), List.copyOf(elements));
    }
    return result;
  }

  static Map<String, @Nullable Object> updateBody(String uuid, List<PropCollectionUpdate> updates) {
    List<Map<String, @Nullable Object>> list = new ArrayList<>();
    for (PropCollectionUpdate update : updates) {
      Map<String, @Nullable Object> entry = new LinkedHashMap<>();
      entry.put("field", update.field());
      entry.put("operation", update.operation());
      update.value().ifPresent(v -> entry.put("value", v instanceof String ? v : ResourceBodies.valueTree(v)));
      update.position().ifPresent(p -> entry.put("position", p));
      list.add(entry);
    }
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("uuid", uuid);
    body.put("updates", list);
    return body;
  }
}

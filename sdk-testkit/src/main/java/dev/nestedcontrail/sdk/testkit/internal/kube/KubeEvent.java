package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One change in the store: {@code ADDED}, {@code MODIFIED} or {@code DELETED} of {@code object}
 * (the state after the change; for DELETED the last state) at {@code resourceVersion}.
 *
 * @param previous the state before the change (absent for ADDED)
 */
public record KubeEvent(String type, KubeResource resource, Map<String, Object> object,
    Optional<Map<String, Object>> previous, long resourceVersion) {

  /** The watch event line: {@code {"type": ..., "object": ...}}. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", type);
    json.put("object", object);
    return json;
  }
}

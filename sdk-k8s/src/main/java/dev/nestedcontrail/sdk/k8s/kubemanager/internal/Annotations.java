package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.model.KeyValuePair;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePairs;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code annotations.key_value_pair[]} kube-manager puts on its objects
 * ({@code DBBaseKM.add_annotations}): {@code owner}, {@code cluster}, {@code project},
 * {@code namespace}, {@code name}, {@code kind}, plus per-object extras.
 */
public final class Annotations {
  public static final String OWNER = "owner";
  public static final String CLUSTER = "cluster";
  public static final String KIND = "kind";
  public static final String NAMESPACE = "namespace";
  public static final String NAME = "name";
  public static final String K8S_UUID = "k8s_uuid";

  private Annotations() {}

  /** The common annotations, in kube-manager's order. */
  public static Map<String, String> common(String owner, String cluster, String project,
      String namespace, String name, String kind) {
    Map<String, String> result = new LinkedHashMap<>();
    result.put(OWNER, owner);
    result.put(CLUSTER, cluster);
    result.put("project", project);
    result.put(NAMESPACE, namespace);
    result.put(NAME, name);
    result.put(KIND, kind);
    return result;
  }

  public static KeyValuePairs of(Map<String, String> values) {
    KeyValuePairs.Builder b = KeyValuePairs.builder();
    values.forEach((k, v) -> b.addKeyValuePair(KeyValuePair.builder().key(k).value(v).build()));
    return b.build();
  }

  public static Optional<String> value(VncResource resource, String key) {
    return resource.annotations().stream().flatMap(a -> a.keyValuePair().stream())
        .filter(p -> p.key().filter(key::equals).isPresent())
        .flatMap(p -> p.value().stream()).findFirst();
  }

  /** True when the object carries {@code owner} and {@code cluster} of this cluster. */
  public static boolean ownedBy(VncResource resource, String owner, String cluster) {
    return value(resource, OWNER).filter(owner::equals).isPresent()
        && value(resource, CLUSTER).filter(cluster::equals).isPresent();
  }

  /** Pod labels as Python's {@code json.dumps} writes them: {@code {"a": "b", "c": "d"}}. */
  public static String labelsJson(Map<String, String> labels) {
    StringBuilder out = new StringBuilder("{");
    labels.forEach((k, v) -> {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(quote(k)).append(": ").append(quote(v));
    });
    return out.append('}').toString();
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        case '\r': out.append("\\r"); break;
        default:
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}

package dev.nestedcontrail.sdk.k8s.manifest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Upstream's output as a YAML reader sees it (duplicate keys: the last one wins, as in PyYAML),
 * and the documented fixes as explicit, named transformations of that parse. Each transformation
 * records whether it changed anything.
 */
final class UpstreamFixes {
  private final List<Map<String, Object>> documents;
  /** Each document's ConfigMap data as the scalar text upstream wrote, or empty. */
  private final List<Map<String, Object>> dataAsText = new ArrayList<>();
  private final Set<UpstreamFix> applied = EnumSet.noneOf(UpstreamFix.class);

  UpstreamFixes(String yaml) {
    this.documents = load(yaml, LoadSettings.builder().setAllowDuplicateKeys(true)
        .setSchema(new CoreSchema()).build());
    LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(true).build();
    for (Node document : new Compose(settings).composeAllFromString(yaml)) {
      dataAsText.add(scalarText(document, "data"));
    }
  }

  List<Map<String, Object>> documents() {
    return documents;
  }

  Set<UpstreamFix> applied() {
    return applied;
  }

  /** Fix 1: put back the selector of the first, dropped {@code spec:} key of the template. */
  void keepKubeManagerSelector() {
    Map<String, Object> spec = child(document("DaemonSet", "contrail-kube-manager"), "spec");
    if (!spec.containsKey("selector")) {
      Map<String, Object> fixed = new LinkedHashMap<>();
      fixed.put("selector", Map.of("matchLabels", Map.of("app", "contrail-kube-manager")));
      fixed.putAll(spec);
      spec.clear();
      spec.putAll(fixed);
      applied.add(UpstreamFix.KUBE_MANAGER_SELECTOR_KEPT);
    }
  }

  /** Fix 2: the CNI selector becomes the pod template's labels. */
  void matchCniSelectorToPodLabels() {
    Map<String, Object> spec = child(document("DaemonSet", "contrail-kubernetes-cni-agent"), "spec");
    Object labels = child(child(spec, "template"), "metadata").get("labels");
    Map<String, Object> selector = child(spec, "selector");
    if (!labels.equals(selector.get("matchLabels"))) {
      selector.put("matchLabels", labels);
      applied.add(UpstreamFix.CNI_SELECTOR_MATCHES_POD_LABELS);
    }
  }

  /** Fix 3: drop {@code imagePullSecrets: [{name: null}]} from both DaemonSets. */
  void dropEmptyImagePullSecrets() {
    for (String name : List.of("contrail-kube-manager", "contrail-kubernetes-cni-agent")) {
      Map<String, Object> pod = child(child(child(document("DaemonSet", name), "spec"),
          "template"), "spec");
      List<Object> nullName = new ArrayList<>();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", null);
      nullName.add(entry);
      if (nullName.equals(pod.get("imagePullSecrets"))) {
        pod.remove("imagePullSecrets");
        applied.add(UpstreamFix.NO_EMPTY_IMAGE_PULL_SECRET);
      }
    }
  }

  /** Fix 4: every ConfigMap value becomes the text upstream wrote, read as a string. */
  void readConfigMapValuesAsStrings() {
    for (int i = 0; i < documents.size(); i++) {
      if (!"ConfigMap".equals(documents.get(i).get("kind"))) {
        continue;
      }
      Map<String, Object> data = child(documents.get(i), "data");
      Map<String, Object> text = dataAsText.get(i);
      if (!data.equals(text)) {
        data.putAll(text);
        applied.add(UpstreamFix.CONFIG_MAP_VALUES_ARE_STRINGS);
      }
    }
  }

  void applyAll() {
    keepKubeManagerSelector();
    matchCniSelectorToPodLabels();
    dropEmptyImagePullSecrets();
    readConfigMapValuesAsStrings();
  }

  private Map<String, Object> document(String kind, String name) {
    for (Map<String, Object> document : documents) {
      if (kind.equals(document.get("kind")) && name.equals(child(document, "metadata").get("name"))) {
        return document;
      }
    }
    throw new AssertionError("upstream output has no " + kind + " " + name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> map, String key) {
    return (Map<String, Object>) map.get(key);
  }

  /** The scalars of mapping {@code key} of a document, as written (an empty value is ""). */
  private static Map<String, Object> scalarText(Node document, String key) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (NodeTuple entry : ((MappingNode) document).getValue()) {
      if (key.equals(((ScalarNode) entry.getKeyNode()).getValue())
          && entry.getValueNode() instanceof MappingNode) {
        for (NodeTuple item : ((MappingNode) entry.getValueNode()).getValue()) {
          result.put(((ScalarNode) item.getKeyNode()).getValue(),
              ((ScalarNode) item.getValueNode()).getValue());
        }
      }
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> load(String yaml, LoadSettings settings) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Object document : new Load(settings).loadAllFromString(yaml)) {
      result.add((Map<String, Object>) document);
    }
    return result;
  }
}

package dev.nestedcontrail.sdk.testkit.internal.kube;

import dev.nestedcontrail.sdk.testkit.FakeNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Node object of a {@link FakeNode}, as a kubelet would register it. */
public final class NodeObjects {
  private NodeObjects() {}

  public static Map<String, Object> of(FakeNode node, String now) {
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put("kubernetes.io/hostname", node.name());
    labels.put("kubernetes.io/os", "linux");
    labels.put("kubernetes.io/arch", "amd64");
    labels.putAll(node.labels());
    List<Object> taints = new ArrayList<>();
    for (FakeNode.Taint t : node.taints()) {
      Map<String, Object> taint = new LinkedHashMap<>();
      taint.put("key", t.key());
      if (!t.value().isEmpty()) {
        taint.put("value", t.value());
      }
      taint.put("effect", t.effect());
      taints.add(taint);
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    if (!taints.isEmpty()) {
      spec.put("taints", taints);
    }
    Map<String, Object> ready = new LinkedHashMap<>();
    ready.put("type", "Ready");
    ready.put("status", node.ready() ? "True" : "False");
    ready.put("reason", node.ready() ? "KubeletReady" : "KubeletNotReady");
    ready.put("lastHeartbeatTime", now);
    ready.put("lastTransitionTime", now);
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("addresses", List.of(Map.of("type", "InternalIP", "address", node.internalIp()),
        Map.of("type", "Hostname", "address", node.name())));
    status.put("conditions", List.of(ready));
    status.put("capacity", Map.of("cpu", "4", "memory", "8Gi", "pods", "110"));
    status.put("allocatable", Map.of("cpu", "4", "memory", "8Gi", "pods", "110"));
    status.put("nodeInfo", Map.of("kubeletVersion", "v1.32.0", "osImage", "Ubuntu 22.04", "architecture", "amd64",
        "operatingSystem", "linux", "containerRuntimeVersion", "containerd://1.7.0"));
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "v1");
    object.put("kind", "Node");
    object.put("metadata", Map.of("name", node.name(), "labels", labels));
    object.put("spec", spec);
    object.put("status", status);
    return object;
  }
}

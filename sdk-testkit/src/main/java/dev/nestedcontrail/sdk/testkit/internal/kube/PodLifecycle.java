package dev.nestedcontrail.sdk.testkit.internal.kube;

import dev.nestedcontrail.sdk.testkit.DelayScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduler and kubelet of the fake: binds each Pending pod without {@code spec.nodeName} to the
 * Ready node that fits it with the fewest pods (or marks it Unschedulable), and starts each pod on
 * an existing node: phase Running, {@code hostIP} (the node's InternalIP), {@code podIP} (the host's
 * for host-network pods, else the next address of the pod CIDR) and Ready condition, True at once or
 * after the ready delay on the timers.
 */
public final class PodLifecycle implements java.util.function.Consumer<KubeEvent> {
  private final KubeStore store;
  private final DelayScheduler timers;
  private final Duration readyDelay;
  private final long cidrBase;
  private final long cidrSize;
  private long nextAddress = 2;

  public PodLifecycle(KubeStore store, DelayScheduler timers, Duration readyDelay, String podCidr) {
    this.store = store;
    this.timers = timers;
    this.readyDelay = readyDelay;
    String[] parts = podCidr.split("/");
    int prefix = Integer.parseInt(parts[1]);
    long base = 0;
    for (String octet : parts[0].split("\\.")) {
      base = base << 8 | Long.parseLong(octet);
    }
    this.cidrSize = 1L << (32 - prefix);
    this.cidrBase = base & ~(cidrSize - 1);
  }

  @Override
  public void accept(KubeEvent event) {
    if (event.type().equals("DELETED")) {
      return;
    }
    String kind = event.resource().kind();
    if (kind.equals("Node")) {
      store.list(KubeResources.require("Pod"), Optional.empty()).forEach(this::advance);
    } else if (kind.equals("Pod")) {
      store.get(event.resource(), KubeStore.namespaceOf(event.object()), KubeStore.nameOf(event.object()))
          .ifPresent(this::advance);
    }
  }

  private void advance(Map<String, Object> pod) {
    String phase = Trees.string(pod, "status", "phase").orElse("Pending");
    if (!phase.equals("Pending")) {
      return;
    }
    Optional<String> nodeName = Trees.string(pod, "spec", "nodeName");
    if (nodeName.isPresent()) {
      store.get(KubeResources.require("Node"), "", nodeName.get()).ifPresent(n -> start(pod, n));
      return;
    }
    boolean markedUnschedulable = Trees.maps(pod, "status", "conditions").stream()
        .anyMatch(c -> "PodScheduled".equals(c.get("type")) && "False".equals(c.get("status")));
    bind(pod, store.list(KubeResources.require("Node"), Optional.empty()), markedUnschedulable);
  }

  private void bind(Map<String, Object> pod, List<Map<String, Object>> nodes, boolean markedUnschedulable) {
    Map<String, Integer> load = new HashMap<>();
    store.list(KubeResources.require("Pod"), Optional.empty()).forEach(p ->
        Trees.string(p, "spec", "nodeName").ifPresent(n -> load.merge(n, 1, Integer::sum)));
    Map<String, Object> spec = Trees.map(pod, "spec");
    Optional<Map<String, Object>> node = nodes.stream()
        .filter(n -> NodeMatcher.ready(n) && NodeMatcher.fits(spec, n, false))
        .min(Comparator.comparing((Map<String, Object> n) -> load.getOrDefault(KubeStore.nameOf(n), 0))
            .thenComparing(KubeStore::nameOf));
    if (node.isEmpty() && markedUnschedulable) {
      return;
    }
    update(pod, p -> {
      if (node.isPresent()) {
        Trees.child(p, "spec").put("nodeName", KubeStore.nameOf(node.get()));
      } else {
        Trees.child(p, "status").put("conditions", List.of(condition("PodScheduled", false, "Unschedulable")));
      }
    });
  }

  private void start(Map<String, Object> pod, Map<String, Object> node) {
    String hostIp = NodeMatcher.internalIp(node).orElse("");
    boolean hostNetwork = Boolean.TRUE.equals(Trees.at(pod, "spec", "hostNetwork").orElse(false));
    String podIp = hostNetwork ? hostIp : allocate();
    boolean ready = readyDelay.isZero();
    update(pod, p -> {
      Map<String, Object> status = Trees.child(p, "status");
      status.put("phase", "Running");
      status.put("hostIP", hostIp);
      status.put("hostIPs", List.of(Map.of("ip", hostIp)));
      status.put("podIP", podIp);
      status.put("podIPs", List.of(Map.of("ip", podIp)));
      status.put("startTime", store.now());
      setReady(p, ready);
    });
    if (!ready) {
      String uid = Trees.string(pod, "metadata", "uid").orElse("");
      timers.schedule(readyDelay, () -> markReady(KubeStore.namespaceOf(pod), KubeStore.nameOf(pod), uid));
    }
  }

  private void markReady(String namespace, String name, String uid) {
    synchronized (store) {
      store.get(KubeResources.require("Pod"), namespace, name)
          .filter(p -> Trees.string(p, "metadata", "uid").orElse("").equals(uid))
          .ifPresent(p -> update(p, q -> setReady(q, true)));
    }
  }

  private void setReady(Map<String, Object> pod, boolean ready) {
    Map<String, Object> status = Trees.child(pod, "status");
    status.put("conditions", List.of(condition("PodScheduled", true, ""), condition("Initialized", true, ""),
        condition("ContainersReady", ready, "ContainersNotReady"), condition("Ready", ready, "ContainersNotReady")));
    List<Object> containers = new ArrayList<>();
    for (Map<String, Object> c : Trees.maps(pod, "spec", "containers")) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", c.getOrDefault("name", ""));
      s.put("image", c.getOrDefault("image", ""));
      s.put("ready", ready);
      s.put("started", true);
      s.put("restartCount", 0L);
      s.put("state", Map.of("running", Map.of("startedAt", store.now())));
      containers.add(s);
    }
    status.put("containerStatuses", containers);
  }

  private Map<String, Object> condition(String type, boolean value, String reason) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("type", type);
    c.put("status", value ? "True" : "False");
    if (!value) {
      c.put("reason", reason);
    }
    c.put("lastTransitionTime", store.now());
    return c;
  }

  private String allocate() {
    long offset = nextAddress++ % cidrSize;
    long address = cidrBase + Math.max(offset, 1);
    return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
  }

  private void update(Map<String, Object> pod, java.util.function.Consumer<Map<String, Object>> change) {
    store.update(KubeResources.require("Pod"), KubeStore.namespaceOf(pod), KubeStore.nameOf(pod), p -> {
      change.accept(p);
      return p;
    });
  }
}

package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The DaemonSet controller of the fake. On a change of a DaemonSet or of one of its pods (every
 * DaemonSet on a Node change) it makes the DaemonSet run exactly one pod of its current template
 * generation on every node that fits the template ({@link NodeMatcher}): it deletes pods on nodes that no longer fit, pods of an older
 * generation (all at once, not rolling) and duplicates, creates the missing pods (owner reference,
 * template labels plus {@code pod-template-generation}, {@code spec.nodeName}) and writes the status.
 */
public final class DaemonSetController implements Consumer<KubeEvent> {
  public static final String GENERATION_LABEL = "pod-template-generation";
  private static final KubeResource DAEMON_SETS = KubeResources.require("DaemonSet");
  private static final KubeResource PODS = KubeResources.require("Pod");

  private final KubeStore store;

  public DaemonSetController(KubeStore store) {
    this.store = store;
  }

  @Override
  public void accept(KubeEvent event) {
    switch (event.resource().kind()) {
      case "Node":
        store.list(DAEMON_SETS, Optional.empty()).forEach(this::reconcile);
        break;
      case "DaemonSet":
        reconcileCurrent(KubeStore.namespaceOf(event.object()), KubeStore.nameOf(event.object()));
        break;
      case "Pod":
        for (Map<String, Object> owner : Trees.maps(event.object(), "metadata", "ownerReferences")) {
          if ("DaemonSet".equals(owner.get("kind"))) {
            reconcileCurrent(KubeStore.namespaceOf(event.object()), String.valueOf(owner.get("name")));
          }
        }
        break;
      default:
        break;
    }
  }

  private void reconcileCurrent(String namespace, String name) {
    store.get(DAEMON_SETS, namespace, name).ifPresent(this::reconcile);
  }

  private void reconcile(Map<String, Object> ds) {
    String namespace = KubeStore.namespaceOf(ds);
    String uid = Trees.string(ds, "metadata", "uid").orElse("");
    String generation = String.valueOf(Trees.at(ds, "metadata", "generation").orElse(1L));
    Map<String, Object> template = Trees.map(ds, "spec", "template");
    Set<String> eligible = new HashSet<>();
    for (Map<String, Object> node : store.list(KubeResources.require("Node"), Optional.empty())) {
      if (NodeMatcher.fits(Trees.map(template, "spec"), node, true)) {
        eligible.add(KubeStore.nameOf(node));
      }
    }
    Set<String> covered = new HashSet<>();
    for (Map<String, Object> pod : owned(namespace, uid)) {
      String node = Trees.string(pod, "spec", "nodeName").orElse("");
      boolean current = generation.equals(Trees.string(pod, "metadata", "labels", GENERATION_LABEL).orElse(""));
      if (!eligible.contains(node) || !current || !covered.add(node)) {
        store.delete(PODS, namespace, KubeStore.nameOf(pod));
      }
    }
    for (String node : eligible) {
      if (!covered.contains(node)) {
        store.create(PODS, pod(ds, template, node, generation));
      }
    }
    Map<String, Object> status = status(ds, eligible, owned(namespace, uid));
    if (!status.equals(Trees.map(ds, "status"))) {
      store.update(DAEMON_SETS, namespace, KubeStore.nameOf(ds), d -> {
        d.put("status", status);
        return d;
      });
    }
  }

  private List<Map<String, Object>> owned(String namespace, String uid) {
    List<Map<String, Object>> pods = new ArrayList<>();
    for (Map<String, Object> pod : store.list(PODS, Optional.of(namespace))) {
      if (Trees.maps(pod, "metadata", "ownerReferences").stream().anyMatch(r -> uid.equals(r.get("uid")))) {
        pods.add(pod);
      }
    }
    return pods;
  }

  private static Map<String, Object> pod(Map<String, Object> ds, Map<String, Object> template, String node,
      String generation) {
    Map<String, Object> pod = new LinkedHashMap<>();
    pod.put("apiVersion", "v1");
    pod.put("kind", "Pod");
    Map<String, Object> metadata = Trees.copyObject(Trees.map(template, "metadata"));
    metadata.put("generateName", KubeStore.nameOf(ds) + "-");
    metadata.put("namespace", KubeStore.namespaceOf(ds));
    Trees.child(metadata, "labels").put(GENERATION_LABEL, generation);
    Map<String, Object> owner = new LinkedHashMap<>();
    owner.put("apiVersion", "apps/v1");
    owner.put("kind", "DaemonSet");
    owner.put("name", KubeStore.nameOf(ds));
    owner.put("uid", Trees.string(ds, "metadata", "uid").orElse(""));
    owner.put("controller", true);
    owner.put("blockOwnerDeletion", true);
    metadata.put("ownerReferences", List.of(owner));
    pod.put("metadata", metadata);
    Map<String, Object> spec = Trees.copyObject(Trees.map(template, "spec"));
    spec.put("nodeName", node);
    pod.put("spec", spec);
    pod.put("status", Map.of("phase", "Pending"));
    return pod;
  }

  private static Map<String, Object> status(Map<String, Object> ds, Set<String> eligible,
      List<Map<String, Object>> pods) {
    String generation = String.valueOf(Trees.at(ds, "metadata", "generation").orElse(1L));
    long current = 0;
    long ready = 0;
    long updated = 0;
    long misscheduled = 0;
    for (Map<String, Object> pod : pods) {
      boolean onEligible = eligible.contains(Trees.string(pod, "spec", "nodeName").orElse(""));
      if (!onEligible) {
        misscheduled++;
        continue;
      }
      current++;
      if (Trees.maps(pod, "status", "conditions").stream()
          .anyMatch(c -> "Ready".equals(c.get("type")) && "True".equals(c.get("status")))) {
        ready++;
      }
      if (generation.equals(Trees.string(pod, "metadata", "labels", GENERATION_LABEL).orElse(""))) {
        updated++;
      }
    }
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("currentNumberScheduled", current);
    status.put("desiredNumberScheduled", (long) eligible.size());
    status.put("numberMisscheduled", misscheduled);
    status.put("numberReady", ready);
    status.put("observedGeneration", Trees.at(ds, "metadata", "generation").orElse(1L));
    status.put("updatedNumberScheduled", updated);
    if (ready > 0) {
      status.put("numberAvailable", ready);
    }
    if (eligible.size() - ready > 0) {
      status.put("numberUnavailable", eligible.size() - ready);
    }
    return status;
  }
}

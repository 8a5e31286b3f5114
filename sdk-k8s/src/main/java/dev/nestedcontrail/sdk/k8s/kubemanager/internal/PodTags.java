package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A pod's labels as tags on its VMI (contrail-internals §2.3, §2.5): every label
 * {@code key: value} plus the implicit {@code namespace=<ns>} (which wins over a pod label of the
 * same key). A new pod's VMI is created with the tag refs in its body, so tags cost no write per
 * pod; a label change of a wired pod is one {@code set-tag} that sets the changed types and drops
 * the removed ones. What each pod's VMI carries is remembered to detect changes. The service tag
 * type {@code <cluster>-svc} is {@link ServiceTags}' own: never set, compared or dropped here (a
 * pod label of that key is left out), and what a found VMI carries of it is passed on there.
 */
public final class PodTags {
  private static final String VMI_TYPE = "virtual-machine-interface";

  private final TagCache tags;
  private final ServiceTags services;
  private final Map<String, Map<String, String>> applied = new ConcurrentHashMap<>();

  public PodTags(TagCache tags, ServiceTags services) {
    this.tags = tags;
    this.services = services;
  }

  /** The pod's tags by tag type: its labels and {@code namespace=<ns>}. */
  public static Map<String, String> of(PodView pod) {
    Map<String, String> result = new LinkedHashMap<>();
    pod.labels().forEach((k, v) -> result.put(TagCache.type(k), v));
    result.put(Annotations.NAMESPACE, pod.namespace());
    return result;
  }

  /** The pod's tags without the service tag type, which {@link ServiceTags} owns. */
  private Map<String, String> labelTags(PodView pod) {
    Map<String, String> result = of(pod);
    result.remove(services.type());
    return result;
  }

  /** The tag refs of a new pod's VMI, each tag created when missing. */
  public List<Reference<Void>> refs(PodView pod) {
    Map<String, String> wanted = labelTags(pod);
    List<Reference<Void>> refs = tags.refs(wanted);
    applied.put(pod.uid(), wanted);
    return refs;
  }

  /**
   * After the VMI's create-or-get: a VMI that already existed (created by an earlier run, before
   * the pod's labels changed) gets the pod's current tags.
   */
  public void converge(VirtualMachineInterface vmi, PodView pod) {
    Map<String, String> wanted = labelTags(pod);
    services.observed(vmi.uuid().orElseThrow(), vmi.tagRefs());
    Set<String> actual = vmi.tagRefs().stream().map(TagCache::nameOf)
        .filter(n -> !TagCache.typeOf(n).equals(services.type())).collect(Collectors.toSet());
    Set<String> names = wanted.entrySet().stream()
        .map(e -> TagCache.name(e.getKey(), e.getValue())).collect(Collectors.toSet());
    if (!actual.equals(names)) {
      Set<String> removed = actual.stream().map(TagCache::typeOf)
          .filter(t -> !wanted.containsKey(t))
          .collect(Collectors.toCollection(LinkedHashSet::new));
      tags.set(VMI_TYPE, vmi.uuid().orElseThrow(), wanted, removed);
    }
    applied.put(pod.uid(), wanted);
  }

  /** MODIFIED of a wired pod: one {@code set-tag} when its labels changed, else nothing. */
  public void refresh(PodView pod) {
    Map<String, String> wanted = labelTags(pod);
    Map<String, String> before = applied.getOrDefault(pod.uid(), Map.of());
    if (wanted.equals(before)) {
      return;
    }
    Map<String, String> changed = new LinkedHashMap<>();
    wanted.forEach((type, value) -> {
      if (!value.equals(before.get(type))) {
        changed.put(type, value);
      }
    });
    Set<String> removed = before.keySet().stream().filter(t -> !wanted.containsKey(t))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    tags.set(VMI_TYPE, Names.podVmiUuid(pod.uid()), changed, removed);
    applied.put(pod.uid(), wanted);
  }

  /** The pod is gone; its VMI (and with it the tag refs) is deleted. */
  public void forget(String podUid) {
    applied.remove(podUid);
    services.forget(Names.podVmiUuid(podUid));
  }
}

package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service tag of loadbalancer members (contrail-internals §2.3 built-in labels, §2.5
 * Endpoints): the VMI of a pod that is a member of a Service carries
 * {@code <cluster>-svc=<service name>}, so firewall rules can match a Service's pods. The tag type
 * is the cluster name plus {@code -svc}, lower-cased as the api-server stores it (it accepts any
 * type name and creates the tag-type on first use). The api-server keeps one tag per type on an
 * object, so a pod in several Services carries one of their names: the one it has while it stays
 * a member of that Service, else the first by name. Only pods' VMIs are tagged; a host-network
 * member's VMI belongs to the underlay.
 *
 * <p>A change costs one {@code set-tag} per VMI whose tag changes and nothing else: what each VMI
 * carries is known from {@link PodTags} (which sees every pod VMI it creates or finds), from this
 * class's own writes, or else from one read. The label tags are {@link PodTags}' and are left
 * alone here, as this type is left alone there.
 */
public final class ServiceTags {
  private static final Logger logger = LoggerFactory.getLogger(ServiceTags.class);
  private static final String VMI_TYPE = "virtual-machine-interface";

  private final VncOps vnc;
  private final TagCache tags;
  private final String type;
  /** Per pod VMI: the Services it is a member of, key to name. */
  private final Map<String, Map<String, String>> memberships = new ConcurrentHashMap<>();
  /** Per Service key: its member pod VMIs as last applied. */
  private final Map<String, Set<String>> members = new ConcurrentHashMap<>();
  /** Per pod VMI: the value of its service tag in VNC, "" for none. */
  private final Map<String, String> carried = new ConcurrentHashMap<>();

  public ServiceTags(String clusterName, VncOps vnc, TagCache tags) {
    this.vnc = vnc;
    this.tags = tags;
    this.type = TagCache.type(clusterName + "-svc");
  }

  /** The tag type {@code <cluster>-svc}. */
  public String type() {
    return type;
  }

  /**
   * The Service's member pod VMIs are now {@code vmis}: those that joined get its tag, those that
   * left lose it (or get another Service's they are still a member of).
   */
  public void apply(String serviceKey, String serviceName, Set<String> vmis) {
    Set<String> touched = new LinkedHashSet<>(members.getOrDefault(serviceKey, Set.of()));
    touched.addAll(vmis);
    if (vmis.isEmpty()) {
      members.remove(serviceKey);
    } else {
      members.put(serviceKey, Set.copyOf(vmis));
    }
    for (String vmi : touched) {
      synchronized (tags.lock(vmi)) {
        if (vmis.contains(vmi)) {
          memberships.computeIfAbsent(vmi, v -> new ConcurrentHashMap<>())
              .put(serviceKey, serviceName);
        } else {
          memberships.computeIfPresent(vmi, (v, of) -> {
            of.remove(serviceKey);
            return of.isEmpty() ? null : of;
          });
        }
        converge(vmi);
      }
    }
  }

  /** The Service is gone (or has no loadbalancer any more): its members lose its tag. */
  public void remove(String serviceKey) {
    apply(serviceKey, "", Set.of());
  }

  /**
   * What a pod's VMI carries, as read by {@link PodTags}; ignored once this run knows better (a
   * read that raced with a {@code set-tag} here must not undo it).
   */
  public void observed(String vmi, List<Reference<Void>> tagRefs) {
    carried.putIfAbsent(vmi, value(tagRefs));
  }

  /** The pod's VMI is deleted; the Endpoints drop its memberships in time. */
  public void forget(String vmi) {
    synchronized (tags.lock(vmi)) {
      carried.remove(vmi);
    }
  }

  /**
   * VMIs whose tag no membership explains, such as those of Services deleted while no
   * kube-manager ran; {@link #converge} corrects them.
   */
  public List<String> stale() {
    return carried.entrySet().stream().filter(e -> !e.getValue().equals(wanted(e.getKey())))
        .map(Map.Entry::getKey).toList();
  }

  /** One {@code set-tag} when the VMI's tag differs from what its memberships want, else none. */
  public void converge(String vmi) {
    synchronized (tags.lock(vmi)) {
      String wanted = wanted(vmi);
      @Nullable String now = carried.get(vmi);
      if (now == null) {
        if (wanted.isEmpty()) {
          return;
        }
        Optional<VirtualMachineInterface> read = vnc.find(VirtualMachineInterface.class, vmi);
        if (read.isEmpty()) {
          return;
        }
        now = value(read.get().tagRefs());
        carried.put(vmi, now);
      }
      if (!wanted.equals(now)) {
        write(vmi, wanted);
      }
    }
  }

  private void write(String vmi, String wanted) {
    try {
      tags.set(VMI_TYPE, vmi, wanted.isEmpty() ? Map.of() : Map.of(type, wanted),
          wanted.isEmpty() ? Set.of(type) : Set.of());
      carried.put(vmi, wanted);
      logger.debug("VMI {} tagged {}={}", vmi, type, wanted);
    } catch (NotFoundException e) {
      if (vnc.find(VirtualMachineInterface.class, vmi).isPresent()) {
        throw e;
      }
      carried.remove(vmi);
      logger.debug("VMI {} is gone, nothing to tag", vmi);
    }
  }

  /** The value the VMI should carry: its current one while still valid, else the first name. */
  private String wanted(String vmi) {
    Map<String, String> of = memberships.getOrDefault(vmi, Map.of());
    String now = carried.getOrDefault(vmi, "");
    if (!now.isEmpty() && of.containsValue(now)) {
      return now;
    }
    return of.values().stream().min(Comparator.naturalOrder()).orElse("");
  }

  /** The value of the service tag among these refs, "" without one. */
  private String value(List<Reference<Void>> tagRefs) {
    String prefix = type + "=";
    return tagRefs.stream().map(TagCache::nameOf).filter(n -> n.startsWith(prefix))
        .map(n -> n.substring(prefix.length())).findFirst().orElse("");
  }
}

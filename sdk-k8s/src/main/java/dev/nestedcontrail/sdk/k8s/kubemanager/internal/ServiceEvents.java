package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.vnc.model.Loadbalancer;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerListener;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerMember;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerPool;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service and Endpoints events on the keyed dispatcher: a Service and its Endpoints share the key
 * {@code Service/<ns>/<name>}, so their tasks run in order. The resync removes this cluster's
 * loadbalancers whose Service is gone (or has no cluster IP any more), re-creates the objects
 * of live Services that miss some, at the cost of four list calls, and corrects pod VMIs whose
 * service tag no membership explains (Services deleted while no kube-manager ran).
 */
public final class ServiceEvents {
  private static final Logger logger = LoggerFactory.getLogger(ServiceEvents.class);

  private final KeyedDispatcher dispatcher;
  private final ServiceReconciler reconciler;
  private final UnderlayCache vnc;
  private final ServiceTags tags;

  public ServiceEvents(KeyedDispatcher dispatcher, ServiceReconciler reconciler,
      UnderlayCache vnc, ServiceTags tags) {
    this.dispatcher = dispatcher;
    this.reconciler = reconciler;
    this.vnc = vnc;
    this.tags = tags;
  }

  public void serviceChanged(KubernetesObject service) {
    ServiceView view = new ServiceView(service);
    dispatcher.submit(view.key(), () -> reconciler.apply(view, false));
  }

  public void serviceDeleted(KubernetesObject service) {
    ServiceView view = new ServiceView(service);
    dispatcher.submit(view.key(), () -> reconciler.remove(view));
  }

  public void endpointsChanged(KubernetesObject endpoints) {
    EndpointsView view = new EndpointsView(endpoints);
    dispatcher.submit(view.key(), () -> reconciler.applyEndpoints(view));
  }

  public void endpointsDeleted(KubernetesObject endpoints) {
    EndpointsView view = new EndpointsView(endpoints);
    dispatcher.submit(view.key(), () -> reconciler.removeEndpoints(view.key()));
  }

  /** Queues the removal of orphan loadbalancers and the (forced, where incomplete) apply of live Services. */
  public void resync(List<KubernetesObject> liveServices) {
    Map<String, ServiceView> live = new HashMap<>();
    liveServices.stream().map(ServiceView::new).forEach(s -> live.put(s.uid(), s));
    Map<String, Loadbalancer> loadbalancers = new HashMap<>();
    for (Loadbalancer lb : vnc.list(Loadbalancer.class)) {
      String uid = lb.uuid().orElse("");
      @Nullable ServiceView service = live.get(uid);
      if (!reconciler.owns(lb)) {
        continue;
      }
      if (service == null || service.skipReason().isPresent()) {
        logger.debug("resync: loadbalancer {} has no live Service, removing it", uid);
        String key = ServiceView.key(Annotations.value(lb, Annotations.NAMESPACE).orElse(""),
            Annotations.value(lb, Annotations.NAME).orElse(uid));
        dispatcher.submit(key, () -> reconciler.removeOrphan(uid));
      } else {
        loadbalancers.put(uid, lb);
      }
    }
    Set<String> listeners = uuids(LoadbalancerListener.class);
    Set<String> pools = uuids(LoadbalancerPool.class);
    reconciler.retainMembers(uuids(LoadbalancerMember.class));
    for (ServiceView service : live.values()) {
      @Nullable Loadbalancer lb = loadbalancers.get(service.uid());
      boolean complete = service.skipReason().isEmpty() && lb != null
          && !lb.virtualMachineInterfaceRefs().isEmpty()
          && service.ports().stream().allMatch(p ->
              listeners.contains(ServiceNames.listenerUuid(service.uid(), p))
                  && pools.contains(ServiceNames.poolUuid(service.uid(), p)));
      dispatcher.submit(service.key(), () -> reconciler.apply(service, !complete));
    }
    for (String vmi : tags.stale()) {
      logger.debug("resync: VMI {} carries a service tag of no membership", vmi);
      dispatcher.submit("ServiceTag/" + vmi, () -> tags.converge(vmi));
    }
  }

  private <T extends VncResource> Set<String> uuids(Class<T> type) {
    return vnc.list(type).stream().flatMap(o -> o.uuid().stream())
        .collect(Collectors.toSet());
  }
}

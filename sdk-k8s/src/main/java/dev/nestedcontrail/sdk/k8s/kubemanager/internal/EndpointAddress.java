package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One address of an Endpoints object: its IP and, when its {@code targetRef} is a Pod, the pod
 * UID. An address without a pod is a host-network endpoint (such as the kube-apiserver's).
 */
@Value.Immutable
public abstract class EndpointAddress {
  public static EndpointAddress of(String ip, Optional<String> podUid) {
    return ImmutableEndpointAddress.builder().ip(ip).podUid(podUid).build();
  }

  public abstract String ip();

  public abstract Optional<String> podUid();
}

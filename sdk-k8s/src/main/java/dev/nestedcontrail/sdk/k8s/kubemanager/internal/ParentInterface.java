package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import org.immutables.value.Value;

/** A node VM's VMI, the parent of its pods' sub-interfaces, with its {@code host_id} binding. */
@Value.Immutable
public abstract class ParentInterface {
  public static ParentInterface of(String uuid, String hostId) {
    return ImmutableParentInterface.builder().uuid(uuid).hostId(hostId).build();
  }

  public abstract String uuid();

  public abstract String hostId();
}

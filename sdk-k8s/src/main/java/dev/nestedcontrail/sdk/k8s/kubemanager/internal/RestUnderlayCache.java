package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.List;
import java.util.Optional;

/** Reads through to the config API on every call, each call counted by {@link VncOps}. */
public final class RestUnderlayCache implements UnderlayCache {
  private final VncOps vnc;

  public RestUnderlayCache(VncOps vnc) {
    this.vnc = vnc;
  }

  @Override
  public void start() {
    // nothing to warm: every read is a REST call
  }

  @Override
  public <T extends VncResource> List<T> list(Class<T> type) {
    return vnc.list(type, ListQuery.builder().detail(true).build());
  }

  @Override
  public List<InstanceIp> instanceIps(String address) {
    return vnc.list(InstanceIp.class, ListQuery.builder().detail(true)
        .filter("instance_ip_address", address).build());
  }

  @Override
  public <T extends VncResource> Optional<T> find(Class<T> type, String uuid) {
    return vnc.find(type, uuid);
  }

  @Override
  public void close() {
    // owns nothing
  }
}

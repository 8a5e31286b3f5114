package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.List;
import java.util.Optional;

/**
 * Where kube-manager reads the config objects it does not own one by one: the underlay it looks
 * pods' parents up in (instance-ips, VMIs, virtual-routers, networks) and the VMs, VMIs and
 * security groups that the VLAN rebuild and the resync scan. {@link RestUnderlayCache} lists them
 * over REST on every call; {@link DbUnderlayCache} keeps them in memory, warmed from the config
 * DB and followed through config events, as the Python kube-manager does (contrail-internals §4).
 */
public interface UnderlayCache extends AutoCloseable {

  /** Fills the cache (a no-op for REST); kube-manager calls it once, before reading. */
  void start();

  /** Every object of {@code type}, with its properties and refs. */
  <T extends VncResource> List<T> list(Class<T> type);

  /** The instance-ips whose {@code instance_ip_address} is {@code address}. */
  List<InstanceIp> instanceIps(String address);

  /** The object of {@code type} with {@code uuid}; empty when there is none. */
  <T extends VncResource> Optional<T> find(Class<T> type, String uuid);

  @Override
  void close();
}

package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Loadbalancer;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerListener;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerListenerType;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerMember;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerMemberType;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerPool;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerPoolType;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerType;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a Service's loadbalancer objects as the Python kube-manager does (contrail-internals
 * §2.3, §2.5): the {@code native} loadbalancer (ACTIVE, ONLINE, VIP = clusterIP) annotated
 * {@code kind=Service}; its VMI ({@code K8S:LOADBALANCER}) on the service network; the
 * instance-ip holding the clusterIP; per port a listener and a pool named like it; members
 * annotated with {@code vmi} and {@code vm}, without an address.
 */
public final class ServiceGraph {
  private final KubeManagerConfig config;
  private final Names names;
  private final ServiceNames serviceNames;

  public ServiceGraph(KubeManagerConfig config) {
    this.config = config;
    this.names = new Names(config);
    this.serviceNames = new ServiceNames(config.clusterName());
  }

  /** The loadbalancer, without its VMI ref (added once the VMI exists). */
  public Loadbalancer loadbalancer(ServiceView service) {
    String name = ServiceNames.loadbalancer(service.name(), service.uid());
    return Loadbalancer.builder()
        .uuid(service.uid())
        .name(name)
        .fqName(Names.child(project(service), name))
        .parentType("project")
        .displayName(ServiceNames.display(service.namespace(), service.name()))
        .loadbalancerProvider("native")
        .loadbalancerProperties(LoadbalancerType.builder().provisioningStatus("ACTIVE")
            .operatingStatus("ONLINE").vipAddress(service.clusterIp().orElseThrow()).build())
        .annotations(Annotations.of(common(service)))
        .build();
  }

  public VirtualMachineInterface loadbalancerInterface(ServiceView service, List<String> network,
      List<String> securityGroup) {
    String name = serviceNames.loadbalancerInterface(service.name(), service.uid());
    return VirtualMachineInterface.builder()
        .uuid(ServiceNames.loadbalancerInterfaceUuid(service.uid()))
        .name(name)
        .fqName(Names.child(project(service), name))
        .parentType("project")
        .displayName(ServiceNames.display(service.namespace(), service.name()))
        .virtualMachineInterfaceDeviceOwner("K8S:LOADBALANCER")
        .addVirtualNetworkRefs(Reference.toFqName(network))
        .addSecurityGroupRefs(Reference.toFqName(securityGroup))
        .annotations(Annotations.of(common(service)))
        .build();
  }

  public InstanceIp loadbalancerInstanceIp(ServiceView service, List<String> network,
      Optional<String> subnetUuid) {
    String name = ServiceNames.loadbalancerInstanceIp(service.name(), service.uid());
    InstanceIp.Builder b = InstanceIp.builder()
        .uuid(ServiceNames.loadbalancerInstanceIpUuid(service.uid()))
        .name(name)
        .fqName(List.of(name))
        .displayName(service.name())
        .instanceIpAddress(service.clusterIp().orElseThrow())
        .addVirtualNetworkRefs(Reference.toFqName(network))
        .addVirtualMachineInterfaceRefs(
            Reference.toUuid(ServiceNames.loadbalancerInterfaceUuid(service.uid())))
        .annotations(Annotations.of(common(service)));
    subnetUuid.ifPresent(b::subnetUuid);
    return b.build();
  }

  /** The listener of a port, annotated with its {@code targetPort} and {@code portName}. */
  public LoadbalancerListener listener(ServiceView service, ServicePort port) {
    String name = ServiceNames.listener(service.name(), service.uid(), port);
    Map<String, String> annotations = new LinkedHashMap<>();
    port.targetPort().ifPresent(t -> annotations.put("targetPort", t));
    port.name().ifPresent(n -> annotations.put("portName", n));
    LoadbalancerListener.Builder b = LoadbalancerListener.builder()
        .uuid(ServiceNames.listenerUuid(service.uid(), port))
        .name(name)
        .fqName(Names.child(project(service), name))
        .parentType("project")
        .displayName(name)
        .addLoadbalancerRefs(Reference.toUuid(service.uid()))
        .loadbalancerListenerProperties(LoadbalancerListenerType.builder()
            .protocol(ServiceNames.protocol(port.protocol())).protocolPort((long) port.port())
            .build());
    if (!annotations.isEmpty()) {
      b.annotations(Annotations.of(annotations));
    }
    return b.build();
  }

  /** The pool of a port's listener, named like it. */
  public LoadbalancerPool pool(ServiceView service, ServicePort port) {
    List<String> fqName = poolFqName(service, port);
    return LoadbalancerPool.builder()
        .uuid(ServiceNames.poolUuid(service.uid(), port))
        .name(ClusterGraph.last(fqName))
        .fqName(fqName)
        .parentType("project")
        .addLoadbalancerListenerRefs(Reference.toUuid(ServiceNames.listenerUuid(service.uid(), port)))
        .loadbalancerPoolProperties(LoadbalancerPoolType.builder()
            .protocol(ServiceNames.protocol(port.protocol())).build())
        .build();
  }

  /** A member of the pool {@code poolFqName} for a VMI, sending to {@code protocolPort}. */
  public static LoadbalancerMember member(List<String> poolFqName, String poolUuid,
      MemberTarget target, int protocolPort) {
    String uuid = ServiceNames.memberUuid(poolUuid, target.vmi(), protocolPort);
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("vmi", target.vmi());
    annotations.put("vm", target.vm());
    return LoadbalancerMember.builder()
        .uuid(uuid)
        .name(uuid)
        .fqName(Names.child(poolFqName, uuid))
        .parentType("loadbalancer-pool")
        .loadbalancerMemberProperties(LoadbalancerMemberType.builder()
            .protocolPort((long) protocolPort).build())
        .annotations(Annotations.of(annotations))
        .build();
  }

  /** The pool's fq_name, without reading it. */
  public List<String> poolFqName(ServiceView service, ServicePort port) {
    return Names.child(project(service), ServiceNames.listener(service.name(), service.uid(), port));
  }

  private List<String> project(ServiceView service) {
    return names.project(service.namespace());
  }

  private Map<String, String> common(ServiceView service) {
    return Annotations.common(config.clusterOwner(), config.clusterName(),
        project(service).get(1), service.namespace(), service.name(), "Service");
  }
}

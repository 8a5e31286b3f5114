package dev.nestedcontrail.sdk.testkit.internal.lab;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import java.util.List;

/**
 * The fixed OpenStack-like underlay of the embedded lab: one controller (config, analytics,
 * message queue, config DB) at 192.168.1.100, Keystone at 192.168.1.200, three computes, and the
 * Kubernetes VMs (one master, two minions) on {@code default-domain:admin:k8s-vm-net}
 * (10.0.0.0/24), one per compute.
 */
public final class LabUnderlay {
  public static final String DOMAIN = "default-domain";
  public static final String PROJECT = "admin";
  public static final String NETWORK = "k8s-vm-net";
  public static final String NETWORK_FQ_NAME = DOMAIN + ":" + PROJECT + ":" + NETWORK;
  public static final String PROJECT_UUID = "a0000000-0000-4000-8000-000000000001";
  public static final String NETWORK_UUID = "a0000000-0000-4000-8000-000000000002";
  public static final String SUBNET = "10.0.0.0";
  public static final int SUBNET_LENGTH = 24;
  public static final String GATEWAY = "10.0.0.1";
  public static final String DNS_SERVER = "10.0.0.2";
  public static final String CONTROLLER_IP = "192.168.1.100";
  public static final String KEYSTONE_IP = "192.168.1.200";
  public static final List<LabCompute> COMPUTES = List.of(new LabCompute("compute-1", "192.168.1.30"),
      new LabCompute("compute-2", "192.168.1.40"), new LabCompute("compute-3", "192.168.1.50"));
  public static final List<LabVm> VMS = List.of(
      vm("k8s-master", 1, "10.0.0.3", 0, true),
      vm("k8s-minion-1", 2, "10.0.0.4", 1, false),
      vm("k8s-minion-2", 3, "10.0.0.5", 2, false));

  private LabUnderlay() {}

  /** The topology file of this underlay: Option 1 (Fabric SNAT), service IPs from 10.10.10.0/24. */
  public static UnderlayTopology topology() {
    UnderlayTopology.Builder b = UnderlayTopology.builder()
        .serviceIpPool(Ipv4Cidr.of("10.10.10.0/24"))
        .nodeNetwork(NETWORK_FQ_NAME)
        .addConfig(ip(CONTROLLER_IP)).addAnalytics(ip(CONTROLLER_IP)).addMsgQueue(ip(CONTROLLER_IP))
        .addConfigDb(ip(CONTROLLER_IP)).addKeystone(ip(KEYSTONE_IP))
        .ipFabricSubnet(Ipv4Cidr.of("192.168.1.0/24"))
        .podSubnet(Ipv4Cidr.of("10.32.0.0/12"))
        .serviceSubnet(Ipv4Cidr.of("10.96.0.0/12"));
    COMPUTES.forEach(c -> b.addVrouters(ip(c.ip())));
    return b.build();
  }

  private static Ipv4Address ip(String text) {
    return Ipv4Address.of(text);
  }

  private static LabVm vm(String name, int n, String ip, int compute, boolean master) {
    return new LabVm(name, uuid(1, n), uuid(2, n), String.format("02:00:00:00:00:%02x", n), ip,
        uuid(3, n), COMPUTES.get(compute), master);
  }

  private static String uuid(int kind, int n) {
    return String.format("b%07d-0000-4000-8000-%012d", kind, n);
  }
}

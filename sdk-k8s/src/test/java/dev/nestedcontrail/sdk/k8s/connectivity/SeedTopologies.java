package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import java.util.Arrays;
import java.util.List;

/** The seed's example clusters, as topology files and values; shared by the tests of step 2. */
public final class SeedTopologies {

  /** The seed's Option 2 cluster with the given vrouter addresses (the seed has .300/.400/.500). */
  public static String option2Yaml(String... vrouters) {
    return "connectivity: link-local-only\n"
        + "serviceIpPool: 10.10.10.0/24\n"
        + "config:    [192.168.1.100]\n"
        + "analytics: [192.168.1.100, 192.168.1.101]\n"
        + "msgQueue:  [192.168.1.100]\n"
        + "configDb:  [192.168.1.100, 192.168.1.101, 192.168.1.102]\n"
        + "keystone:  [192.168.1.200]\n"
        + "vrouters:  [" + String.join(", ", vrouters) + "]\n";
  }

  /** The seed's Option 2 cluster with the vrouters at .30/.40/.50. */
  public static UnderlayTopology option2() {
    return UnderlayTopology.parse(option2Yaml("192.168.1.30", "192.168.1.40", "192.168.1.50"));
  }

  /** The seed's Option 1 example: the user chose 10.10.10.5. */
  public static UnderlayTopology option1() {
    return UnderlayTopology.builder()
        .connectivity(Connectivity.FABRIC_SNAT)
        .addServiceIps(ip("10.10.10.5"))
        .nodeNetwork("default-domain:admin:k8s-vm-net")
        .addConfig(ip("192.168.1.100"))
        .addAnalytics(ips("192.168.1.100", "192.168.1.101"))
        .addMsgQueue(ip("192.168.1.100"))
        .addConfigDb(ips("192.168.1.100", "192.168.1.101", "192.168.1.102"))
        .addKeystone(ip("192.168.1.200"))
        .addVrouters(ips("192.168.1.30", "192.168.1.40", "192.168.1.50"))
        .build();
  }

  /** The seed's Option 2 table (vrouters at .30/.40/.50), one {@code name|ip|port|ip|port} per row. */
  static final List<String> OPTION2_ROWS = List.of(
      "Contrail Config|10.10.10.1|8082|192.168.1.100|8082",
      "Contrail Analytics 1|10.10.10.1|8086|192.168.1.100|8086",
      "Contrail Analytics 2|10.10.10.2|8086|192.168.1.101|8086",
      "Contrail Msg Queue|10.10.10.1|5673|192.168.1.100|5673",
      "Contrail VNC DB 1|10.10.10.1|9161|192.168.1.100|9161",
      "Contrail VNC DB 2|10.10.10.2|9161|192.168.1.101|9161",
      "Contrail VNC DB 3|10.10.10.3|9161|192.168.1.102|9161",
      "Keystone|10.10.10.4|35357|192.168.1.200|35357",
      "VRouter-192.168.1.30|10.10.10.5|9091|127.0.0.1|9091",
      "VRouter-192.168.1.40|10.10.10.6|9091|127.0.0.1|9091",
      "VRouter-192.168.1.50|10.10.10.7|9091|127.0.0.1|9091");

  static String row(LinkLocalServiceEntry e) {
    return e.name() + "|" + e.serviceIp() + "|" + e.servicePort() + "|"
        + e.fabricIp().orElseThrow() + "|" + e.fabricPort();
  }

  static Ipv4Address ip(String text) {
    return Ipv4Address.of(text);
  }

  static Ipv4Address[] ips(String... texts) {
    return Arrays.stream(texts).map(Ipv4Address::of).toArray(Ipv4Address[]::new);
  }

  private SeedTopologies() {}
}

package dev.nestedcontrail.sdk.k8s.connectivity;

import static dev.nestedcontrail.sdk.k8s.connectivity.SeedTopologies.ip;
import static dev.nestedcontrail.sdk.k8s.connectivity.SeedTopologies.ips;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinkLocalPlannerTest {

  private static List<String> rows(ConnectivityPlan plan) {
    return plan.entries().stream().map(SeedTopologies::row).collect(Collectors.toList());
  }

  private static List<String> endpoints(ConnectivityPlan plan, ServiceRole role) {
    return plan.endpoints().get(role).stream().map(ServiceEndpoint::toString)
        .collect(Collectors.toList());
  }

  @Test
  void plan_seedOption2_equalsTheSeedTableRowForRow() {
    ConnectivityPlan plan = LinkLocalPlanner.plan(SeedTopologies.option2());

    assertThat(plan.connectivity()).isEqualTo(Connectivity.LINK_LOCAL_ONLY);
    assertThat(rows(plan)).containsExactlyElementsOf(SeedTopologies.OPTION2_ROWS);
    assertThat(plan.fabricSnatNetwork()).isEmpty();
    assertThat(plan.vrouterVip()).isEqualTo(ip("10.10.10.5"));
  }

  @Test
  void plan_seedOption2_givesServiceIpEndpointsPerRoleInListedOrder() {
    ConnectivityPlan plan = LinkLocalPlanner.plan(SeedTopologies.option2());

    assertThat(plan.endpoints().keySet()).containsExactly(ServiceRole.values());
    assertThat(endpoints(plan, ServiceRole.CONFIG)).containsExactly("10.10.10.1:8082");
    assertThat(endpoints(plan, ServiceRole.ANALYTICS))
        .containsExactly("10.10.10.1:8086", "10.10.10.2:8086");
    assertThat(endpoints(plan, ServiceRole.MSG_QUEUE)).containsExactly("10.10.10.1:5673");
    assertThat(endpoints(plan, ServiceRole.CONFIG_DB))
        .containsExactly("10.10.10.1:9161", "10.10.10.2:9161", "10.10.10.3:9161");
    assertThat(endpoints(plan, ServiceRole.KEYSTONE)).containsExactly("10.10.10.4:35357");
    assertThat(endpoints(plan, ServiceRole.VROUTER))
        .containsExactly("10.10.10.5:9091", "10.10.10.6:9091", "10.10.10.7:9091");
  }

  @Test
  void plan_seedOption1_isTheSingleCniToAgentEntryPlusFabricSnat() {
    ConnectivityPlan plan = LinkLocalPlanner.plan(SeedTopologies.option1());

    assertThat(plan.connectivity()).isEqualTo(Connectivity.FABRIC_SNAT);
    assertThat(plan.entries()).containsExactly(LinkLocalServiceEntry.of("K8s-cni-to-agent",
        ip("10.10.10.5"), 9091, ip("127.0.0.1"), 9091));
    assertThat(plan.fabricSnatNetwork()).contains("default-domain:admin:k8s-vm-net");
    assertThat(plan.vrouterVip()).isEqualTo(ip("10.10.10.5"));
  }

  @Test
  void plan_option1_givesUnderlayEndpointsAndTheVipForTheAgent() {
    ConnectivityPlan plan = LinkLocalPlanner.plan(SeedTopologies.option1());

    assertThat(endpoints(plan, ServiceRole.CONFIG)).containsExactly("192.168.1.100:8082");
    assertThat(endpoints(plan, ServiceRole.CONFIG_DB)).containsExactly(
        "192.168.1.100:9161", "192.168.1.101:9161", "192.168.1.102:9161");
    assertThat(endpoints(plan, ServiceRole.KEYSTONE)).containsExactly("192.168.1.200:35357");
    assertThat(endpoints(plan, ServiceRole.VROUTER)).containsExactly("10.10.10.5:9091");
  }

  @Test
  void plan_option1WithPoolAndOnlyVrouters_takesFirstFreePoolIpAndLeavesOtherRolesEmpty() {
    UnderlayTopology topology = UnderlayTopology.builder()
        .serviceIpPool(Ipv4Cidr.of("192.168.1.0/24"))
        .addExcludeIp(ip("192.168.1.1"))
        .nodeNetwork("default-domain:admin:k8s-vm-net")
        .addVrouters(ips("192.168.1.2", "192.168.1.9"))
        .build();

    ConnectivityPlan plan = LinkLocalPlanner.plan(topology);

    assertThat(rows(plan)).containsExactly("K8s-cni-to-agent|192.168.1.3|9091|127.0.0.1|9091");
    assertThat(endpoints(plan, ServiceRole.CONFIG)).isEmpty();
  }

  @Test
  void plan_option2_skipsNetworkExcludedAndUnderlayIpsInThePool() {
    UnderlayTopology topology = UnderlayTopology.builder()
        .connectivity(Connectivity.LINK_LOCAL_ONLY)
        .serviceIpPool(Ipv4Cidr.of("10.0.0.0/28"))
        .addExcludeIps(ips("10.0.0.1", "10.0.0.3"))
        .addConfig(ip("10.0.0.2"))
        .addAnalytics(ip("10.0.0.4"))
        .addMsgQueue(ip("10.0.0.2"))
        .addConfigDb(ip("10.0.0.2"))
        .addKeystone(ip("10.0.0.4"))
        .addVrouters(ips("172.16.0.1", "10.0.0.6"))
        .build();

    ConnectivityPlan plan = LinkLocalPlanner.plan(topology);

    // Nodes in order .2, .4, 172.16.0.1, .6; free pool IPs: .5, .7, .8, .9 (.1/.3 excluded,
    // .2/.4/.6 are underlay nodes, .0 is the network address).
    assertThat(rows(plan)).containsExactly(
        "Contrail Config|10.0.0.5|8082|10.0.0.2|8082",
        "Contrail Analytics|10.0.0.7|8086|10.0.0.4|8086",
        "Contrail Msg Queue|10.0.0.5|5673|10.0.0.2|5673",
        "Contrail VNC DB|10.0.0.5|9161|10.0.0.2|9161",
        "Keystone|10.0.0.7|35357|10.0.0.4|35357",
        "VRouter-172.16.0.1|10.0.0.8|9091|127.0.0.1|9091",
        "VRouter-10.0.0.6|10.0.0.9|9091|127.0.0.1|9091");
  }

  @Test
  void plan_option2_allocatesByFirstAppearanceNotByAddressOrder() {
    UnderlayTopology topology = UnderlayTopology.builder()
        .connectivity(Connectivity.LINK_LOCAL_ONLY)
        .serviceIpPool(Ipv4Cidr.of("10.10.10.0/24"))
        .addConfig(ip("192.168.1.200"))
        .addAnalytics(ips("192.168.1.150", "192.168.1.5"))
        .addMsgQueue(ip("192.168.1.200"))
        .addConfigDb(ip("192.168.1.5"))
        .addKeystone(ip("192.168.1.99"))
        .addVrouters(ips("192.168.1.50", "192.168.1.2"))
        .build();

    ConnectivityPlan plan = LinkLocalPlanner.plan(topology);

    assertThat(rows(plan)).containsExactly(
        "Contrail Config|10.10.10.1|8082|192.168.1.200|8082",
        "Contrail Analytics 1|10.10.10.2|8086|192.168.1.150|8086",
        "Contrail Analytics 2|10.10.10.3|8086|192.168.1.5|8086",
        "Contrail Msg Queue|10.10.10.1|5673|192.168.1.200|5673",
        "Contrail VNC DB|10.10.10.3|9161|192.168.1.5|9161",
        "Keystone|10.10.10.4|35357|192.168.1.99|35357",
        "VRouter-192.168.1.50|10.10.10.5|9091|127.0.0.1|9091",
        "VRouter-192.168.1.2|10.10.10.6|9091|127.0.0.1|9091");
    assertThat(plan.vrouterVip()).isEqualTo(ip("10.10.10.5"));
  }

  @Test
  void plan_option2_nodeHostingEveryRoleGetsOneServiceIpForAllEntries() {
    Ipv4Address node = ip("192.168.1.10");
    UnderlayTopology topology = UnderlayTopology.builder()
        .connectivity(Connectivity.LINK_LOCAL_ONLY)
        .addServiceIps(ips("10.10.10.5", "10.10.10.6"))
        .addConfig(node).addAnalytics(node).addMsgQueue(node).addConfigDb(node)
        .addKeystone(node).addVrouter(node)
        .build();

    ConnectivityPlan plan = LinkLocalPlanner.plan(topology);

    assertThat(rows(plan)).containsExactly(
        "Contrail Config|10.10.10.5|8082|192.168.1.10|8082",
        "Contrail Analytics|10.10.10.5|8086|192.168.1.10|8086",
        "Contrail Msg Queue|10.10.10.5|5673|192.168.1.10|5673",
        "Contrail VNC DB|10.10.10.5|9161|192.168.1.10|9161",
        "Keystone|10.10.10.5|35357|192.168.1.10|35357",
        "VRouter-192.168.1.10|10.10.10.5|9091|127.0.0.1|9091");
    assertThat(plan.vrouterVip()).isEqualTo(ip("10.10.10.5"));
  }

  @Test
  void plan_withPortOverrides_usesThemOnBothSides() {
    UnderlayTopology topology = UnderlayTopology.builder()
        .from(SeedTopologies.option2())
        .putPort(ServiceRole.CONFIG, 18082)
        .putPort(ServiceRole.VROUTER, 19091)
        .build();

    ConnectivityPlan plan = LinkLocalPlanner.plan(topology);

    assertThat(rows(plan)).contains("Contrail Config|10.10.10.1|18082|192.168.1.100|18082",
        "VRouter-192.168.1.30|10.10.10.5|19091|127.0.0.1|19091");
    assertThat(endpoints(plan, ServiceRole.CONFIG)).containsExactly("10.10.10.1:18082");
  }

  @Test
  void plan_isAPureFunction_equalInputsGiveEqualPlans() {
    assertThat(LinkLocalPlanner.plan(SeedTopologies.option2()))
        .isEqualTo(LinkLocalPlanner.plan(SeedTopologies.option2()));
  }
}

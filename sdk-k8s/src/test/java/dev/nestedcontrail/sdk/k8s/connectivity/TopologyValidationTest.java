package dev.nestedcontrail.sdk.k8s.connectivity;

import static dev.nestedcontrail.sdk.k8s.connectivity.SeedTopologies.ip;
import static dev.nestedcontrail.sdk.k8s.connectivity.SeedTopologies.ips;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopologyValidationTest {

  /** The seed's Option 2 topology, to be changed by each test. */
  private static UnderlayTopology.Builder seed() {
    return UnderlayTopology.builder().from(SeedTopologies.option2());
  }

  private static List<String> problems(UnderlayTopology.Builder builder) {
    return catchThrowableOfType(ValidationException.class, builder::build).problems();
  }

  private static List<String> problems(String yaml) {
    return catchThrowableOfType(ValidationException.class, () -> UnderlayTopology.parse(yaml))
        .problems();
  }

  @Test
  void parse_seedExampleWithInvalidVrouterAddresses_namesAllThree() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> UnderlayTopology.parse(
            SeedTopologies.option2Yaml("192.168.1.300", "192.168.1.400", "192.168.1.500")));

    assertThat(e.problems()).containsExactly(
        "vrouters[0]: 192.168.1.300 is not an IPv4 address",
        "vrouters[1]: 192.168.1.400 is not an IPv4 address",
        "vrouters[2]: 192.168.1.500 is not an IPv4 address");
    assertThat(e).hasMessageContaining("3 problems");
  }

  @Test
  void build_poolTooSmall_reportsExhaustion() {
    assertThat(problems(seed().serviceIpPool(Ipv4Cidr.of("10.10.10.0/29"))))
        .containsExactly("serviceIpPool: 10.10.10.0/29 is exhausted: 6 free addresses after"
            + " skipping network, broadcast, excluded and underlay IPs, 7 needed"
            + " (link-local-only needs one per underlay node)");
  }

  @Test
  void build_poolTooSmallAndAPortOutOfRange_reportsBoth() {
    assertThat(problems(seed().serviceIpPool(Ipv4Cidr.of("10.10.10.0/30"))
        .putPort(ServiceRole.CONFIG, 0)))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("ports.config: 0 is not a port number"))
        .anySatisfy(p -> assertThat(p).startsWith("serviceIpPool: 10.10.10.0/30 is exhausted"));
  }

  @Test
  void build_poolExhaustedOnlyBecauseOfExcludedAndUnderlayIps_reportsExhaustion() {
    UnderlayTopology.Builder builder = UnderlayTopology.builder()
        .serviceIpPool(Ipv4Cidr.of("192.168.1.0/30"))
        .addExcludeIp(ip("192.168.1.1"))
        .nodeNetwork("default-domain:admin:k8s-vm-net")
        .addVrouter(ip("192.168.1.2"));

    assertThat(problems(builder)).singleElement().asString()
        .startsWith("serviceIpPool: 192.168.1.0/30 is exhausted: 0 free addresses")
        .endsWith("1 needed (fabric-snat needs one)");
  }

  @Test
  void build_tooFewServiceIps_reportsExhaustion() {
    assertThat(problems(seed().serviceIpPool(Optional.empty())
        .addServiceIps(ips("10.10.10.1", "10.10.10.2"))))
        .containsExactly("serviceIps: 2 given, 7 needed"
            + " (link-local-only needs one per underlay node)");
  }

  @Test
  void build_serviceIpEqualToUnderlayOrExcluded_reportsEach() {
    UnderlayTopology.Builder builder = seed().serviceIpPool(Optional.empty())
        .addServiceIps(ips("10.10.10.1", "192.168.1.101", "10.10.10.9"))
        .addExcludeIp(ip("10.10.10.9"));

    assertThat(problems(builder)).containsExactly(
        "serviceIps[1]: 192.168.1.101 is an underlay node IP (a service IP must be unused)",
        "serviceIps[2]: 10.10.10.9 is listed in excludeIps");
  }

  @Test
  void build_duplicateHandGivenServiceIps_reportsTheRepeat() {
    UnderlayTopology.Builder builder = UnderlayTopology.builder().from(SeedTopologies.option1())
        .addServiceIp(ip("10.10.10.5"));

    assertThat(problems(builder)).containsExactly("serviceIps[1]: 10.10.10.5 is listed twice");
  }

  @Test
  void build_duplicateNodeInARole_reportsTheRepeat() {
    assertThat(problems(seed().addAnalytics(ip("192.168.1.100"))))
        .containsExactly("analytics[2]: 192.168.1.100 is listed twice");
  }

  @Test
  void build_portOutOfRange_namesThePortKey() {
    assertThat(problems(seed().putPort(ServiceRole.ANALYTICS, 70000).putPort(ServiceRole.VROUTER, 0)))
        .containsExactly("ports.analytics: 70000 is not a port number (1-65535)",
            "ports.vrouter: 0 is not a port number (1-65535)");
  }

  @Test
  void build_twoRolesOnOnePortInLinkLocalOnly_reportsTheClash() {
    assertThat(problems(seed().putPort(ServiceRole.KEYSTONE, 8082))).containsExactly(
        "ports.keystone: 8082 is also the port of config"
            + " (two link-local entries would share a service IP and port)");
  }

  @Test
  void build_noVrouters_isAnErrorInBothOptions() {
    UnderlayTopology.Builder option1 = UnderlayTopology.builder()
        .addServiceIp(ip("10.10.10.5")).nodeNetwork("default-domain:admin:k8s-vm-net");

    assertThat(problems(option1))
        .containsExactly("vrouters: empty (at least one vrouter node is always needed)");
  }

  @Test
  void build_linkLocalOnlyWithEmptyRoles_namesEveryEmptyRole() {
    UnderlayTopology.Builder builder = UnderlayTopology.builder()
        .connectivity(Connectivity.LINK_LOCAL_ONLY)
        .serviceIpPool(Ipv4Cidr.of("10.10.10.0/24"));

    assertThat(problems(builder)).containsExactly(
        "config: empty (link-local-only needs at least one node for every role)",
        "analytics: empty (link-local-only needs at least one node for every role)",
        "msgQueue: empty (link-local-only needs at least one node for every role)",
        "configDb: empty (link-local-only needs at least one node for every role)",
        "keystone: empty (link-local-only needs at least one node for every role)",
        "vrouters: empty (at least one vrouter node is always needed)");
  }

  @Test
  void build_poolOverlappingPodServiceAndIpFabricSubnets_namesEachSubnet() {
    UnderlayTopology.Builder builder = seed()
        .serviceIpPool(Ipv4Cidr.of("10.0.0.0/8"))
        .podSubnet(Ipv4Cidr.of("10.32.0.0/12"))
        .serviceSubnet(Ipv4Cidr.of("10.96.0.0/12"))
        .ipFabricSubnet(Ipv4Cidr.of("10.10.0.0/16"));

    assertThat(problems(builder)).containsExactly(
        "serviceIpPool: 10.0.0.0/8 overlaps podSubnet 10.32.0.0/12",
        "serviceIpPool: 10.0.0.0/8 overlaps serviceSubnet 10.96.0.0/12",
        "serviceIpPool: 10.0.0.0/8 overlaps ipFabricSubnet 10.10.0.0/16");
  }

  @Test
  void build_poolBesideTheSubnets_isValid() {
    UnderlayTopology topology = seed()
        .podSubnet(Ipv4Cidr.of("10.32.0.0/12"))
        .serviceSubnet(Ipv4Cidr.of("10.96.0.0/12"))
        .ipFabricSubnet(Ipv4Cidr.of("192.168.1.0/24"))
        .build();

    assertThat(topology.serviceIpPool()).contains(Ipv4Cidr.of("10.10.10.0/24"));
  }

  @Test
  void build_handGivenServiceIpInsideASubnet_isReported() {
    UnderlayTopology.Builder builder = UnderlayTopology.builder().from(SeedTopologies.option1())
        .serviceSubnet(Ipv4Cidr.of("10.10.0.0/16"));

    assertThat(problems(builder))
        .containsExactly("serviceIps[0]: 10.10.10.5 is inside serviceSubnet 10.10.0.0/16");
  }

  @Test
  void parse_unknownConnectivity_namesTheValueAndTheChoices() {
    assertThat(problems(SeedTopologies.option2Yaml("192.168.1.30")
        .replace("link-local-only", "link-local")))
        .containsExactly("connectivity: link-local is not one of fabric-snat, link-local-only");
  }

  @Test
  void build_fabricSnatWithoutOrWithMalformedNodeNetwork_isReported() {
    UnderlayTopology.Builder missing = UnderlayTopology.builder()
        .addServiceIp(ip("10.10.10.5")).addVrouter(ip("192.168.1.30"));
    UnderlayTopology.Builder malformed = UnderlayTopology.builder().from(SeedTopologies.option1())
        .nodeNetwork("k8s-vm-net");

    assertThat(problems(missing)).singleElement().asString().startsWith("nodeNetwork: missing");
    assertThat(problems(malformed)).singleElement().asString()
        .startsWith("nodeNetwork: k8s-vm-net is not a fully qualified network name");
  }

  @Test
  void build_bothOrNeitherServiceIpSource_isReported() {
    assertThat(problems(seed().addServiceIp(ip("10.20.0.1")))).containsExactly(
        "serviceIps: given together with serviceIpPool 10.10.10.0/24 (give one of them)");
    assertThat(problems(seed().serviceIpPool(Optional.empty())))
        .containsExactly("serviceIpPool: missing (give serviceIpPool or serviceIps)");
  }

  @Test
  void parse_manyProblemsAtOnce_reportsEveryOneInOneException() {
    String yaml = "connectivity: link-local-only\n"
        + "serviceIpPool: 10.0.0.0/8\n"
        + "podSubnet: 10.32.0.0/12\n"
        + "config: [192.168.1.100]\n"
        + "analytics: [192.168.1.256]\n"
        + "msgQueue: [192.168.1.100]\n"
        + "configDb: [192.168.1.100]\n"
        + "keystone: []\n"
        + "vrouters: [192.168.1.30]\n"
        + "ports: {config: 65536}\n"
        + "colour: blue\n";

    assertThat(problems(yaml)).containsExactlyInAnyOrder(
        "analytics[0]: 192.168.1.256 is not an IPv4 address",
        "ports.config: 65536 is not a port number (1-65535)",
        "colour: unknown key (expected one of connectivity, serviceIpPool, serviceIps,"
            + " excludeIps, nodeNetwork, config, analytics, msgQueue, configDb, keystone,"
            + " vrouters, ports, podSubnet, serviceSubnet, ipFabricSubnet)",
        "keystone: empty (link-local-only needs at least one node for every role)",
        "serviceIpPool: 10.0.0.0/8 overlaps podSubnet 10.32.0.0/12");
  }
}

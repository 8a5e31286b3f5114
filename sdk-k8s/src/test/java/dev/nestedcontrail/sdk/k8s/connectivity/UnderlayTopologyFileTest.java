package dev.nestedcontrail.sdk.k8s.connectivity;

import static dev.nestedcontrail.sdk.k8s.connectivity.SeedTopologies.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnderlayTopologyFileTest {

  /** The example of the issue, verbatim. */
  private static final String ISSUE_EXAMPLE = String.join("\n",
      "connectivity: link-local-only          # or: fabric-snat",
      "serviceIpPool: 10.10.10.0/24           # or: serviceIps: [10.10.10.5, 10.10.10.6]",
      "excludeIps: [10.10.10.9]               # optional",
      "nodeNetwork: default-domain:admin:k8s-vm-net   # VN of the k8s VMs",
      "config:    [192.168.1.100]",
      "analytics: [192.168.1.100, 192.168.1.101]",
      "msgQueue:  [192.168.1.100]",
      "configDb:  [192.168.1.100, 192.168.1.101, 192.168.1.102]",
      "keystone:  [192.168.1.200]",
      "vrouters:  [192.168.1.30, 192.168.1.40, 192.168.1.50]",
      "ports: { config: 8082, analytics: 8086, msgQueue: 5673, configDb: 9161, keystone: 35357,"
          + " vrouter: 9091 }  # optional overrides",
      "");

  private static final String JSON_EXAMPLE = "{\"connectivity\": \"link-local-only\","
      + " \"serviceIpPool\": \"10.10.10.0/24\", \"excludeIps\": [\"10.10.10.9\"],"
      + " \"nodeNetwork\": \"default-domain:admin:k8s-vm-net\","
      + " \"config\": [\"192.168.1.100\"],"
      + " \"analytics\": [\"192.168.1.100\", \"192.168.1.101\"],"
      + " \"msgQueue\": [\"192.168.1.100\"],"
      + " \"configDb\": [\"192.168.1.100\", \"192.168.1.101\", \"192.168.1.102\"],"
      + " \"keystone\": [\"192.168.1.200\"],"
      + " \"vrouters\": [\"192.168.1.30\", \"192.168.1.40\", \"192.168.1.50\"],"
      + " \"ports\": {\"config\": 8082, \"analytics\": 8086, \"msgQueue\": 5673,"
      + " \"configDb\": 9161, \"keystone\": 35357, \"vrouter\": 9091}}";

  private static List<String> problems(String text) {
    return catchThrowableOfType(ValidationException.class, () -> UnderlayTopology.parse(text))
        .problems();
  }

  @Test
  void parse_issueExample_readsEveryKey() {
    UnderlayTopology topology = UnderlayTopology.parse(ISSUE_EXAMPLE);

    assertThat(topology.connectivity()).isEqualTo(Connectivity.LINK_LOCAL_ONLY);
    assertThat(topology.serviceIpPool()).contains(Ipv4Cidr.of("10.10.10.0/24"));
    assertThat(topology.excludeIps()).containsExactly(ip("10.10.10.9"));
    assertThat(topology.nodeNetwork()).contains("default-domain:admin:k8s-vm-net");
    assertThat(topology.configDb()).containsExactly(SeedTopologies.ips(
        "192.168.1.100", "192.168.1.101", "192.168.1.102"));
    assertThat(topology.vrouters()).hasSize(3);
    assertThat(topology.port(ServiceRole.KEYSTONE)).isEqualTo(35357);
    assertThat(topology.ports()).hasSize(6);
  }

  @Test
  void parse_json_givesTheSameTopologyAsYaml() {
    assertThat(UnderlayTopology.parse(JSON_EXAMPLE))
        .isEqualTo(UnderlayTopology.parse(ISSUE_EXAMPLE));
  }

  @Test
  void parse_withoutConnectivity_defaultsToFabricSnat() {
    UnderlayTopology topology = UnderlayTopology.parse("serviceIps: [10.10.10.5]\n"
        + "nodeNetwork: default-domain:admin:k8s-vm-net\nvrouters: [192.168.1.30]\n");

    assertThat(topology.connectivity()).isEqualTo(Connectivity.FABRIC_SNAT);
    assertThat(topology.port(ServiceRole.VROUTER)).isEqualTo(9091);
  }

  @Test
  void load_readsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("topology.yaml");
    Files.writeString(file, ISSUE_EXAMPLE);

    assertThat(UnderlayTopology.load(file)).isEqualTo(UnderlayTopology.parse(ISSUE_EXAMPLE));
  }

  @Test
  void load_missingFile_failsWithAClientException(@TempDir Path dir) {
    Path file = dir.resolve("absent.yaml");

    assertThatThrownBy(() -> UnderlayTopology.load(file))
        .isInstanceOf(ContrailClientException.class)
        .isNotInstanceOf(ValidationException.class)
        .hasMessageContaining("cannot read topology file " + file);
  }

  @Test
  void load_invalidFile_namesTheFileInTheMessage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "vrouters: [1.2.3]\n");

    assertThatThrownBy(() -> UnderlayTopology.load(file))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("vrouters[0]: 1.2.3 is not an IPv4 address");
  }

  @Test
  void parse_unknownKeys_areErrorsNamingTheKey() {
    assertThat(problems(ISSUE_EXAMPLE + "vrouter: [192.168.1.60]\nports2: {}\n"))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("vrouter: unknown key (expected one of"))
        .anySatisfy(p -> assertThat(p).startsWith("ports2: unknown key"));
  }

  @Test
  void parse_wrongTypes_areErrorsNamingTheKey() {
    String yaml = "connectivity: 5\n"
        + "serviceIpPool: [10.10.10.0/24]\n"
        + "nodeNetwork: {a: b}\n"
        + "config: 192.168.1.100\n"
        + "analytics: [192.168.1.100, 7]\n"
        + "vrouters: [192.168.1.30]\n"
        + "excludeIps:\n"
        + "ports: {config: \"8082\", router: 1, keystone: 99999999999}\n";

    assertThat(problems(yaml)).containsExactly(
        "connectivity: expected a string, got the number 5",
        "serviceIpPool: expected a string, got a list",
        "nodeNetwork: expected a string, got a map",
        "config: expected a list of IPv4 addresses, got the string \"192.168.1.100\"",
        "analytics[1]: expected an IPv4 address string, got the number 7",
        "excludeIps: expected a list of IPv4 addresses, got no value",
        "ports.config: expected an integer port, got the string \"8082\"",
        "ports.router: unknown role (expected one of config, analytics, msgQueue, configDb,"
            + " keystone, vrouter)",
        "ports.keystone: 99999999999 is not a port number (1-65535)");
  }

  @Test
  void parse_malformedCidr_namesTheKeyAndSuggestsTheNetwork() {
    assertThat(problems(SeedTopologies.option2Yaml("192.168.1.30")
        .replace("10.10.10.0/24", "10.10.10.5/24")))
        .containsExactly("serviceIpPool: 10.10.10.5/24 is not an IPv4 network: host bits are set"
            + " (did you mean 10.10.10.0/24?)");
  }

  @Test
  void parse_notYaml_orNotAMap_orDuplicateKey_isAValidationError() {
    assertThatThrownBy(() -> UnderlayTopology.parse("vrouters: [1.2.3.4\n"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("not valid YAML or JSON");
    assertThatThrownBy(() -> UnderlayTopology.parse("- 1.2.3.4\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("top level: expected a map of topology keys, got a list");
    assertThatThrownBy(() -> UnderlayTopology.parse(""))
        .isInstanceOf(ValidationException.class).hasMessageContaining("got no value");
    assertThatThrownBy(() -> UnderlayTopology.parse(ISSUE_EXAMPLE + "config: [192.168.1.7]\n"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("config");
  }

  @Test
  void toYaml_roundTripsEveryKey() {
    UnderlayTopology topology = UnderlayTopology.builder()
        .from(UnderlayTopology.parse(ISSUE_EXAMPLE))
        .podSubnet(Ipv4Cidr.of("10.32.0.0/12"))
        .serviceSubnet(Ipv4Cidr.of("10.96.0.0/12"))
        .ipFabricSubnet(Ipv4Cidr.of("192.168.1.0/24"))
        .build();

    assertThat(UnderlayTopology.parse(topology.toYaml())).isEqualTo(topology);
    assertThat(UnderlayTopology.parse(SeedTopologies.option1().toYaml()))
        .isEqualTo(SeedTopologies.option1());
  }

  @Test
  void toYaml_longNodeListsStillRoundTrip() {
    UnderlayTopology.Builder builder = UnderlayTopology.builder().from(SeedTopologies.option1())
        .putPort(ServiceRole.CONFIG_DB, 9042);
    Ipv4Address first = ip("172.16.0.1");
    for (int i = 0; i < 300; i++) {
      builder.addVrouter(first.plus(i));
    }
    UnderlayTopology topology = builder.build();

    String yaml = topology.toYaml();

    assertThat(yaml).contains("ports: {configDb: 9042}");
    assertThat(UnderlayTopology.parse(yaml)).isEqualTo(topology);
  }

  @Test
  void toYaml_writesTheDocumentedFormat() {
    assertThat(SeedTopologies.option1().toYaml()).isEqualTo(String.join("\n",
        "connectivity: fabric-snat",
        "serviceIps: [10.10.10.5]",
        "nodeNetwork: default-domain:admin:k8s-vm-net",
        "config: [192.168.1.100]",
        "analytics: [192.168.1.100, 192.168.1.101]",
        "msgQueue: [192.168.1.100]",
        "configDb: [192.168.1.100, 192.168.1.101, 192.168.1.102]",
        "keystone: [192.168.1.200]",
        "vrouters: [192.168.1.30, 192.168.1.40, 192.168.1.50]",
        ""));
  }
}

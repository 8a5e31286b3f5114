package dev.nestedcontrail.sdk.testkit.it.vnc.configdb;

import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.GSC;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.GVC;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.IIP;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.IPAM;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.MISSING_POLICY;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.PROJECT;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VM;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VMI;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VN1;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VN10;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VN2;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VN_ACCENT;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VN_GONE;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VROUTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.testkit.ApiServerRows;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDb;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigObjectId;
import dev.nestedcontrail.sdk.vnc.configdb.ContactPoint;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfigDb} against the real Cassandra 5.0.7 of {@code .ci/cassandra-start.sh}, reading an
 * underlay written the way the api-server writes it, into a keyspace with a random cluster-id
 * prefix. Skipped without {@code SDK_TEST_CASSANDRA_CONTACT} (failed on CI).
 */
class ConfigDbRealCassandraTest extends RealUnderlayTest {
  private static final List<String> PROJ = List.of("default-domain", "proj");

  private static String contactPoints;
  private static String clusterId;
  private static CqlSession admin;
  private static ConfigDb db;

  @BeforeAll
  static void useUnderlay() {
    contactPoints = keyspace.contactPoints;
    clusterId = keyspace.clusterId;
    admin = keyspace.admin;
    db = keyspace.db;
  }

  @Test
  void readRaw_virtualNetwork_equalsTheRestShape() {
    Map<String, Object> vn = db.readRaw("virtual-network", VN1);

    assertThat(vn).isEqualTo(Map.ofEntries(
        Map.entry("uuid", VN1),
        Map.entry("name", "vn1"),
        Map.entry("fq_name", List.of("default-domain", "proj", "vn1")),
        Map.entry("parent_type", "project"),
        Map.entry("parent_uuid", PROJECT),
        Map.entry("id_perms", idPerms()),
        Map.entry("display_name", "vn1"),
        Map.entry("virtual_network_properties", Map.of("forwarding_mode", "l2_l3", "rpf", "enable", "allow_transit", false)),
        Map.entry("perms2", Map.of("owner", "0d000000000040008000000000000002", "owner_access", 7L,
            "global_access", 0L, "share", List.of())),
        Map.entry("virtual_network_fat_flow_protocols", Map.of("fat_flow_protocol", List.of(
            Map.of("protocol", "tcp", "port", 22L, "ignore_address", "none"),
            Map.of("protocol", "udp", "port", 53L, "ignore_address", "none")))),
        Map.entry("annotations", Map.of("key_value_pair", List.of(
            Map.of("key", "a", "value", "1"), Map.of("key", "b", "value", "2")))),
        Map.entry("network_ipam_refs", List.of(Map.of(
            "to", List.of("default-domain", "proj", "ipam1"),
            "attr", Map.of("ipam_subnets", List.of(Map.of(
                "subnet", Map.of("ip_prefix", "10.10.0.0", "ip_prefix_len", 24L),
                "default_gateway", "10.10.0.1", "dns_server_address", "10.10.0.2", "enable_dhcp", true,
                "addr_from_start", true, "subnet_uuid", "5b000000-0000-4000-8000-000000000001", "alloc_unit", 1L))),
            "uuid", IPAM))),
        Map.entry("virtual_machine_interface_back_refs", List.of(
            Map.of("to", List.of("default-domain", "proj", "vmi1"), "uuid", VMI))),
        Map.entry("instance_ip_back_refs", List.of(Map.of("to", List.of("iip1"), "uuid", IIP)))));
  }

  @Test
  void readRaw_virtualMachineInterface_hasRefsAndTheMapPropertyInKeyOrder() {
    Map<String, Object> vmi = db.readRaw("virtual_machine_interface", VMI);

    assertThat(vmi).containsEntry("virtual_network_refs",
            List.of(Map.of("to", List.of("default-domain", "proj", "vn1"), "uuid", VN1)))
        .containsEntry("virtual_machine_refs", List.of(Map.of("to", List.of(VM), "uuid", VM)))
        .containsEntry("virtual_machine_interface_bindings", Map.of("key_value_pair", List.of(
            Map.of("key", "host_id", "value", "compute-1"), Map.of("key", "vnic_type", "value", "normal"))))
        .containsEntry("virtual_machine_interface_mac_addresses", Map.of("mac_address", List.of("02:aa:bb:cc:dd:ee")))
        .containsEntry("instance_ip_back_refs", List.of(Map.of("to", List.of("iip1"), "uuid", IIP)))
        .containsEntry("parent_type", "project");
  }

  @Test
  void readRaw_project_listsChildrenInCreationOrder_notUuidOrder() {
    Map<String, Object> project = db.readRaw("project", PROJECT);

    assertThat(project.get("virtual_networks")).isEqualTo(List.of(
        Map.of("to", List.of("default-domain", "proj", "vn1"), "uuid", VN1),
        Map.of("to", List.of("default-domain", "proj", "vn2"), "uuid", VN2),
        Map.of("to", List.of("default-domain", "proj", "vn10"), "uuid", VN10),
        Map.of("to", List.of("default-domain", "proj", "réseau"), "uuid", VN_ACCENT)));
    assertThat(project.get("network_ipams")).isEqualTo(
        List.of(Map.of("to", List.of("default-domain", "proj", "ipam1"), "uuid", IPAM)));
    assertThat(project).containsEntry("parent_type", "domain").containsEntry("display_name", "proj");
  }

  @Test
  void readRaw_underlayObjects_haveTheirPropertiesRefsAndWrappers() {
    assertThat(db.readRaw("network-ipam", IPAM)).containsEntry("ipam_subnets", Map.of("subnets",
        List.of(Map.of("subnet", Map.of("ip_prefix", "10.20.0.0", "ip_prefix_len", 16L)))));
    assertThat(db.readRaw("instance-ip", IIP)).containsEntry("instance_ip_address", "10.10.0.3")
        .containsEntry("virtual_machine_interface_refs",
            List.of(Map.of("to", List.of("default-domain", "proj", "vmi1"), "uuid", VMI)))
        .doesNotContainKey("parent_type").doesNotContainKey("parent_uuid");
    assertThat(db.readRaw("virtual-router", VROUTER))
        .containsEntry("virtual_router_ip_address", "192.168.0.11")
        .containsEntry("parent_type", "global-system-config").containsEntry("parent_uuid", GSC)
        .containsEntry("virtual_machine_refs", List.of(Map.of("to", List.of(VM), "uuid", VM)));
    assertThat(db.readRaw("virtual-machine", VM)).containsEntry("virtual_router_back_refs",
        List.of(Map.of("to", List.of("default-global-system-config", "compute-1"), "uuid", VROUTER)));
    assertThat(db.readRaw("global-system-config", GSC)).containsEntry("autonomous_system", 64512L)
        .containsEntry("virtual_routers", List.of(Map.of("to", List.of("default-global-system-config", "compute-1"), "uuid", VROUTER)));
  }

  @Test
  void readRaw_globalVrouterConfig_hasLinkLocalServices() {
    Map<String, Object> gvc = db.readRaw("global-vrouter-config", GVC);

    assertThat(gvc.get("linklocal_services")).isEqualTo(Map.of("linklocal_service_entry", List.of(Map.of(
        "linklocal_service_name", "metadata", "linklocal_service_ip", "169.254.169.254", "linklocal_service_port", 80L,
        "ip_fabric_DNS_service_name", "", "ip_fabric_service_port", 8775L, "ip_fabric_service_ip", List.of("192.168.0.1")))));
    assertThat(gvc).containsEntry("encapsulation_priorities", Map.of("encapsulation", List.of("MPLSoUDP", "MPLSoGRE", "VXLAN")))
        .containsEntry("fq_name", List.of("default-global-system-config", "default-global-vrouter-config"));
  }

  @Test
  void readRaw_refToMissingObject_pointsToError_asTheApiServerAnswers() {
    assertThat(db.readRaw(VN2).get("network_policy_refs"))
        .isEqualTo(List.of(Map.of("to", List.of("ERROR"), "uuid", MISSING_POLICY)));
  }

  @Test
  void readRaw_missingUuidOrOtherType_throwsNotFound() {
    String unknown = UUID.randomUUID().toString();

    assertThatThrownBy(() -> db.readRaw("virtual-network", unknown)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining(unknown).satisfies(e -> assertThat(((NotFoundException) e).statusCode()).isEqualTo(404));
    assertThatThrownBy(() -> db.readRaw(unknown)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> db.readRaw("virtual-machine", VN1)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("virtual_machine");
    assertThatThrownBy(() -> db.readRaw("virtual-network", VN_GONE)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void identify_returnsTypeAndFqName() {
    assertThat(db.identify(VMI)).isEqualTo(ConfigObjectId.of("virtual_machine_interface",
        List.of("default-domain", "proj", "vmi1"), VMI));
    assertThatThrownBy(() -> db.identify(UUID.randomUUID().toString())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void uuidOf_findsTheExactFqName_notAPrefixSibling() {
    assertThat(db.uuidOf("virtual-network", List.of("default-domain", "proj", "vn1"))).isEqualTo(VN1);
    assertThat(db.uuidOf("virtual_network", List.of("default-domain", "proj", "vn10"))).isEqualTo(VN10);
    assertThat(db.uuidOf("virtual-network", List.of("default-domain", "proj", "réseau"))).isEqualTo(VN_ACCENT);
    assertThat(db.uuidOf("global-vrouter-config",
        List.of("default-global-system-config", "default-global-vrouter-config"))).isEqualTo(GVC);
    assertThatThrownBy(() -> db.uuidOf("virtual-network", List.of("default-domain", "proj", "vn")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("default-domain:proj:vn");
    assertThatThrownBy(() -> db.uuidOf("project", List.of("default-domain", "proj", "vn1")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void list_returnsEveryFqNameEntryOfTheType_inTableOrder() {
    assertThat(db.list("virtual-network")).extracting(ConfigObjectId::uuid)
        .containsExactly(VN_ACCENT, VN_GONE, VN10, VN1, VN2);
    assertThat(db.list("virtual-network").get(0)).isEqualTo(
        ConfigObjectId.of("virtual_network", List.of("default-domain", "proj", "réseau"), VN_ACCENT));
    assertThat(db.list("loadbalancer")).isEmpty();
  }

  @Test
  void streamRaw_withSmallPages_readsEveryLiveObjectInListOrder() {
    try (ConfigDb paged = ConfigDb.builder().contactPoints(contactPoints).clusterId(clusterId).pageSize(2).build();
         Stream<Map<String, Object>> networks = paged.streamRaw("virtual-network")) {
      List<Map<String, Object>> all = networks.collect(Collectors.toList());

      assertThat(all).extracting(o -> o.get("uuid")).containsExactly(VN_ACCENT, VN10, VN1, VN2);
      assertThat(all.get(2)).isEqualTo(db.readRaw(VN1));
    }
  }

  @Test
  void clusterId_selectsThePrefixedKeyspace_andWithoutItTheDefaultOne() {
    String uuid = UUID.randomUUID().toString();
    ApiServerRows defaultKeyspace = new ApiServerRows(admin, "config_db_uuid").createSchema();
    defaultKeyspace.object("virtual-machine", uuid, uuid).create();

    try (ConfigDb unprefixed = ConfigDb.builder().contactPoints(contactPoints).build()) {
      assertThat(unprefixed.settings().keyspace()).isEqualTo("config_db_uuid");
      assertThat(unprefixed.readRaw("virtual-machine", uuid)).containsEntry("fq_name", List.of(uuid));
      assertThatThrownBy(() -> unprefixed.readRaw(VN1)).isInstanceOf(NotFoundException.class);
    } finally {
      defaultKeyspace.deleteRowOnly(uuid);
    }
    assertThat(db.settings().keyspace()).isEqualTo(clusterId + "_config_db_uuid");
    assertThatThrownBy(() -> db.readRaw(uuid)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void unknownClusterId_failsWithAClientErrorNamingTheKeyspace() {
    try (ConfigDb wrong = ConfigDb.builder().contactPoints(contactPoints).clusterId("nosuchcluster").build()) {
      assertThatThrownBy(() -> wrong.readRaw(VN1)).isInstanceOf(ContrailClientException.class)
          .isNotInstanceOf(NotFoundException.class).hasMessageContaining("nosuchcluster_config_db_uuid");
    }
  }

  @Test
  void firstContactPointClosed_failsOverToTheNext() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (ConfigDb failover = ConfigDb.builder().addContactPoint(ContactPoint.of("127.0.0.1", closedPort))
        .contactPoints(contactPoints).clusterId(clusterId).build()) {
      assertThat(failover.readRaw("virtual-network", VN1)).isEqualTo(db.readRaw(VN1));
    }
  }

  @Test
  void noReachableContactPoint_failsWithAClientError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    assertThatThrownBy(() -> ConfigDb.builder().addContactPoint(ContactPoint.of("127.0.0.1", closedPort)).build())
        .isInstanceOf(ContrailClientException.class).hasMessageContaining("127.0.0.1:" + closedPort);
  }

  @Test
  void callersSession_isUsedAndNotClosed() {
    ConfigDb borrowing = ConfigDb.builder().session(admin).clusterId(clusterId).build();
    assertThat(borrowing.readRaw(VMI)).containsEntry("name", "vmi1");

    borrowing.close();
    borrowing.close();

    assertThat(admin.isClosed()).isFalse();
    assertThat(admin.execute("SELECT release_version FROM system.local").one().getString(0)).startsWith("5.");
  }

  private static Map<String, Object> idPerms() {
    return Map.of(
        "uuid", Map.of("uuid_mslong", new BigInteger("17365880163140632576"), "uuid_lslong", Long.MAX_VALUE),
        "enable", true, "created", "2026-11-26T10:00:00.123456", "last_modified", "2026-11-26T10:00:00.123456",
        "user_visible", true,
        "permissions", Map.of("owner", "cloud-admin", "owner_access", 7L, "other_access", 7L,
            "group", "cloud-admin-group", "group_access", 7L));
  }
}

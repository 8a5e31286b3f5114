package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeConfigApiAllocationTest extends ConfigApiHarness {

  String iip(String name, String network, String extra) {
    return create("instance-ip", "{\"fq_name\": [\"" + name + "\"], \"virtual_network_refs\": [{\"uuid\": \"" + network
        + "\"}]" + extra + "}");
  }

  String address(String iip) {
    return (String) read("instance-ip", iip).get("instance_ip_address");
  }

  @Test
  void vmi_getsAMacAddress_distinctPerInterface_andGivenMacsAreNormalised() {
    String a = create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"default-project\", \"m1\"], \"parent_type\": \"project\"}");
    String b = create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"default-project\", \"m2\"], \"parent_type\": \"project\"}");
    String c = create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"default-project\", \"m3\"], \"parent_type\": \"project\","
        + " \"virtual_machine_interface_mac_addresses\": {\"mac_address\": [\"02-AA-bb-cc-dd-ee\"]}}");
    List<String> macs = new ArrayList<>();
    for (String uuid : List.of(a, b)) {
      @SuppressWarnings("unchecked")
      List<String> list = (List<String>) ((Map<String, Object>) read("virtual-machine-interface", uuid)
          .get("virtual_machine_interface_mac_addresses")).get("mac_address");
      assertThat(list).singleElement().asString().matches("02(:[0-9a-f]{2}){5}");
      macs.add(list.get(0));
    }
    assertThat(macs).doesNotHaveDuplicates();
    assertThat(read("virtual-machine-interface", c).get("virtual_machine_interface_mac_addresses"))
        .isEqualTo(Map.of("mac_address", List.of("02:aa:bb:cc:dd:ee")));
  }

  @Test
  void instanceIp_allocatesFromTheTopSkippingGatewayAndDns_untilExhausted() {
    String net = create("virtual-network", vn("alloc"));
    Map<?, ?> subnet = subnet(net);
    assertThat(subnet.get("default_gateway")).isEqualTo("10.1.0.6");
    assertThat(subnet.get("dns_server_address")).isEqualTo("10.1.0.5");
    List<String> got = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      got.add(address(iip("ip" + i, net, "")));
    }
    assertThat(got).containsExactly("10.1.0.4", "10.1.0.3", "10.1.0.2", "10.1.0.1");
    Answer exhausted = post("/instance-ips", "{\"instance-ip\": {\"fq_name\": [\"ip9\"], \"virtual_network_refs\": "
        + "[{\"uuid\": \"" + net + "\"}]}}");
    assertThat(exhausted.status()).isEqualTo(409);
    assertThat(exhausted.body()).isEqualTo(
        "Virtual-Network(['default-domain', 'default-project', 'alloc']) has exhausted subnet(all)");
    String freed = uuidOf("instance-ip", List.of("ip1"));
    assertThat(delete("/instance-ip/" + freed).status()).isEqualTo(200);
    assertThat(address(iip("ip10", net, ""))).isEqualTo("10.1.0.3");
  }

  @Test
  void instanceIp_givenAddressInUse_is409() {
    String net = create("virtual-network", vn("dupip"));
    iip("first", net, ", \"instance_ip_address\": \"10.1.0.2\"");
    Answer again = post("/instance-ips", "{\"instance-ip\": {\"fq_name\": [\"second\"], \"virtual_network_refs\": "
        + "[{\"uuid\": \"" + net + "\"}], \"instance_ip_address\": \"10.1.0.2\"}}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).isEqualTo("IP address already in use");
  }

  @Test
  void instanceIp_givenAddressOutsideTheNetworksSubnets_is400() {
    String net = create("virtual-network", vn("outside"));
    Answer outside = post("/instance-ips", "{\"instance-ip\": {\"fq_name\": [\"svc-vip\"], \"virtual_network_refs\": "
        + "[{\"uuid\": \"" + net + "\"}], \"instance_ip_address\": \"10.96.0.10\"}}");
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.body()).isEqualTo(
        "Virtual-Network(['default-domain', 'default-project', 'outside']) has invalid subnet(all)");
    assertThat(address(iip("inside", net, ", \"instance_ip_address\": \"10.1.0.3\""))).isEqualTo("10.1.0.3");
  }

  @Test
  void instanceIp_withSubnetUuid_allocatesFromThatIpamSubnet() {
    String ipam = create("network-ipam", "{\"fq_name\": [\"default-domain\", \"default-project\", \"pod-ipam\"], "
        + "\"ipam_subnet_method\": \"flat-subnet\", \"ipam_subnets\": {\"subnets\": ["
        + "{\"subnet\": {\"ip_prefix\": \"10.32.0.0\", \"ip_prefix_len\": 12}, \"addr_from_start\": true},"
        + "{\"subnet\": {\"ip_prefix\": \"10.64.0.0\", \"ip_prefix_len\": 24}}]}}");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> subnets = (List<Map<String, Object>>) ((Map<String, Object>) read("network-ipam", ipam)
        .get("ipam_subnets")).get("subnets");
    String second = (String) subnets.get(1).get("subnet_uuid");
    String first = (String) subnets.get(0).get("subnet_uuid");
    String net = create("virtual-network", "{\"fq_name\": [\"default-domain\", \"default-project\", \"pods\"], "
        + "\"network_ipam_refs\": [{\"uuid\": \"" + ipam + "\", \"attr\": {\"ipam_subnets\": []}}]}");
    assertThat(address(iip("pod-a", net, ", \"subnet_uuid\": \"" + second + "\""))).isEqualTo("10.64.0.252");
    assertThat(address(iip("pod-b", net, ", \"subnet_uuid\": \"" + first + "\""))).isEqualTo("10.32.0.3");
    Answer unknown = post("/instance-ips", "{\"instance-ip\": {\"fq_name\": [\"pod-c\"], \"virtual_network_refs\": "
        + "[{\"uuid\": \"" + net + "\"}], \"subnet_uuid\": \"00000000-0000-4000-8000-000000000000\"}}");
    assertThat(unknown.status()).isEqualTo(400);
  }

  @SuppressWarnings("unchecked")
  Map<?, ?> subnet(String net) {
    List<Map<String, Object>> refs = (List<Map<String, Object>>) read("virtual-network", net).get("network_ipam_refs");
    return ((List<Map<?, ?>>) ((Map<String, Object>) refs.get(0).get("attr")).get("ipam_subnets")).get(0);
  }
}

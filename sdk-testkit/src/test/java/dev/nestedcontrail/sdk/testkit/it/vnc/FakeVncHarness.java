package dev.nestedcontrail.sdk.testkit.it.vnc;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import dev.nestedcontrail.sdk.vnc.model.IpamSubnetType;
import dev.nestedcontrail.sdk.vnc.model.SubnetType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh {@link FakeConfigApi} and a {@link VncClient} of it per test. */
abstract class FakeVncHarness {
  static final List<String> PROJECT = List.of("default-domain", "default-project");

  FakeConfigApi fake;
  VncClient vnc;

  @BeforeEach
  void start() {
    fake = FakeConfigApi.start();
    vnc = VncClient.builder().endpoints(Endpoints.parse(fake.baseUrl())).build();
  }

  @AfterEach
  void stop() {
    vnc.close();
    fake.close();
  }

  static List<String> inProject(String name) {
    return List.of("default-domain", "default-project", name);
  }

  static VnSubnetsType subnet(String prefix, long length) {
    return VnSubnetsType.builder().addIpamSubnet(IpamSubnetType.builder()
        .subnet(SubnetType.builder().ipPrefix(prefix).ipPrefixLen(length).build()).build()).build();
  }

  /** A virtual network in default-project with a subnet on the default IPAM. */
  VirtualNetwork network(String name, String prefix) {
    return vnc.resources(VirtualNetwork.class).create(VirtualNetwork.builder().fqName(inProject(name))
        .parentType("project").addNetworkIpamRef(Reference.<VnSubnetsType>builder()
            .to(inProject("default-network-ipam")).attr(subnet(prefix, 24)).build())
        .build());
  }
}

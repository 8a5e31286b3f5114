package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.SharedFolder;
import dev.nestedcontrail.sdk.k8s.manifest.AuthMode;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KubeManagerConfigTest {
  static final String NESTED_CONF = String.join("\n",
      "[DEFAULTS]",
      "orchestrator=kubernetes",
      "token=SA-TOKEN-123",
      "log_level=SYS_NOTICE",
      "nested_mode=1",
      "kube_timer_interval=30",
      "",
      "[KUBERNETES]",
      "kubernetes_api_server=192.168.100.5",
      "kubernetes_api_port=8080",
      "kubernetes_api_secure_port=6443",
      "cluster_name=blue",
      "cluster_project={}",
      "cluster_network={'domain': 'default-domain', 'project': 'k8s-nested', 'name': 'k8s-vm-net'}",
      "pod_subnets=10.32.0.0/12 10.48.0.0/16",
      "ip_fabric_subnets=10.64.0.0/12",
      "service_subnets=10.96.0.0/12",
      "ip_fabric_forwarding=false",
      "ip_fabric_snat=True",
      "",
      "[VNC]",
      "public_fip_pool={'domain': 'default-domain', 'project': 'admin', 'network': 'public', "
          + "'name': 'default'}",
      "vnc_endpoint_ip=172.16.10.11,172.16.10.12",
      "vnc_endpoint_port=8082",
      "",
      "[AUTH]",
      "auth_user=admin",
      "auth_password=s3cret-pw",
      "auth_tenant=admin",
      "auth_token_url=http://172.16.10.10:35357/v3/auth/tokens",
      "");

  @Test
  void parse_nestedConf_readsEveryNestedOption() {
    KubeManagerConfig config = KubeManagerConfig.parse(NESTED_CONF);

    assertThat(config.clusterName()).isEqualTo("blue");
    assertThat(config.nestedMode()).isTrue();
    assertThat(config.clusterNetwork()).contains(
        ContrailRef.network("default-domain", "k8s-nested", "k8s-vm-net"));
    assertThat(config.clusterProject()).isEmpty();
    assertThat(config.podSubnets()).containsExactly(Ipv4Cidr.of("10.32.0.0/12"),
        Ipv4Cidr.of("10.48.0.0/16"));
    assertThat(config.serviceSubnets()).containsExactly(Ipv4Cidr.of("10.96.0.0/12"));
    assertThat(config.ipFabricSubnets()).containsExactly(Ipv4Cidr.of("10.64.0.0/12"));
    assertThat(config.ipFabricForwarding()).isFalse();
    assertThat(config.ipFabricSnat()).isTrue();
    assertThat(config.publicFipPool()).map(ContrailRef::network).contains(java.util.Optional.of("public"));
    assertThat(config.vncEndpoints().endpoints()).containsExactly(
        Endpoint.of("http", "172.16.10.11", 8082), Endpoint.of("http", "172.16.10.12", 8082));
    assertThat(config.authTokenUrl()).contains("http://172.16.10.10:35357/v3/auth/tokens");
    assertThat(config.authPassword()).isEqualTo("s3cret-pw");
    assertThat(config.token()).contains("SA-TOKEN-123");
    assertThat(config.kubernetesApiSecurePort()).isEqualTo(6443);
    assertThat(config.resyncInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.toString()).doesNotContain("s3cret-pw").doesNotContain("SA-TOKEN-123");
  }

  @Test
  void parse_withoutOptionalKeys_keepsPythonDefaults() {
    KubeManagerConfig config = KubeManagerConfig.parse(String.join("\n", "[KUBERNETES]",
        "pod_subnets=10.32.0.0/12", "service_subnets=10.96.0.0/12",
        "ip_fabric_subnets=10.64.0.0/12"));

    assertThat(config.nestedMode()).isFalse();
    assertThat(config.clusterOwner()).isEqualTo("k8s");
    assertThat(config.clusterDomain()).isEqualTo("default-domain");
    assertThat(config.resyncInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.vncEndpoints().endpoints())
        .containsExactly(Endpoint.of("http", "127.0.0.1", 8082));
    assertThat(config.applicationPolicySetName()).isEqualTo("k8s");
  }

  @Test
  void parse_badValues_reportsAllProblems() {
    assertThatThrownBy(() -> KubeManagerConfig.parse(String.join("\n", "[KUBERNETES]",
        "pod_subnets=10.32.0.0/33", "service_subnets=10.96.0.0/12",
        "ip_fabric_subnets=10.64.0.0/12", "kube_timer_interval=soon",
        "cluster_network={'domain': 'd', 'colour': 'x'}")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(3))
        .hasMessageContaining("pod_subnets: 10.32.0.0/33")
        .hasMessageContaining("kube_timer_interval: soon")
        .hasMessageContaining("cluster_network: unknown key 'colour'");
  }

  @Test
  void build_nestedWithoutClusterNetwork_isRejected() {
    assertThatThrownBy(() -> KubeManagerConfig.parse(String.join("\n", "[DEFAULTS]",
        "nested_mode=1", "[KUBERNETES]", "pod_subnets=10.32.0.0/12",
        "service_subnets=10.96.0.0/12")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ipFabricSubnets: at least one subnet")
        .hasMessageContaining("clusterNetwork: {} must name the node VMs' network");
  }

  @Test
  void load_renderedReferenceConfs_allParseAsNested() throws IOException {
    Path rendered = SharedFolder.require("reference", "container-builder", "rendered");
    List<Path> files;
    try (Stream<Path> dirs = Files.list(rendered)) {
      files = dirs.map(d -> d.resolve("contrail-kubernetes.conf")).filter(Files::isRegularFile)
          .sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      KubeManagerConfig config = KubeManagerConfig.load(file);
      assertThat(config.nestedMode()).as(file.toString()).isTrue();
      assertThat(config.clusterNetwork()).as(file.toString()).isPresent();
      assertThat(config.podSubnets()).containsExactly(Ipv4Cidr.of("10.32.0.0/12"));
      assertThat(config.kubernetesApiSecurePort()).isEqualTo(6443);
      assertThat(config.vncEndpoints().size()).isPositive();
    }
  }

  @Test
  void fromSpec_keystoneSpec_matchesWhatTheContainerWrites() {
    NestedClusterSpec spec = NestedClusterSpec.builder().contrailRegistry("hub.example.net/c")
        .kubernetesApiServer("192.168.100.5").addControllerNodes(Ipv4Address.of("10.10.10.1"))
        .nestedMode(true).clusterName("blue").ipFabricSnat(true)
        .clusterNetwork(ContrailRef.network("default-domain", "admin", "k8s-net"))
        .authMode(AuthMode.KEYSTONE).keystoneAuthHost("10.10.10.2").keystoneAdminPort(35357)
        .keystoneAdminUser("admin").keystoneAdminPassword("pw-xyz").keystoneAdminTenant("admin")
        .keystoneUrlVersion("/v3").build();

    KubeManagerConfig config = KubeManagerConfig.fromSpec(spec);

    assertThat(config.clusterName()).isEqualTo("blue");
    assertThat(config.nestedMode()).isTrue();
    assertThat(config.ipFabricSnat()).isTrue();
    assertThat(config.podSubnets()).containsExactly(Ipv4Cidr.of("10.32.0.0/12"));
    assertThat(config.serviceSubnets()).containsExactly(Ipv4Cidr.of("10.96.0.0/12"));
    assertThat(config.ipFabricSubnets()).containsExactly(Ipv4Cidr.of("10.64.0.0/12"));
    assertThat(config.vncEndpoints().endpoints())
        .containsExactly(Endpoint.of("http", "10.10.10.1", 8082));
    assertThat(config.authTokenUrl()).contains("http://10.10.10.2:35357/v3/auth/tokens");
    assertThat(config.authPassword()).isEqualTo("pw-xyz");
    assertThat(config.kubernetesApiServer()).isEqualTo("192.168.100.5");
  }
}

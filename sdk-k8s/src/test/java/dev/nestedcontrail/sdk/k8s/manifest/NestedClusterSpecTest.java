package dev.nestedcontrail.sdk.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NestedClusterSpecTest {
  private static final String MINIMAL =
      "CONTRAIL_REGISTRY=reg.example/contrail\nCONTROLLER_NODES=10.0.0.10\n"
          + "KUBERNETES_API_SERVER=10.0.1.4\n";

  @Test
  void fromEnv_minimal_appliesUpstreamDefaults() {
    NestedClusterSpec spec = NestedClusterSpec.fromEnv(CommonEnv.parse(MINIMAL));

    assertThat(spec.contrailContainerTag()).isEqualTo("dev");
    assertThat(spec.authMode()).isEqualTo(AuthMode.NOAUTH);
    assertThat(spec.cloudOrchestrator()).isEqualTo("none");
    assertThat(spec.logLevel()).isEqualTo(LogLevel.SYS_NOTICE);
    assertThat(spec.rabbitmqNodePort()).isEqualTo(5673);
    assertThat(spec.kubernetesApiSecurePort()).isEqualTo(6443);
    assertThat(spec.configNodes()).isEqualTo(spec.controllerNodes());
    assertThat(spec.rabbitmqNodes()).isEqualTo(spec.controllerNodes());
    assertThat(spec.zookeeperNodes()).isEqualTo(spec.controllerNodes());
    assertThat(spec.pullSecretName()).isEmpty();
    assertThat(spec.nestedMode()).isEmpty();
  }

  @Test
  void fromEnv_followsUpstreamsDefaultChains() {
    NestedClusterSpec spec = NestedClusterSpec.fromEnv(CommonEnv.parse(MINIMAL
        + "CONFIG_NODES=10.0.0.11\nCONFIGDB_NODES=10.0.0.12\nCONTRAIL_VERSION=2011\n"));

    assertThat(ConfigMapKey.CONFIG_NODES.value(spec)).isEqualTo("10.0.0.11");
    assertThat(ConfigMapKey.RABBITMQ_NODES.value(spec)).isEqualTo("10.0.0.12");
    assertThat(ConfigMapKey.ZOOKEEPER_SERVERS.value(spec)).isEqualTo("10.0.0.11");
    assertThat(spec.contrailContainerTag()).isEqualTo("2011");
  }

  @Test
  void fromEnv_withoutHostDetectedValues_namesEachVariableToSet() {
    assertThatThrownBy(() -> NestedClusterSpec.fromEnv(CommonEnv.parse("LOG_LEVEL=SYS_INFO")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(p -> p.substring(0, p.indexOf(':')))
            .containsExactly("CONTROLLER_NODES", "KUBERNETES_API_SERVER", "CONTRAIL_REGISTRY"));
  }

  @Test
  void fromEnv_explicitHostIp_isUsedForTheHostDefaults() {
    NestedClusterSpec spec = NestedClusterSpec.fromEnv(CommonEnv.parse("HOST_IP=10.1.1.1"));

    assertThat(spec.contrailRegistry()).isEqualTo("10.1.1.1:5000");
    assertThat(spec.kubernetesApiServer()).isEqualTo("10.1.1.1");
    assertThat(ConfigMapKey.CONTROLLER_NODES.value(spec)).isEqualTo("10.1.1.1");
  }

  @Test
  void fromEnv_hostIpAuto_isNotGuessed() {
    assertThatThrownBy(() -> NestedClusterSpec.fromEnv(CommonEnv.parse("HOST_IP=auto")))
        .hasMessageContaining("CONTROLLER_NODES: must be set");
  }

  @Test
  void fromEnv_badValues_areAllReportedWithTheirLines() {
    String env = MINIMAL + "LOG_LEVEL=LOUD\nCONFIG_NODES=10.0.0.1,10.0.0.300\n"
        + "KUBEMANAGER_NESTED_MODE=yes\n"
        + "KUBERNETES_POD_SUBNETS=10.32.0.1/12\nKUBERNETES_PUBLIC_FIP_POOL=\"{'domain': 'd'\"\n";

    assertThatThrownBy(() -> NestedClusterSpec.fromEnv(CommonEnv.parse(env)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).containsExactly(
            "CONFIG_NODES: '10.0.0.300' is not an IPv4 address (a comma-separated list is "
                + "expected) (line 5)",
            "LOG_LEVEL: 'LOUD' is not a level such as SYS_NOTICE (line 4)",
            "KUBEMANAGER_NESTED_MODE: 'yes' is not 0 or 1 (line 6)",
            "KUBERNETES_POD_SUBNETS: '10.32.0.1/12' is not an IPv4 network such as 10.32.0.0/12 "
                + "(lists are space-separated) (line 7)",
            "KUBERNETES_PUBLIC_FIP_POOL: {'domain': 'd' is not a Python dict such as "
                + "{'domain': 'default-domain', 'project': 'admin', 'name': 'vn'} (line 8)"));
  }

  @Test
  void builder_invalidValues_giveOneExceptionListingEveryProblem() {
    assertThatThrownBy(() -> NestedClusterSpec.builder().contrailRegistry("bad registry/")
        .kubernetesApiServer("not a host").pullSecretName("Bad_Secret").rabbitmqNodePort(0)
        .build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(p -> p.substring(0, p.indexOf(':'))).containsExactly("contrailRegistry",
                "pullSecretName", "controllerNodes", "configNodes", "rabbitmqNodes",
                "zookeeperNodes", "rabbitmqNodePort", "kubernetesApiServer"));
  }

  static Stream<Arguments> invalidFields() {
    return Stream.<Arguments>of(
        rule("contrailRegistry: 'reg example' is not a registry prefix",
            b -> b.contrailRegistry("reg example")),
        rule("contrailContainerTag: '-dev' is not an image tag", b -> b.contrailContainerTag("-dev")),
        rule("pullSecretName: 'Secret_1'", b -> b.pullSecretName("Secret_1")),
        rule("keystoneAuthHost: 'key stone' is not an IPv4 address or host name",
            b -> b.keystoneAuthHost("key stone")),
        rule("keystoneAdminTenant: must not be empty", b -> b.keystoneAdminTenant("")),
        rule("keystoneAdminUser: must not be empty", b -> b.keystoneAdminUser("")),
        rule("keystoneAdminPassword: must not be empty", b -> b.keystoneAdminPassword("")),
        rule("keystoneAdminPort: 70000 is not a TCP port", b -> b.keystoneAdminPort(70000)),
        rule("keystoneUrlVersion: 'v3' is not a URL version", b -> b.keystoneUrlVersion("v3")),
        rule("cloudOrchestrator: 'Kubernetes' is not an orchestrator name",
            b -> b.cloudOrchestrator("Kubernetes")),
        rule("controllerNodes: needs at least one IPv4 address",
            b -> b.controllerNodes(List.of()).configNodes(List.of(Ipv4Address.of("10.0.0.1")))
                .rabbitmqNodes(List.of(Ipv4Address.of("10.0.0.1")))
                .zookeeperNodes(List.of(Ipv4Address.of("10.0.0.1")))),
        rule("rabbitmqNodePort: 0 is not a TCP port", b -> b.rabbitmqNodePort(0)),
        rule("clusterName: must not be empty", b -> b.clusterName("")),
        rule("clusterName: 'k8s/a' may only hold", b -> b.clusterName("k8s/a")),
        rule("kubernetesApiServer: 'api server' is not an IPv4 address or host name",
            b -> b.kubernetesApiServer("api server")),
        rule("kubernetesApiSecurePort: 0 is not a TCP port", b -> b.kubernetesApiSecurePort(0)));
  }

  private static Arguments rule(String problem, Consumer<NestedClusterSpec.Builder> change) {
    return Arguments.of(problem, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFields")
  void build_eachInvalidField_isReportedAlone(String problem,
      Consumer<NestedClusterSpec.Builder> change) {
    NestedClusterSpec.Builder builder = NestedClusterSpec.builder()
        .contrailRegistry("reg.example/contrail").kubernetesApiServer("10.0.1.4")
        .addControllerNodes(Ipv4Address.of("10.0.0.10"));
    change.accept(builder);

    assertThatThrownBy(builder::build).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).singleElement()
            .asString().startsWith(problem));
  }

  @Test
  void toString_redactsTheKeystonePassword() {
    NestedClusterSpec spec = NestedClusterSpec.fromEnv(
        CommonEnv.parse(MINIMAL + "KEYSTONE_AUTH_ADMIN_PASSWORD=s3cret\n"));

    assertThat(spec.keystoneAdminPassword()).contains("s3cret");
    assertThat(spec.toString()).doesNotContain("s3cret");
  }

  @Test
  void contrailRef_roundTripsUpstreamsPythonLiteral() {
    String literal = "{'domain': 'default-domain', 'project': 'admin', 'network': 'public', "
        + "'name': 'default'}";

    ContrailRef ref = ContrailRef.parse("pool", literal);

    assertThat(ref.network()).contains("public");
    assertThat(ref.pythonLiteral()).isEqualTo(literal);
    assertThat(ContrailRef.parse("none", "{}").pythonLiteral()).isEqualTo("{}");
    assertThat(ContrailRef.parse("dq", "{\"domain\": \"d\", \"name\": \"n\"}").pythonLiteral())
        .isEqualTo("{'domain': 'd', 'name': 'n'}");
  }

  @Test
  void contrailRef_unknownKey_isRejected() {
    assertThatThrownBy(() -> ContrailRef.parse("net", "{'tenant': 'admin'}"))
        .hasMessageContaining("net: unknown key 'tenant'");
  }

  @Test
  void ipv4Cidr_requiresANetworkAddress() {
    assertThat(Ipv4Cidr.of("pods", "10.32.0.0/12").toString()).isEqualTo("10.32.0.0/12");
    assertThatThrownBy(() -> Ipv4Cidr.of("pods", "10.32.0.1/12"))
        .hasMessageContaining("pods: 10.32.0.1/12 is not an IPv4 network");
    assertThatThrownBy(() -> Ipv4Cidr.of("pods", "10.32.0.0/33"))
        .isInstanceOf(ValidationException.class);
  }
}

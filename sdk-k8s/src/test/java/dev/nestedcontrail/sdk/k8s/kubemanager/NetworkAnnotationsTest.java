package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.NetworkAnnotations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkAnnotationsTest {
  private static final String NETWORK = "opencontrail.org/network";

  @Test
  void network_readsJsonAndPythonQuoting() {
    assertThat(NetworkAnnotations.network(Map.of(NETWORK,
        "{\"domain\":\"default-domain\", \"project\": \"admin\", \"name\":\"test-net\"}"), "pod a/b"))
        .contains(List.of("default-domain", "admin", "test-net"));
    assertThat(NetworkAnnotations.network(Map.of(NETWORK,
        "{'domain': 'd1', 'project': 'p1', 'name': 'vn1'}"), "pod a/b"))
        .contains(List.of("d1", "p1", "vn1"));
  }

  @Test
  void network_whenAbsent_isEmpty() {
    assertThat(NetworkAnnotations.network(Map.of("other", "x"), "pod a/b")).isEmpty();
  }

  @Test
  void network_whenNotADict_namesOwnerAnnotationAndValue() {
    assertThatThrownBy(() -> NetworkAnnotations.network(Map.of(NETWORK, "blue-net"), "pod shop/web"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("pod shop/web annotation opencontrail.org/network")
        .hasMessageContaining("blue-net is not a network");
  }

  @Test
  void network_whenAKeyIsMissing_namesTheMissingKeys() {
    assertThatThrownBy(() -> NetworkAnnotations.network(Map.of(NETWORK,
        "{\"name\": \"vn\"}"), "namespace shop"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("namespace shop annotation opencontrail.org/network")
        .hasMessageContaining("{\"name\": \"vn\"} lacks domain, project");
  }

  @Test
  void network_whenAKeyIsUnknownOrTheDictIsBroken_fails() {
    assertThatThrownBy(() -> NetworkAnnotations.network(Map.of(NETWORK,
        "{'domain': 'd', 'project': 'p', 'name': 'n', 'tenant': 't'}"), "pod a/b"))
        .hasMessageContaining("unknown key 'tenant'");
    assertThatThrownBy(() -> NetworkAnnotations.network(Map.of(NETWORK,
        "{'domain': 'd', 'project' 'p'}"), "pod a/b"))
        .hasMessageContaining("cannot read");
  }

  @Test
  void isolated_isTrueOnlyForTrueInAnyCase() {
    assertThat(NetworkAnnotations.isolated(Map.of("opencontrail.org/isolation", "true"))).isTrue();
    assertThat(NetworkAnnotations.isolated(Map.of("opencontrail.org/isolation", "True"))).isTrue();
    assertThat(NetworkAnnotations.isolated(Map.of("opencontrail.org/isolation", "yes"))).isFalse();
    assertThat(NetworkAnnotations.isolated(Map.of())).isFalse();
  }

  @Test
  void forwardingAndSnat_followTheAnnotationElseTheGlobalSetting() {
    KubeManagerConfig config = PodGraphTest.CONFIG;
    assertThat(config.ipFabricSnat()).isTrue();
    assertThat(NetworkAnnotations.snat(Map.of(), config)).isTrue();
    assertThat(NetworkAnnotations.snat(Map.of("opencontrail.org/ip_fabric_snat", "FALSE"), config))
        .isFalse();
    assertThat(NetworkAnnotations.snat(Map.of("opencontrail.org/ip_fabric_snat", "maybe"), config))
        .isTrue();
    assertThat(NetworkAnnotations.forwarding(Map.of(), config)).isFalse();
    assertThat(NetworkAnnotations.forwarding(
        Map.of("opencontrail.org/ip_fabric_forwarding", "true"), config)).isTrue();
  }
}

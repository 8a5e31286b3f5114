package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.vnc.model.ApplicationPolicySet;
import dev.nestedcontrail.sdk.vnc.model.FirewallPolicy;
import dev.nestedcontrail.sdk.vnc.model.FirewallSequence;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.Tag;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PolicyProvisioningTest extends KubeManagerHarness {
  static final List<String> APS = List.of("default-policy-management", "blue");

  @Test
  void start_createsTheTaggedApsAndDefaultPoliciesInOrder_onceAcrossRestarts() {
    for (int run = 0; run < 2; run++) {
      try (KubeManager manager = startKubeManager()) {
        assertThat(manager.health().healthy()).isTrue();
      }
      List<ApplicationPolicySet> sets = all(ApplicationPolicySet.class).stream()
          .filter(a -> a.fqName().equals(APS)).toList();
      assertThat(sets).hasSize(1);
      ApplicationPolicySet aps = sets.get(0);
      assertThat(tagNames(aps)).containsExactly("application=blue");
      assertThat(policyNamesBySequence(aps))
          .containsExactly(Map.entry("00002.0", "blue-denyall"),
              Map.entry("00003.0", "blue-allowall"));
      List<FirewallPolicy> policies = all(FirewallPolicy.class);
      assertThat(policies).extracting(p -> p.fqName()).containsExactlyInAnyOrder(
          List.of("default-policy-management", "blue-denyall"),
          List.of("default-policy-management", "blue-allowall"));
      assertThat(policies).filteredOn(p -> p.name().orElse("").equals("blue-denyall"))
          .singleElement().satisfies(p -> assertThat(p.annotations().orElseThrow().keyValuePair())
              .anySatisfy(kv -> assertThat(kv.key()).contains("tail")));
      assertThat(all(Tag.class)).filteredOn(t -> t.fqName().equals(List.of("application=blue")))
          .hasSize(1);
      assertThat(all(VirtualNetwork.class)).filteredOn(n -> n.name().orElse("")
          .startsWith("blue-default-")).hasSize(2)
          .allSatisfy(n -> assertThat(tagNames(n)).containsExactly("application=blue"));
    }
    assertThat(config.requests()).filteredOn(r -> r.path().equals("/set-tag")).hasSize(3);
  }

  static List<String> tagNames(VncResource resource) {
    return resource.tagRefs().stream().map(r -> r.to().get(r.to().size() - 1)).toList();
  }

  static Map<String, String> policyNamesBySequence(ApplicationPolicySet aps) {
    return aps.firewallPolicyRefs().stream().collect(Collectors.toMap(
        r -> r.attr().flatMap(FirewallSequence::sequence).orElse("?"),
        (Reference<FirewallSequence> r) -> r.to().get(r.to().size() - 1),
        (a, b) -> a + "," + b, java.util.TreeMap::new));
  }
}

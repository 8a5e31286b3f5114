package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.vnc.model.ApplicationPolicySet;
import dev.nestedcontrail.sdk.vnc.model.FirewallPolicy;
import dev.nestedcontrail.sdk.vnc.model.FirewallRule;
import dev.nestedcontrail.sdk.vnc.model.FirewallSequence;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkPolicyTest extends KubeManagerHarness {
  static final List<String> APS = PolicyProvisioningTest.APS;

  @Test
  void networkPolicy_becomesItsFirewallPolicyInTheAps_andModifyRewritesTheRules() {
    try (KubeManager manager = startKubeManager()) {
      kube.create(networkPolicy("db", Map.of("podSelector", Map.of("matchLabels",
          Map.of("app", "db")), "ingress", List.of(Map.of(
              "from", List.of(Map.of("podSelector", Map.of("matchLabels", Map.of("app", "web")))),
              "ports", List.of(Map.of("protocol", "TCP", "port", 5432)))))));
      await().atMost(Duration.ofSeconds(10)).until(() -> policy("blue-default-db").isPresent()
          && manager.awaitIdle(Duration.ofSeconds(1)));

      FirewallPolicy policy = policy("blue-default-db").orElseThrow();
      assertThat(policy.fqName()).containsExactly("default-policy-management", "blue-default-db");
      assertThat(policy.firewallRuleRefs()).singleElement().satisfies(r -> {
        assertThat(r.to()).containsExactly("default-policy-management", "blue-default-db-ingress-0-0");
        assertThat(r.attr().flatMap(FirewallSequence::sequence)).contains("00001.0");
      });
      FirewallRule rule = rule("blue-default-db-ingress-0-0").orElseThrow();
      assertThat(rule.endpoint1().orElseThrow().tags()).containsExactly("app=web", "namespace=default");
      assertThat(rule.endpoint2().orElseThrow().tags()).containsExactly("app=db", "namespace=default");
      assertThat(rule.direction().map(Object::toString)).contains(">");
      assertThat(rule.actionList().flatMap(a -> a.simpleAction()).map(Object::toString)).contains("pass");
      assertThat(rule.service().flatMap(s -> s.protocol())).contains("tcp");
      assertThat(rule.service().flatMap(s -> s.dstPorts()).flatMap(p -> p.startPort())).contains(5432L);
      assertThat(PolicyProvisioningTest.tagNames(rule))
          .containsExactlyInAnyOrder("app=web", "app=db", "namespace=default");
      assertThat(PolicyProvisioningTest.policyNamesBySequence(aps())).containsExactly(
          Map.entry("00001.0", "blue-default-db"), Map.entry("00002.0", "blue-denyall"),
          Map.entry("00003.0", "blue-allowall"));
      assertThat(ruleNames(policy("blue-denyall").orElseThrow()))
          .containsExactly("blue-default-db-ingress-denyall");

      k8s.replace(networkPolicy("db", Map.of("podSelector", Map.of("matchLabels",
          Map.of("app", "db")), "policyTypes", List.of("Ingress", "Egress"), "ingress", List.of(
              Map.of("ports", List.of(Map.of("protocol", "TCP", "port", 5433), Map.of(
                  "protocol", "UDP", "port", 53))))), k8s.resources("networking.k8s.io/v1",
          "NetworkPolicy").inNamespace("default").get("db").orElseThrow()));

      await().atMost(Duration.ofSeconds(10)).until(() -> ruleNames(policy("blue-default-db")
          .orElseThrow()).size() == 2 && manager.awaitIdle(Duration.ofSeconds(1)));
      assertThat(ruleNames(policy("blue-default-db").orElseThrow())).containsExactly(
          "blue-default-db-ingress-0-0", "blue-default-db-ingress-0-1");
      assertThat(rule("blue-default-db-ingress-0-0").orElseThrow().endpoint1().orElseThrow().any())
          .contains(true);
      assertThat(rule("blue-default-db-ingress-0-1").orElseThrow().service()
          .flatMap(s -> s.protocol())).contains("udp");
      assertThat(ruleNames(policy("blue-denyall").orElseThrow())).containsExactlyInAnyOrder(
          "blue-default-db-ingress-denyall", "blue-default-db-egress-denyall");
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void delete_leavesNothing_andResyncRemovesPoliciesDeletedWhileStopped() {
    try (KubeManager manager = startKubeManager()) {
      kube.create(networkPolicy("deny", Map.of("podSelector", Map.of(),
          "policyTypes", List.of("Ingress", "Egress"))));
      kube.create(networkPolicy("web", Map.of("podSelector", Map.of("matchLabels",
          Map.of("app", "web")), "ingress", List.of(Map.of()))));
      await().atMost(Duration.ofSeconds(10)).until(() -> policy("blue-default-deny").isPresent()
          && policy("blue-default-web").isPresent() && manager.awaitIdle(Duration.ofSeconds(1)));

      k8s.resources("networking.k8s.io/v1", "NetworkPolicy").inNamespace("default")
          .deleteIfExists("deny");
      await().atMost(Duration.ofSeconds(10)).until(() -> policy("blue-default-deny").isEmpty()
          && manager.awaitIdle(Duration.ofSeconds(1)));
      assertThat(all(FirewallRule.class)).extracting(r -> r.name().orElse(""))
          .noneMatch(n -> n.startsWith("blue-default-deny-"));
      assertThat(PolicyProvisioningTest.policyNamesBySequence(aps())).doesNotContainValue(
          "blue-default-deny");
    }
    k8s.resources("networking.k8s.io/v1", "NetworkPolicy").inNamespace("default")
        .deleteIfExists("web");
    try (KubeManager restarted = startKubeManager()) {
      restarted.awaitIdle(Duration.ofSeconds(10));
      assertThat(policy("blue-default-web")).isEmpty();
      assertThat(all(FirewallPolicy.class)).extracting(p -> p.name().orElse(""))
          .containsExactlyInAnyOrder("blue-denyall", "blue-allowall");
      assertThat(all(FirewallRule.class)).isEmpty();
      assertThat(PolicyProvisioningTest.policyNamesBySequence(aps())).containsExactly(
          Map.entry("00002.0", "blue-denyall"), Map.entry("00003.0", "blue-allowall"));
      assertThat(restarted.metrics().eventErrors()).isZero();
    }
  }

  static KubernetesObject networkPolicy(String name, Map<String, Object> spec) {
    return KubernetesObject.of(Map.of("apiVersion", "networking.k8s.io/v1",
        "kind", "NetworkPolicy", "metadata", Map.of("name", name, "namespace", "default"),
        "spec", spec));
  }

  /** A new version of {@code current} with this spec. */
  static KubernetesObject networkPolicy(String name, Map<String, Object> spec,
      KubernetesObject current) {
    Map<String, Object> content = new java.util.LinkedHashMap<>(current.content());
    content.put("spec", spec);
    return KubernetesObject.of(content);
  }

  ApplicationPolicySet aps() {
    return vnc.resources(ApplicationPolicySet.class).readByFqName(APS);
  }

  Optional<FirewallPolicy> policy(String name) {
    return vnc.resources(FirewallPolicy.class).findByFqName(List.of("default-policy-management",
        name));
  }

  Optional<FirewallRule> rule(String name) {
    return vnc.resources(FirewallRule.class).findByFqName(List.of("default-policy-management",
        name));
  }

  static List<String> ruleNames(FirewallPolicy policy) {
    return policy.firewallRuleRefs().stream()
        .sorted(java.util.Comparator.comparing(r -> r.attr().flatMap(FirewallSequence::sequence)
            .orElse("")))
        .map(r -> r.to().get(r.to().size() - 1)).toList();
  }
}

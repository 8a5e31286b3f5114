package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.FirewallPlan;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.NetworkPolicyRules;
import dev.nestedcontrail.sdk.vnc.model.FirewallRule;
import dev.nestedcontrail.sdk.vnc.model.FirewallRuleEndpointType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NetworkPolicyRulesTest {
  static final KubeManagerConfig CONFIG = KubeManagerConfig.parse(KubeManagerConfigTest.NESTED_CONF);
  static final String CLUSTER = CONFIG.clusterName();
  static final Map<String, Map<String, String>> NAMESPACES = Map.of(
      "shop", Map.of("team", "a"), "dev", Map.of("team", "b"), "ops", Map.of("team", "a"));
  static final String ANY = "any 0-65535";
  static final String SHOP = "[namespace=shop]";

  static KubernetesObject policy(Map<String, Object> spec) {
    return KubernetesObject.of(Map.of("apiVersion", "networking.k8s.io/v1",
        "kind", "NetworkPolicy", "metadata", Map.of("name", "np", "namespace", "shop"),
        "spec", spec));
  }

  static Map<String, Object> spec(Object... keyValues) {
    Map<String, Object> spec = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      spec.put((String) keyValues[i], keyValues[i + 1]);
    }
    return spec;
  }

  static Map<String, Object> labels(String key, String value) {
    return Map.of("matchLabels", Map.of(key, value));
  }

  static Stream<Arguments> policies() {
    return Stream.of(
        Arguments.of("default deny of ingress: no rule, one deny rule",
            spec("podSelector", Map.of(), "policyTypes", List.of("Ingress")),
            List.of(),
            List.of("ingress-denyall deny any > " + SHOP + " " + ANY)),
        Arguments.of("pods by label to a port",
            spec("podSelector", labels("app", "db"), "ingress", List.of(Map.of(
                "from", List.of(Map.of("podSelector", labels("app", "web"))),
                "ports", List.of(Map.of("protocol", "TCP", "port", 5432))))),
            List.of("ingress-0-0 pass [app=web,namespace=shop] > [app=db,namespace=shop]"
                + " tcp 5432-5432"),
            List.of("ingress-denyall deny any > [app=db,namespace=shop] " + ANY)),
        Arguments.of("namespaceSelector AND podSelector: one rule per matching namespace",
            spec("podSelector", Map.of(), "ingress", List.of(Map.of("from", List.of(Map.of(
                "namespaceSelector", labels("team", "a"),
                "podSelector", labels("role", "client")))))),
            List.of("ingress-0-0 pass [role=client,namespace=ops] > " + SHOP + " " + ANY,
                "ingress-0-1 pass [role=client,namespace=shop] > " + SHOP + " " + ANY),
            List.of("ingress-denyall deny any > " + SHOP + " " + ANY)),
        Arguments.of("empty namespaceSelector: every pod of the cluster",
            spec("podSelector", Map.of(), "ingress", List.of(Map.of("from", List.of(Map.of(
                "namespaceSelector", Map.of()))))),
            List.of("ingress-0-0 pass [application=" + CLUSTER + "] > " + SHOP + " " + ANY),
            List.of("ingress-denyall deny any > " + SHOP + " " + ANY)),
        Arguments.of("namespaceSelector by expression, no namespace matches: no rule",
            spec("podSelector", Map.of(), "ingress", List.of(Map.of("from", List.of(Map.of(
                "namespaceSelector", Map.of("matchExpressions", List.of(Map.of("key", "team",
                    "operator", "In", "values", List.of("z"))))))))),
            List.of(),
            List.of("ingress-denyall deny any > " + SHOP + " " + ANY)),
        Arguments.of("egress section implies Egress; ipBlock except is denied first",
            spec("podSelector", Map.of(), "egress", List.of(Map.of(
                "to", List.of(Map.of("ipBlock", Map.of("cidr", "10.0.0.0/8",
                    "except", List.of("10.1.0.0/16")))),
                "ports", List.of(Map.of("protocol", "UDP", "port", 53))))),
            List.of("egress-0-0 deny " + SHOP + " > 10.1.0.0/16 udp 53-53",
                "egress-0-1 pass " + SHOP + " > 10.0.0.0/8 udp 53-53"),
            List.of("ingress-denyall deny any > " + SHOP + " " + ANY,
                "egress-denyall deny " + SHOP + " > any " + ANY)),
        Arguments.of("no peers: from anywhere; port ranges, default protocol, no port",
            spec("podSelector", Map.of("matchExpressions", List.of(Map.of("key", "Tier",
                "operator", "In", "values", List.of("front")))), "policyTypes",
                List.of("Ingress"), "ingress", List.of(Map.of("ports", List.of(
                    Map.of("port", 80), Map.of("protocol", "TCP", "port", 8000, "endPort", 8080),
                    Map.of("protocol", "SCTP"))))),
            List.of("ingress-0-0 pass any > [tier=front,namespace=shop] tcp 80-80",
                "ingress-0-1 pass any > [tier=front,namespace=shop] tcp 8000-8080",
                "ingress-0-2 pass any > [tier=front,namespace=shop] sctp 0-65535"),
            List.of("ingress-denyall deny any > [tier=front,namespace=shop] " + ANY)),
        Arguments.of("allow all egress, deny nothing in, Egress only",
            spec("podSelector", Map.of(), "policyTypes", List.of("Egress"),
                "egress", List.of(Map.of())),
            List.of("egress-0-0 pass " + SHOP + " > any " + ANY),
            List.of("egress-denyall deny " + SHOP + " > any " + ANY)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void plan_mapsTheSpecToRules(String description, Map<String, Object> spec,
      List<String> rules, List<String> denyRules) {
    FirewallPlan plan = new NetworkPolicyRules(CONFIG).plan(policy(spec), NAMESPACES);

    assertThat(plan.policyName()).isEqualTo(CLUSTER + "-shop-np");
    assertThat(plan.rules()).map(NetworkPolicyRulesTest::render).containsExactlyElementsOf(rules);
    assertThat(plan.denyRules()).map(NetworkPolicyRulesTest::render)
        .containsExactlyElementsOf(denyRules);
    assertThat(plan.allRules()).allSatisfy(r -> {
      assertThat(r.fqName()).containsExactly("default-policy-management", r.name().orElseThrow());
      assertThat(r.parentType()).contains("policy-management");
      assertThat(r.uuid()).contains(NetworkPolicyRules.uuid("firewall-rule", r.name().get()));
    });
  }

  @Test
  void plan_annotatesRulesAndListsTheirTags_andDigestFollowsTheSpec() {
    Map<String, Object> spec = spec("podSelector", labels("app", "db"), "ingress",
        List.of(Map.of("from", List.of(Map.of("podSelector", labels("app", "web"))))));
    NetworkPolicyRules rules = new NetworkPolicyRules(CONFIG);
    FirewallPlan plan = rules.plan(policy(spec), NAMESPACES);

    assertThat(plan.tags()).containsOnlyKeys("app=db", "app=web", "namespace=shop");
    assertThat(plan.tags().get("namespace=shop")).containsExactly("namespace", "shop");
    assertThat(plan.rules().get(0).annotations().orElseThrow().keyValuePair())
        .anySatisfy(p -> {
          assertThat(p.key()).contains("kind");
          assertThat(p.value()).contains("NetworkPolicy");
        });
    assertThat(rules.plan(policy(spec), NAMESPACES).digest()).isEqualTo(plan.digest());
    assertThat(rules.plan(policy(spec("podSelector", labels("app", "db"))), NAMESPACES).digest())
        .isNotEqualTo(plan.digest());
  }

  @Test
  void plan_whenNamedPortOrUnexpressibleSelector_fails() {
    NetworkPolicyRules rules = new NetworkPolicyRules(CONFIG);
    assertThatThrownBy(() -> rules.plan(policy(spec("podSelector", Map.of(), "ingress",
        List.of(Map.of("ports", List.of(Map.of("port", "http")))))), NAMESPACES))
        .isInstanceOf(ContrailClientException.class).hasMessageContaining("named port http");
    assertThatThrownBy(() -> rules.plan(policy(spec("podSelector", Map.of("matchExpressions",
        List.of(Map.of("key", "app", "operator", "Exists"))))), NAMESPACES))
        .isInstanceOf(ContrailClientException.class).hasMessageContaining("cannot be expressed");
  }

  private static String render(FirewallRule rule) {
    String prefix = CLUSTER + "-shop-np-";
    String service = rule.service().map(s -> s.protocol().orElse("?") + " "
        + s.dstPorts().flatMap(p -> p.startPort()).orElse(-1L) + "-"
        + s.dstPorts().flatMap(p -> p.endPort()).orElse(-1L)).orElse("?");
    return rule.name().orElseThrow().substring(prefix.length()) + " "
        + rule.actionList().flatMap(a -> a.simpleAction()).map(Object::toString).orElse("?") + " "
        + endpoint(rule.endpoint1().orElseThrow()) + " "
        + rule.direction().map(Object::toString).orElse("?") + " "
        + endpoint(rule.endpoint2().orElseThrow()) + " " + service;
  }

  private static String endpoint(FirewallRuleEndpointType e) {
    if (e.any().orElse(false)) {
      return "any";
    }
    if (e.subnet().isPresent()) {
      return e.subnet().get().ipPrefix().orElse("?") + "/" + e.subnet().get().ipPrefixLen()
          .orElse(-1L);
    }
    return "[" + String.join(",", e.tags()) + "]";
  }
}

package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.ActionListType;
import dev.nestedcontrail.sdk.vnc.model.FirewallRule;
import dev.nestedcontrail.sdk.vnc.model.FirewallRuleDirectionType;
import dev.nestedcontrail.sdk.vnc.model.FirewallRuleEndpointType;
import dev.nestedcontrail.sdk.vnc.model.FirewallServiceType;
import dev.nestedcontrail.sdk.vnc.model.SimpleActionType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps a {@code networking.k8s.io/v1} NetworkPolicy to tag-based firewall rules, as the Python
 * kube-manager's {@code vnc_security_policy.py} does, with Kubernetes semantics where the two
 * differ. Pure: the same policy and namespaces give the same plan.
 *
 * <ul>
 *   <li>Policy {@code <cluster>-<ns>-<name>} under {@code default-policy-management}; its rules
 *       are named {@code <policy>-ingress-<i>-<n>} / {@code <policy>-egress-<i>-<n>} (rule
 *       {@code i} of the spec, {@code n}-th peer × port) with uuids derived from the names. Every
 *       rule has direction {@code >} (from endpoint 1 to endpoint 2).
 *   <li>Selected pods: the tags of {@code spec.podSelector} ({@code matchLabels}, single-value
 *       {@code In}) plus {@code namespace=<ns>}. Label {@code k: v} is tag {@code k=v}.
 *   <li>{@code policyTypes}: as given; when absent {@code Ingress}, plus {@code Egress} when the
 *       spec has an {@code egress} section (Kubernetes defaulting; Python assumed Ingress only).
 *   <li>Ingress rule: endpoint 1 = peer, endpoint 2 = selected pods. Egress rule: endpoint 1 =
 *       selected pods, endpoint 2 = peer. A rule without peers allows any endpoint.
 *   <li>Peers: {@code podSelector} alone = its tags + {@code namespace=<ns>};
 *       {@code namespaceSelector} = one endpoint per namespace whose labels match (tag
 *       {@code namespace=<match>}, plus the podSelector's tags when both are given: Kubernetes
 *       ANDs them, Python made two rules), or {@code application=<cluster>} (the tag every pod
 *       inherits from the cluster's networks) for the empty selector; {@code ipBlock} = a pass
 *       rule for {@code cidr} (endpoint subnet) preceded by a deny rule per {@code except}.
 *   <li>Ports: one service per port, protocol lower-cased (default tcp), destination
 *       {@code port..endPort}, any port when {@code port} is absent; no ports = protocol
 *       {@code any}, ports 0-65535. Named ports cannot be mapped (they differ per pod) and fail
 *       the policy.
 *   <li>Default deny: for each policy type the deny rule {@code <policy>-ingress-denyall}
 *       (any → selected, deny) or {@code <policy>-egress-denyall} (selected → any, deny) goes into
 *       {@code <cluster>-denyall}, which the APS evaluates after every network policy and before
 *       {@code <cluster>-allowall}.
 * </ul>
 */
public final class NetworkPolicyRules {
  public static final String KIND = "NetworkPolicy";
  private final String cluster;
  private final String owner;
  private final Names names;

  public NetworkPolicyRules(KubeManagerConfig config) {
    this.cluster = config.clusterName();
    this.owner = config.clusterOwner();
    this.names = new Names(config);
  }

  /** The policy's name {@code <cluster>-<ns>-<name>}. */
  public String policyName(String namespace, String name) {
    return cluster + "-" + namespace + "-" + name;
  }

  /** The annotations of a NetworkPolicy's firewall objects; kind {@code NetworkPolicy}. */
  public Map<String, String> annotations(String namespace, String name) {
    return Annotations.common(owner, cluster, names.project(namespace).get(1), namespace, name,
        KIND);
  }

  /** The plan of {@code policy}; {@code namespaceLabels} are the live namespaces' labels. */
  public FirewallPlan plan(KubernetesObject policy, Map<String, Map<String, String>> namespaceLabels) {
    String namespace = policy.namespace().orElse("default");
    String policyName = policyName(namespace, policy.name());
    NetworkPolicyPeers peers = new NetworkPolicyPeers(cluster, namespace, namespaceLabels);
    FirewallRuleEndpointType selected = peers.selected(policy.at("spec", "podSelector")
        .orElse(Map.of()));
    FirewallPlan.Builder plan = FirewallPlan.builder().policyName(policyName);
    Map<String, String> annotations = annotations(namespace, policy.name());
    for (String type : policyTypes(policy)) {
      boolean ingress = type.equals("Ingress");
      String direction = ingress ? "ingress" : "egress";
      List<?> specRules = policy.at("spec", direction).filter(List.class::isInstance)
          .map(List.class::cast).orElse(List.of());
      for (int i = 0; i < specRules.size(); i++) {
        Map<?, ?> specRule = specRules.get(i) instanceof Map ? (Map<?, ?>) specRules.get(i)
            : Map.of();
        List<FirewallServiceType> services = NetworkPolicyPeers.services(specRule.get("ports"));
        int n = 0;
        for (NetworkPolicyPeers.Peer peer : peers.peers(specRule.get(ingress ? "from" : "to"))) {
          for (FirewallServiceType service : services) {
            String ruleName = policyName + "-" + direction + "-" + i + "-" + n++;
            plan.addRules(ingress
                ? rule(ruleName, peer.endpoint(), selected, service, peer.action(), annotations)
                : rule(ruleName, selected, peer.endpoint(), service, peer.action(), annotations));
          }
        }
      }
      FirewallServiceType any = NetworkPolicyPeers.service("any", 0, 65535);
      String denyName = policyName + "-" + direction + "-denyall";
      plan.addDenyRules(ingress
          ? rule(denyName, NetworkPolicyPeers.any(), selected, any, SimpleActionType.DENY,
              annotations)
          : rule(denyName, selected, NetworkPolicyPeers.any(), any, SimpleActionType.DENY,
              annotations));
    }
    return plan.build();
  }

  /** {@code spec.policyTypes}, or Kubernetes' default for the spec. */
  static List<String> policyTypes(KubernetesObject policy) {
    Optional<Object> given = policy.at("spec", "policyTypes");
    if (given.isPresent() && given.get() instanceof List) {
      List<String> types = new ArrayList<>();
      ((List<?>) given.get()).forEach(t -> types.add(String.valueOf(t)));
      return types;
    }
    return policy.at("spec", "egress").isPresent() ? List.of("Ingress", "Egress")
        : List.of("Ingress");
  }

  /** The deterministic uuid of a firewall object of this name. */
  public static String uuid(String kind, String name) {
    return UUID.nameUUIDFromBytes((kind + "/" + name).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static FirewallRule rule(String name, FirewallRuleEndpointType from,
      FirewallRuleEndpointType to, FirewallServiceType service, SimpleActionType action,
      Map<String, String> annotations) {
    return FirewallRule.builder().uuid(uuid("firewall-rule", name)).name(name)
        .fqName(PolicyProvisioner.child(name)).parentType("policy-management")
        .actionList(ActionListType.builder().simpleAction(action).build())
        .direction(FirewallRuleDirectionType.GT).endpoint1(from).endpoint2(to).service(service)
        .annotations(Annotations.of(annotations)).build();
  }
}

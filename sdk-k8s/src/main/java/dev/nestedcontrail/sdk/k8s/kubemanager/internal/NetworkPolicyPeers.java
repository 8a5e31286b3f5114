package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.vnc.model.FirewallRuleEndpointType;
import dev.nestedcontrail.sdk.vnc.model.FirewallServiceType;
import dev.nestedcontrail.sdk.vnc.model.PortType;
import dev.nestedcontrail.sdk.vnc.model.SimpleActionType;
import dev.nestedcontrail.sdk.vnc.model.SubnetType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The endpoints and services of the firewall rules of one NetworkPolicy: the selected pods, the
 * peers of {@code from}/{@code to} and the {@code ports}. See {@link NetworkPolicyRules} for the
 * mapping.
 */
final class NetworkPolicyPeers {
  /** One endpoint of a rule, and what happens to traffic from or to it. */
  record Peer(FirewallRuleEndpointType endpoint, SimpleActionType action) {}

  private final String cluster;
  private final String namespace;
  private final Map<String, Map<String, String>> namespaceLabels;

  NetworkPolicyPeers(String cluster, String namespace,
      Map<String, Map<String, String>> namespaceLabels) {
    this.cluster = cluster;
    this.namespace = namespace;
    this.namespaceLabels = new TreeMap<>(namespaceLabels);
  }

  static FirewallRuleEndpointType any() {
    return FirewallRuleEndpointType.builder().any(true).build();
  }

  /** The pods the policy applies to: {@code spec.podSelector} in the policy's namespace. */
  FirewallRuleEndpointType selected(Object podSelector) {
    return tags(equalities(podSelector), Annotations.NAMESPACE, namespace);
  }

  /** The peers of a {@code from} or {@code to} list; anything when the list is missing or empty. */
  List<Peer> peers(Object list) {
    List<Peer> peers = new ArrayList<>();
    if (!(list instanceof List) || ((List<?>) list).isEmpty()) {
      peers.add(new Peer(any(), SimpleActionType.PASS));
      return peers;
    }
    for (Object item : (List<?>) list) {
      if (item instanceof Map) {
        peers.addAll(peer((Map<?, ?>) item));
      }
    }
    return peers;
  }

  private List<Peer> peer(Map<?, ?> peer) {
    List<Peer> peers = new ArrayList<>();
    if (peer.get("ipBlock") instanceof Map) {
      Map<?, ?> block = (Map<?, ?>) peer.get("ipBlock");
      if (block.get("except") instanceof List) {
        for (Object cidr : (List<?>) block.get("except")) {
          peers.add(new Peer(subnet(String.valueOf(cidr)), SimpleActionType.DENY));
        }
      }
      peers.add(new Peer(subnet(String.valueOf(block.get("cidr"))), SimpleActionType.PASS));
      return peers;
    }
    Map<String, String> pods = equalities(peer.get("podSelector"));
    if (!peer.containsKey("namespaceSelector")) {
      if (peer.containsKey("podSelector")) {
        peers.add(new Peer(tags(pods, Annotations.NAMESPACE, namespace), SimpleActionType.PASS));
      }
      return peers;
    }
    LabelSelector namespaces = LabelSelector.of(peer.get("namespaceSelector"))
        .orElseThrow(() -> new ContrailClientException("namespaceSelector: " + peer
            .get("namespaceSelector") + " is not a label selector"));
    if (namespaces.empty()) {
      peers.add(new Peer(tags(pods, "application", cluster), SimpleActionType.PASS));
      return peers;
    }
    namespaceLabels.forEach((name, labels) -> {
      if (namespaces.matches(labels)) {
        peers.add(new Peer(tags(pods, Annotations.NAMESPACE, name), SimpleActionType.PASS));
      }
    });
    return peers;
  }

  /** The services of a {@code ports} list; any protocol and port when it is missing or empty. */
  static List<FirewallServiceType> services(Object ports) {
    List<FirewallServiceType> services = new ArrayList<>();
    if (!(ports instanceof List) || ((List<?>) ports).isEmpty()) {
      services.add(service("any", 0, 65535));
      return services;
    }
    for (Object item : (List<?>) ports) {
      Map<?, ?> port = item instanceof Map ? (Map<?, ?>) item : Map.of();
      Object given = port.get("protocol");
      String protocol = (given == null ? "TCP" : String.valueOf(given)).toLowerCase(Locale.ROOT);
      Object number = port.get("port");
      if (number == null) {
        services.add(service(protocol, 0, 65535));
        continue;
      }
      long start = portNumber(number);
      Object end = port.get("endPort");
      services.add(service(protocol, start, end == null ? start : portNumber(end)));
    }
    return services;
  }

  private static long portNumber(Object value) {
    if (value instanceof Number) {
      return ((Number) value).longValue();
    }
    String text = String.valueOf(value);
    if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
      return Long.parseLong(text);
    }
    throw new ContrailClientException("port: named port " + text
        + " cannot be mapped to a firewall service (it differs per pod)");
  }

  static FirewallServiceType service(String protocol, long start, long end) {
    return FirewallServiceType.builder().protocol(protocol)
        .srcPorts(PortType.builder().startPort(0L).endPort(65535L).build())
        .dstPorts(PortType.builder().startPort(start).endPort(end).build()).build();
  }

  private static FirewallRuleEndpointType subnet(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      throw new ContrailClientException("ipBlock: cidr " + cidr + " is not a CIDR");
    }
    return FirewallRuleEndpointType.builder().subnet(SubnetType.builder()
        .ipPrefix(cidr.substring(0, slash))
        .ipPrefixLen(Long.parseLong(cidr.substring(slash + 1))).build()).build();
  }

  private static Map<String, String> equalities(Object selector) {
    return LabelSelector.of(selector).map(LabelSelector::equalities).orElse(Map.of());
  }

  private static FirewallRuleEndpointType tags(Map<String, String> labels, String key,
      String value) {
    Map<String, String> all = new LinkedHashMap<>();
    labels.forEach((k, v) -> all.put(TagCache.type(k), v));
    all.put(key, value);
    FirewallRuleEndpointType.Builder b = FirewallRuleEndpointType.builder();
    all.forEach((k, v) -> b.addTags(TagCache.name(k, v)));
    return b.build();
  }
}

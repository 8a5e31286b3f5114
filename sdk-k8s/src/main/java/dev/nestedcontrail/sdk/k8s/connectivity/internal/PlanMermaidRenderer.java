package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServiceEntry;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceEndpoint;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceRole;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plan as a Mermaid flowchart: {@code overlay -->|entry name| s<n>} to each service
 * IP:port, then {@code s<n> --> u<m>} to the underlay node:port (127.0.0.1 is labelled as the
 * vrouter agent of the VM's compute node); in Option 1 also {@code overlay -->|Fabric SNAT| u<m>}
 * for each underlay endpoint.
 */
public final class PlanMermaidRenderer {

  private static final String OVERLAY = "overlay";

  private final Map<String, String> nodes = new LinkedHashMap<>();
  private final StringBuilder edges = new StringBuilder();

  private PlanMermaidRenderer() {}

  public static String render(ConnectivityPlan plan) {
    return new PlanMermaidRenderer().chart(plan);
  }

  private String chart(ConnectivityPlan plan) {
    for (LinkLocalServiceEntry entry : plan.entries()) {
      String service = node("s", entry.serviceAddress().toString());
      Ipv4Address fabricIp = entry.fabricIp().orElseThrow();
      String fabric = node("u", ServiceEndpoint.of(fabricIp, entry.fabricPort())
          + (fabricIp.equals(Ipv4Address.LOOPBACK) ? " (vrouter agent of the VM's compute node)"
              : ""));
      edge(OVERLAY, entry.name(), service);
      edge(service, "", fabric);
    }
    plan.fabricSnatNetwork().ifPresent(network -> plan.endpoints().forEach((role, endpoints) -> {
      if (role != ServiceRole.VROUTER) {
        endpoints.forEach(endpoint ->
            edge(OVERLAY, "Fabric SNAT " + role.key(), node("u", endpoint.toString())));
      }
    }));
    StringBuilder out = new StringBuilder("flowchart LR\n");
    out.append("  ").append(OVERLAY).append("[\"Overlay Kubernetes cluster (")
        .append(plan.connectivity().fileName()).append(")\"]\n");
    nodes.forEach((label, id) ->
        out.append("  ").append(id).append("[\"").append(escape(label)).append("\"]\n"));
    return out.append(edges).toString();
  }

  private String node(String prefix, String label) {
    return nodes.computeIfAbsent(label, l -> prefix + nodes.size());
  }

  private void edge(String from, String label, String to) {
    edges.append("  ").append(from).append(" -->");
    if (!label.isEmpty()) {
      edges.append("|\"").append(escape(label)).append("\"|");
    }
    edges.append(' ').append(to).append('\n');
  }

  private static String escape(String text) {
    return text.replace("\"", "#quot;");
  }
}

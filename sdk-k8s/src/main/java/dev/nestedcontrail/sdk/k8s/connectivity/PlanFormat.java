package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.k8s.connectivity.internal.PlanJsonRenderer;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.PlanMermaidRenderer;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.PlanTableRenderer;

/** The ways a {@link ConnectivityPlan} is shown to people and programs. */
public enum PlanFormat {
  /**
   * The seed's Markdown table, {@code | LL Service Name | Service IP | Service Port | Fabric IP |
   * Fabric Port |}, one row per entry in plan order, columns padded to equal width. In Option 1 a
   * line after the table names the network that needs Fabric SNAT.
   */
  TABLE {
    @Override
    public String render(ConnectivityPlan plan) {
      return PlanTableRenderer.render(plan);
    }
  },
  /**
   * JSON: {@code {"connectivity": "link-local-only"|"fabric-snat", "entries": [{"name",
   * "serviceIp", "servicePort", "fabricIp", "fabricPort"}...], "fabricSnatNetwork": "d:p:n"
   * (Option 1 only), "endpoints": {"config": ["ip:port", ...], "analytics": [...], "msgQueue":
   * [...], "configDb": [...], "keystone": [...], "vrouters": [...]}, "vrouterVip": "ip"}}. Ports
   * are numbers, addresses strings; {@code endpoints} has every role key, in that order, each with
   * the list of {@code ip:port} strings of {@link ConnectivityPlan#endpoints()} (possibly empty).
   */
  JSON {
    @Override
    public String render(ConnectivityPlan plan) {
      return PlanJsonRenderer.render(plan);
    }
  },
  /**
   * A Mermaid flowchart: overlay cluster → service IP:port (edge labelled with the entry name) →
   * underlay node:port; in Option 1 also overlay → underlay node:port through Fabric SNAT.
   */
  MERMAID {
    @Override
    public String render(ConnectivityPlan plan) {
      return PlanMermaidRenderer.render(plan);
    }
  };

  /** The plan in this format, ending with a newline. */
  public abstract String render(ConnectivityPlan plan);
}

package dev.nestedcontrail.sdk.k8s.internal;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.k8s.PreflightFinding;
import dev.nestedcontrail.sdk.vnc.analytics.AnalyticsClient;
import dev.nestedcontrail.sdk.vnc.analytics.UveEntry;
import dev.nestedcontrail.sdk.vnc.analytics.UveFilter;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analytics side of the preflight: whether the vrouter agent of each compute of the topology
 * is up, from the {@code vrouter} UVEs ({@code GET /analytics/uves/vrouter/*?cfilt=VrouterAgent,
 * NodeStatus}). A compute's UVE is the one whose {@code VrouterAgent.control_ip} or
 * {@code VrouterAgent.self_ip_list} holds the compute's address (UVEs are named by host name);
 * its agent is up when the {@code NodeStatus.process_status} entry of
 * {@code contrail-vrouter-agent} is {@code Functional} (what {@code contrail-status} shows), down
 * (a failed finding) when it is not, and unknown (a warning) without such a UVE or entry. An
 * analytics API that cannot be read gives one warning instead. Reads only.
 */
public final class AnalyticsPreflight {
  static final String REACHABLE = "analytics API reachable";
  static final String VROUTER_UP = "vrouter up on compute ";
  static final String AGENT = "contrail-vrouter-agent";
  private static final UveFilter STRUCTS = UveFilter.builder()
      .addStructFilters("VrouterAgent", "NodeStatus").build();

  private AnalyticsPreflight() {}

  public static List<PreflightFinding> check(AnalyticsClient analytics,
      List<Ipv4Address> computes) {
    List<UveEntry> uves;
    try {
      uves = analytics.uves("vrouter", "*", STRUCTS);
    } catch (ContrailException e) {
      return List.of(PreflightFinding.warning(REACHABLE, "vrouter states not checked: "
          + e.getMessage()));
    }
    List<PreflightFinding> findings = new ArrayList<>();
    for (Ipv4Address compute : computes) {
      String check = VROUTER_UP + compute;
      Optional<UveEntry> uve = uves.stream().filter(u -> reports(u, compute.toString()))
          .findFirst();
      if (uve.isEmpty()) {
        findings.add(PreflightFinding.warning(check, "unknown: no vrouter UVE has "
            + compute + " as control_ip or in self_ip_list"));
        continue;
      }
      String name = uve.get().name();
      Optional<Map<?, ?>> agent = struct(uve.get(), "NodeStatus").map(s -> s.get("process_status"))
          .filter(List.class::isInstance).flatMap(list -> ((List<?>) list).stream()
              .filter(Map.class::isInstance).map(p -> (Map<?, ?>) p)
              .filter(p -> AGENT.equals(p.get("module_id"))).findFirst());
      if (agent.isEmpty()) {
        findings.add(PreflightFinding.warning(check, "unknown: vrouter UVE " + name
            + " has no NodeStatus of " + AGENT));
      } else if (ProcessState.FUNCTIONAL.wireName().equals(agent.get().get("state"))) {
        findings.add(PreflightFinding.passed(check, name + ": " + AGENT + " "
            + agent.get().get("state")));
      } else {
        Object description = agent.get().get("description");
        findings.add(PreflightFinding.failed(check, name + ": " + AGENT + " "
            + agent.get().get("state") + (description == null ? "" : " (" + description + ")")));
      }
    }
    return findings;
  }

  private static boolean reports(UveEntry uve, String address) {
    Optional<Map<?, ?>> agent = struct(uve, "VrouterAgent");
    return uve.name().equals(address)
        || agent.map(a -> address.equals(a.get("control_ip"))).orElse(false)
        || agent.map(a -> a.get("self_ip_list")).filter(List.class::isInstance)
            .map(l -> ((List<?>) l).contains(address)).orElse(false);
  }

  private static Optional<Map<?, ?>> struct(UveEntry uve, String name) {
    return Optional.ofNullable(uve.value().get(name)).filter(Map.class::isInstance)
        .map(s -> (Map<?, ?>) s);
  }
}

package dev.nestedcontrail.sdk.k8s.internal;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import dev.nestedcontrail.sdk.k8s.PreflightFinding;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalApplyResult;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceIpCheck;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The config API side of the preflight: reachable and authenticated, node network present,
 * service IPs unused (no instance-ip or floating-ip has one, no other link-local entry uses one),
 * with the dry run of the link-local apply that {@link dev.nestedcontrail.sdk.k8s.NestedPlan}
 * shows. Reads only.
 */
public final class ConfigPreflight {
  static final String REACHABLE = "config API reachable and authenticated";
  static final String NODE_NETWORK = "node network exists";
  static final String SERVICE_IPS = "service IPs unused";

  /** The findings, and the dry run when the config API could be read far enough. */
  public record Outcome(List<PreflightFinding> findings, Optional<LinkLocalApplyResult> dryRun) {}

  private ConfigPreflight() {}

  public static Outcome check(VncClient vnc, ConnectivityPlan plan, Optional<String> nodeNetwork) {
    List<PreflightFinding> findings = new ArrayList<>();
    try {
      boolean networkFound = nodeNetwork.map(fqName -> vnc.virtualNetworks()
          .findByFqName(Arrays.asList(fqName.split(":"))).isPresent()).orElse(true);
      findings.add(PreflightFinding.passed(REACHABLE, "answered at " + vnc.currentEndpoint()));
      nodeNetwork.ifPresent(fqName -> findings.add(networkFound
          ? PreflightFinding.passed(NODE_NETWORK, fqName)
          : PreflightFinding.failed(NODE_NETWORK, fqName + " not found")));
      if (!networkFound) {
        return new Outcome(findings, Optional.empty());
      }
      LinkLocalApplyResult dryRun = LinkLocalServices.builder().vnc(vnc).plan(plan)
          .serviceIpCheck(ServiceIpCheck.WARN).build().dryRun();
      List<String> used = new ArrayList<>(dryRun.warnings());
      dryRun.change().linkLocal().conflicts().forEach(c -> used.add(c.toString()));
      findings.add(used.isEmpty()
          ? PreflightFinding.passed(SERVICE_IPS, "no instance-ip, floating-ip or other "
              + "link-local entry has one")
          : PreflightFinding.failed(SERVICE_IPS, String.join("; ", used)));
      return new Outcome(findings, Optional.of(dryRun));
    } catch (UnauthorizedException e) {
      findings.add(PreflightFinding.failed(REACHABLE, "authentication refused: " + e.getMessage()));
    } catch (ContrailException e) {
      findings.add(PreflightFinding.failed(REACHABLE, e.getMessage()));
    }
    return new Outcome(findings, Optional.empty());
  }
}

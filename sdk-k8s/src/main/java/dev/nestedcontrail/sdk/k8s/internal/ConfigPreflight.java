package dev.nestedcontrail.sdk.k8s.internal;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import dev.nestedcontrail.sdk.k8s.PreflightFinding;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalDiff;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServiceEntry;
import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServicesTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The config API side of planning: the preflight checks (reachable and authenticated, node
 * network present, service IPs unused) and the link-local entries configured now.
 */
public final class ConfigPreflight {
  static final String REACHABLE = "config API reachable and authenticated";
  static final String NODE_NETWORK = "node network exists";
  static final String SERVICE_IPS = "service IPs unused";
  static final List<String> GLOBAL_VROUTER_CONFIG =
      List.of("default-global-system-config", "default-global-vrouter-config");

  private ConfigPreflight() {}

  /** The link-local entries of global-vrouter-config now, in their stored order. */
  public static List<LinkLocalServiceEntry> linkLocalEntries(VncClient vnc) {
    Optional<GlobalVrouterConfig> config =
        vnc.globalVrouterConfigs().findByFqName(GLOBAL_VROUTER_CONFIG);
    List<LinkLocalServiceEntry> entries = new ArrayList<>();
    config.flatMap(GlobalVrouterConfig::linklocalServices)
        .map(LinklocalServicesTypes::linklocalServiceEntry).orElse(List.of())
        .forEach(e -> entries.add(entry(e)));
    return entries;
  }

  public static List<PreflightFinding> check(VncClient vnc, ConnectivityPlan plan,
      Optional<String> nodeNetwork) {
    List<PreflightFinding> findings = new ArrayList<>();
    List<LinkLocalServiceEntry> existing;
    try {
      existing = linkLocalEntries(vnc);
      findings.add(PreflightFinding.passed(REACHABLE, "global-vrouter-config has "
          + existing.size() + " link-local entries"));
    } catch (UnauthorizedException e) {
      return List.of(PreflightFinding.failed(REACHABLE, "authentication refused: "
          + e.getMessage()));
    } catch (ContrailException e) {
      return List.of(PreflightFinding.failed(REACHABLE, e.getMessage()));
    }
    nodeNetwork.ifPresent(fqName -> findings.add(vnc.virtualNetworks()
        .findByFqName(Arrays.asList(fqName.split(":"))).isPresent()
        ? PreflightFinding.passed(NODE_NETWORK, fqName)
        : PreflightFinding.failed(NODE_NETWORK, fqName + " not found")));
    findings.add(serviceIps(vnc, plan, existing));
    return findings;
  }

  private static PreflightFinding serviceIps(VncClient vnc, ConnectivityPlan plan,
      List<LinkLocalServiceEntry> existing) {
    Set<Ipv4Address> ips = new LinkedHashSet<>();
    plan.entries().forEach(e -> ips.add(e.serviceIp()));
    List<String> used = new ArrayList<>();
    for (Ipv4Address ip : ips) {
      long count = vnc.instanceIps().count(ListQuery.builder()
          .filter("instance_ip_address", ip.toString()).build());
      if (count > 0) {
        used.add(ip + " (an instance-ip)");
      }
    }
    LinkLocalDiff.between(existing, plan).conflicts().forEach(c ->
        used.add(c.existing().serviceIp() + " (link-local " + c.existing().name() + ")"));
    return used.isEmpty()
        ? PreflightFinding.passed(SERVICE_IPS, ips.size() + " service IPs free")
        : PreflightFinding.failed(SERVICE_IPS, "in use: " + String.join(", ", used));
  }

  private static LinkLocalServiceEntry entry(LinklocalServiceEntryType e) {
    LinkLocalServiceEntry.Builder b = LinkLocalServiceEntry.builder()
        .name(e.linklocalServiceName().orElse(""))
        .serviceIp(Ipv4Address.of("linklocal_service_ip", e.linklocalServiceIp().orElse("")))
        .servicePort(e.linklocalServicePort().orElse(0L).intValue())
        .fabricPort(e.ipFabricServicePort().orElse(0L).intValue());
    e.ipFabricServiceIp().forEach(ip -> b.addFabricIps(Ipv4Address.of("ip_fabric_service_ip", ip)));
    e.ipFabricDnsServiceName().filter(s -> !s.isEmpty()).ifPresent(b::fabricDnsName);
    return b.build();
  }
}

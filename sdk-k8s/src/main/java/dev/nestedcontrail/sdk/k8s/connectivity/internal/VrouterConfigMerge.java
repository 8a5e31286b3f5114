package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.k8s.connectivity.Connectivity;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityChange;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalDiff;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServiceEntry;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceEndpoint;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceRole;
import dev.nestedcontrail.sdk.vnc.model.FlowAgingTimeout;
import dev.nestedcontrail.sdk.vnc.model.FlowAgingTimeoutList;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServicesTypes;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPool;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPools;
import dev.nestedcontrail.sdk.vnc.model.PortType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The pure merge behind {@link ConnectivityChange}: from the global-vrouter-config as read and a
 * plan to the one new state.
 */
public final class VrouterConfigMerge {
  /** The timeout kube-manager gives the flows of long-lived underlay connections in nested mode. */
  public static final long LONGEST_FLOW_AGING_SECONDS = Integer.MAX_VALUE;

  /** Roles whose connections stay open for the life of a component (kube-manager's list). */
  private static final List<ServiceRole> LONG_LIVED =
      List.of(ServiceRole.CONFIG, ServiceRole.ANALYTICS, ServiceRole.MSG_QUEUE, ServiceRole.CONFIG_DB);

  private static final List<PortTranslationPool> DEFAULT_POOLS = List.of(
      pool("tcp", 56000, 57023), pool("udp", 57024, 58047));

  private VrouterConfigMerge() {}

  /** The undo of the plan's link-local entries; pools and flow aging stay as they are. */
  public static ConnectivityChange removal(GlobalVrouterConfig current, ConnectivityPlan plan) {
    return linkLocal(current, readable -> LinkLocalDiff.removing(readable, plan.entries())).build();
  }

  public static ConnectivityChange compute(GlobalVrouterConfig current, ConnectivityPlan plan) {
    ConnectivityChange.Builder change =
        linkLocal(current, readable -> LinkLocalDiff.between(readable, plan));
    if (plan.connectivity() == Connectivity.FABRIC_SNAT) {
      Set<String> protocols = new LinkedHashSet<>();
      storedPools(current).forEach(p -> p.protocol().ifPresent(
          protocol -> protocols.add(protocol.toLowerCase(Locale.ROOT))));
      DEFAULT_POOLS.stream().filter(p -> !protocols.contains(p.protocol().orElseThrow()))
          .forEach(change::addPoolsToAdd);
    }
    Set<Long> agedPorts = new LinkedHashSet<>();
    storedFlowAging(current).stream()
        .filter(f -> f.protocol().map(p -> p.equalsIgnoreCase("tcp")).orElse(false))
        .forEach(f -> f.port().ifPresent(agedPorts::add));
    for (ServiceRole role : LONG_LIVED) {
      for (ServiceEndpoint endpoint : plan.endpoints().getOrDefault(role, List.of())) {
        long port = endpoint.port();
        if (agedPorts.add(port)) {
          change.addFlowAgingToAdd(FlowAgingTimeout.builder().protocol("tcp").port(port)
              .timeoutInSeconds(LONGEST_FLOW_AGING_SECONDS).build());
        }
      }
    }
    return change.build();
  }

  private static ConnectivityChange.Builder linkLocal(GlobalVrouterConfig current,
      Function<List<LinkLocalServiceEntry>, LinkLocalDiff> diff) {
    List<LinkLocalServiceEntry> readable = new ArrayList<>();
    List<LinklocalServiceEntryType> unreadable = new ArrayList<>();
    for (LinklocalServiceEntryType wire : storedEntries(current)) {
      LinkLocalWire.toEntry(wire).ifPresentOrElse(readable::add, () -> unreadable.add(wire));
    }
    ConnectivityChange.Builder change = ConnectivityChange.builder();
    change.before(current).linkLocal(diff.apply(readable)).unreadableEntries(unreadable);
    return change;
  }

  /** {@code change.before()} with the changed properties replaced. */
  public static GlobalVrouterConfig after(ConnectivityChange change) {
    GlobalVrouterConfig before = change.before();
    GlobalVrouterConfig.Builder after = GlobalVrouterConfig.builder();
    after.from(before);
    if (change.linkLocal().hasChanges()) {
      LinklocalServicesTypes.Builder services = LinklocalServicesTypes.builder();
      before.linklocalServices().ifPresent(services::from);
      after.linklocalServices(services.linklocalServiceEntry(mergedEntries(change)).build());
    }
    if (!change.poolsToAdd().isEmpty()) {
      PortTranslationPools.Builder pools = PortTranslationPools.builder();
      before.portTranslationPools().ifPresent(pools::from);
      after.portTranslationPools(pools.addAllPortTranslationPool(change.poolsToAdd()).build());
    }
    if (!change.flowAgingToAdd().isEmpty()) {
      FlowAgingTimeoutList.Builder aging = FlowAgingTimeoutList.builder();
      before.flowAgingTimeoutList().ifPresent(aging::from);
      after.flowAgingTimeoutList(aging.addAllFlowAgingTimeout(change.flowAgingToAdd()).build());
    }
    return after.build();
  }

  public static List<LinklocalServiceEntryType> storedEntries(GlobalVrouterConfig config) {
    return config.linklocalServices().map(LinklocalServicesTypes::linklocalServiceEntry)
        .orElse(List.of());
  }

  public static List<PortTranslationPool> storedPools(GlobalVrouterConfig config) {
    return config.portTranslationPools().map(PortTranslationPools::portTranslationPool)
        .orElse(List.of());
  }

  public static List<FlowAgingTimeout> storedFlowAging(GlobalVrouterConfig config) {
    return config.flowAgingTimeoutList().map(FlowAgingTimeoutList::flowAgingTimeout)
        .orElse(List.of());
  }

  /**
   * The stored list with the merge applied: unreadable and unchanged entries exactly as stored,
   * removed ones dropped, updated ones replaced, then the additions.
   */
  private static List<LinklocalServiceEntryType> mergedEntries(ConnectivityChange change) {
    return change.linkLocal().merge(storedEntries(change.before()), LinkLocalWire::toEntry,
        LinkLocalWire::toWire);
  }

  private static PortTranslationPool pool(String protocol, long start, long end) {
    return PortTranslationPool.builder().protocol(protocol)
        .portRange(PortType.builder().startPort(start).endPort(end).build()).build();
  }
}

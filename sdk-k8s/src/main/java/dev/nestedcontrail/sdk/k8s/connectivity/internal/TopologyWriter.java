package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceRole;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a topology in the file format, keys in the documented order, optional keys only when
 * set, lists of addresses in flow style ({@code [a, b]}) as in the documentation.
 */
public final class TopologyWriter {

  private TopologyWriter() {}

  public static String write(UnderlayTopology topology) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("connectivity", topology.connectivity().fileName());
    topology.serviceIpPool().ifPresent(pool -> doc.put("serviceIpPool", pool.toString()));
    putIfAny(doc, "serviceIps", topology.serviceIps());
    putIfAny(doc, "excludeIps", topology.excludeIps());
    topology.nodeNetwork().ifPresent(network -> doc.put("nodeNetwork", network));
    for (ServiceRole role : ServiceRole.values()) {
      doc.put(role.key(), strings(topology.nodes(role)));
    }
    if (!topology.ports().isEmpty()) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      for (ServiceRole role : ServiceRole.values()) {
        if (topology.ports().containsKey(role)) {
          ports.put(role.portKey(), topology.ports().get(role));
        }
      }
      doc.put("ports", ports);
    }
    topology.podSubnet().ifPresent(s -> doc.put("podSubnet", s.toString()));
    topology.serviceSubnet().ifPresent(s -> doc.put("serviceSubnet", s.toString()));
    topology.ipFabricSubnet().ifPresent(s -> doc.put("ipFabricSubnet", s.toString()));
    DumpSettings settings = DumpSettings.builder()
        .setDefaultFlowStyle(FlowStyle.AUTO)
        .setWidth(100)
        .build();
    return new Dump(settings).dumpToString(doc);
  }

  private static void putIfAny(Map<String, Object> doc, String key, List<Ipv4Address> list) {
    if (!list.isEmpty()) {
      doc.put(key, strings(list));
    }
  }

  private static List<String> strings(List<Ipv4Address> addresses) {
    return addresses.stream().map(Ipv4Address::toString).collect(Collectors.toList());
  }
}

package dev.nestedcontrail.sdk.cni.internal;

import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.agent.GatewayRequest;
import dev.nestedcontrail.sdk.cni.agent.GatewaySubnet;
import dev.nestedcontrail.sdk.cni.agent.PortRequest;
import dev.nestedcontrail.sdk.cni.agent.VmInterfaceConfig;
import dev.nestedcontrail.sdk.cni.agent.VmInterfaceStatus;
import dev.nestedcontrail.sdk.cni.agent.VmRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The vrouter agent's JSON, with its hyphenated wire names written out explicitly. */
public final class AgentCodec {
  private AgentCodec() {}

  public static List<VmInterfaceConfig> vmConfigs(String json) {
    return each(json, "agent /vm-cfg answer", AgentCodec::vmConfig);
  }

  public static List<VmInterfaceStatus> vmStatuses(String json) {
    return each(json, "agent /vm answer", AgentCodec::vmStatus);
  }

  private static <T> List<T> each(String json, String what, Function<JsonFields, T> reader) {
    List<T> out = new ArrayList<>();
    for (JsonFields f : JsonFields.parseObjectOrArray(json, what)) {
      out.add(reader.apply(f));
    }
    return out;
  }

  private static VmInterfaceConfig vmConfig(JsonFields f) {
    List<String> problems = new ArrayList<>();
    VmInterfaceConfig.Builder b = VmInterfaceConfig.builder();
    b.id(required(f, "id", problems));
    f.string("instance-id", problems).or(() -> f.string("vm-uuid", problems)).ifPresent(b::vmUuid);
    f.string("vn-id", problems).ifPresent(b::vnId);
    f.string("vn-name", problems).ifPresent(b::vnName);
    b.macAddress(required(f, "mac-address", problems));
    f.bool("sub-interface", problems).ifPresent(b::subInterface);
    f.integer("vlan-id", problems).ifPresent(b::vlanId);
    b.addAllAnnotations(f.strings("annotations", problems));
    throwIfAny("agent /vm-cfg answer", problems);
    return b.build();
  }

  private static VmInterfaceStatus vmStatus(JsonFields f) {
    List<String> problems = new ArrayList<>();
    VmInterfaceStatus.Builder b = VmInterfaceStatus.builder();
    b.id(required(f, "id", problems));
    f.string("instance-id", problems).ifPresent(b::instanceId);
    b.ipAddress(required(f, "ip-address", problems));
    b.plen(f.integer("plen", problems).orElseGet(() -> {
      problems.add("plen: missing");
      return 0;
    }));
    nonBlank(f.string("gateway", problems)).ifPresent(b::gateway);
    nonBlank(f.string("dns-server", problems)).ifPresent(b::dnsServer);
    b.macAddress(required(f, "mac-address", problems));
    nonBlank(f.string("ip6-address", problems).or(() -> f.string("v6-ip-address", problems)))
        .ifPresent(b::ip6Address);
    f.string("vn-id", problems).ifPresent(b::vnId);
    f.string("vm-project-id", problems).ifPresent(b::vmProjectId);
    f.string("system-name", problems).ifPresent(b::systemName);
    f.integer("rx-vlan-id", problems).ifPresent(b::rxVlanId);
    f.integer("tx-vlan-id", problems).ifPresent(b::txVlanId);
    throwIfAny("agent /vm answer", problems);
    return b.build();
  }

  /** Reads the per-pod file that ADD wrote into {@code config-dir}. */
  public static VmRequest vmRequest(String json) {
    JsonFields f = JsonFields.parse(json, "pod file");
    List<String> problems = new ArrayList<>();
    VmRequest.Builder b = VmRequest.builder();
    f.string("time", problems).ifPresent(b::time);
    f.string("vm-id", problems).ifPresent(b::vmId);
    b.vmUuid(required(f, "vm-uuid", problems));
    f.string("vm-name", problems).ifPresent(b::vmName);
    f.string("host-ifname", problems).ifPresent(b::hostIfname);
    f.string("vm-ifname", problems).ifPresent(b::vmIfname);
    f.string("vm-namespace", problems).ifPresent(b::vmNamespace);
    f.string("vn-uuid", problems).ifPresent(b::vnUuid);
    f.string("vmi-uuid", problems).ifPresent(b::vmiUuid);
    throwIfAny("pod file", problems);
    return b.build();
  }

  public static String write(VmRequest r) {
    return Json.write(w -> {
      w.beginObject();
      w.name("time").value(r.time());
      w.name("vm-id").value(r.vmId());
      w.name("vm-uuid").value(r.vmUuid());
      w.name("vm-name").value(r.vmName());
      w.name("host-ifname").value(r.hostIfname());
      w.name("vm-ifname").value(r.vmIfname());
      w.name("vm-namespace").value(r.vmNamespace());
      Json.optional(w, "vn-uuid", r.vnUuid());
      Json.optional(w, "vmi-uuid", r.vmiUuid());
      w.endObject();
    });
  }

  public static String writePorts(List<PortRequest> ports, boolean asArray) {
    return Json.write(w -> {
      if (asArray) {
        w.beginArray();
      }
      for (PortRequest p : ports) {
        writePort(w, p);
      }
      if (asArray) {
        w.endArray();
      }
    });
  }

  private static void writePort(JsonWriter w, PortRequest p) throws IOException {
    w.beginObject();
    w.name("id").value(p.id());
    w.name("instance-id").value(p.instanceId());
    w.name("vn-id").value(p.vnId());
    w.name("vm-project-id").value(p.vmProjectId());
    w.name("display-name").value(p.displayName());
    w.name("ip-address").value(p.ipAddress());
    w.name("ip6-address").value(p.ip6Address());
    w.name("type").value(p.type().wire());
    w.name("system-name").value(p.systemName());
    w.name("mac-address").value(p.macAddress());
    w.name("rx-vlan-id").value(p.rxVlanId());
    w.name("tx-vlan-id").value(p.txVlanId());
    if (p.vhostuserMode().isPresent()) {
      w.name("vhostuser-mode").value(p.vhostuserMode().get());
    }
    if (p.linkState().isPresent()) {
      w.name("link-state").value(p.linkState().get());
    }
    w.endObject();
  }

  public static String writeGateways(List<GatewayRequest> gateways) {
    return Json.write(w -> {
      w.beginArray();
      for (GatewayRequest g : gateways) {
        w.beginObject();
        w.name("interface").value(g.interfaceName());
        w.name("routing-instance").value(g.routingInstance());
        writeSubnets(w, "subnets", g.subnets());
        writeSubnets(w, "routes", g.routes());
        w.endObject();
      }
      w.endArray();
    });
  }

  public static String writeGatewayInterfaces(List<String> interfaces) {
    return Json.write(w -> {
      w.beginArray();
      for (String i : interfaces) {
        w.beginObject().name("interface").value(i).endObject();
      }
      w.endArray();
    });
  }

  private static void writeSubnets(JsonWriter w, String name, List<GatewaySubnet> subnets)
      throws IOException {
    w.name(name).beginArray();
    for (GatewaySubnet s : subnets) {
      w.beginObject().name("ip-address").value(s.ipAddress())
          .name("prefix-len").value(s.prefixLen()).endObject();
    }
    w.endArray();
  }


  private static Optional<String> nonBlank(Optional<String> value) {
    return value.filter(v -> !v.isBlank());
  }

  private static String required(JsonFields f, String key, List<String> problems) {
    return f.string(key, problems).orElseGet(() -> {
      if (!f.has(key)) {
        problems.add(key + ": missing");
      }
      return "";
    });
  }

  private static void throwIfAny(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new CniException(CniErrorCode.DECODE_FAILURE, what + " is malformed: "
          + problems.get(0), String.join("; ", problems));
    }
  }
}

package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.dataplane.InterfaceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the JSON that {@code ip -j} prints. */
public final class IprouteJson {
  private IprouteJson() {}

  public static List<String> linksWithAlias(String linkJson, String alias) {
    List<String> names = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (JsonFields link : objects(linkJson)) {
      if (link.string("ifalias", ignored).filter(alias::equals).isPresent()) {
        link.string("ifname", ignored).ifPresent(names::add);
      }
    }
    return names;
  }

  public static Optional<InterfaceState> interfaceState(
      String addrJson, String routeJson, String ifName) {
    List<String> ignored = new ArrayList<>();
    for (JsonFields link : objects(addrJson)) {
      if (!link.string("ifname", ignored).filter(ifName::equals).isPresent()) {
        continue;
      }
      InterfaceState.Builder b = InterfaceState.builder().name(ifName)
          .macAddress(link.string("address", ignored).orElse(""))
          .up(link.strings("flags", ignored).contains("UP"));
      for (JsonFields a : link.raw("addr_info").map(IprouteJson::objects).orElse(List.of())) {
        Optional<String> local = a.string("local", ignored);
        Optional<Integer> plen = a.integer("prefixlen", ignored);
        if (local.isPresent() && plen.isPresent()) {
          b.addCidr(local.get() + "/" + plen.get());
        }
      }
      for (JsonFields route : objects(routeJson)) {
        if (route.string("dev", ignored).filter(ifName::equals).isPresent()) {
          route.string("gateway", ignored).ifPresent(b::defaultGateway);
        }
      }
      return Optional.of(b.build());
    }
    return Optional.empty();
  }

  private static List<JsonFields> objects(String json) {
    return json.isBlank() ? List.of() : JsonFields.parseObjectOrArray(json, "ip -j output");
  }
}

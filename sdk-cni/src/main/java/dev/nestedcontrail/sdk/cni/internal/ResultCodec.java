package dev.nestedcontrail.sdk.cni.internal;

import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.cni.CniDns;
import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.CniInterface;
import dev.nestedcontrail.sdk.cni.CniIpConfig;
import dev.nestedcontrail.sdk.cni.CniResult;
import dev.nestedcontrail.sdk.cni.CniRoute;
import dev.nestedcontrail.sdk.cni.CniVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Result, error and version JSON exactly as each spec version defines them. */
public final class ResultCodec {
  private ResultCodec() {}

  public static String writeResult(CniResult r, CniVersion version) {
    if (version.legacyResult()) {
      return writeLegacyResult(r, version);
    }
    return Json.write(w -> {
      w.beginObject();
      w.name("cniVersion").value(version.wire());
      w.name("interfaces").beginArray();
      for (CniInterface i : r.interfaces()) {
        w.beginObject().name("name").value(i.name());
        Json.optional(w, "mac", i.mac());
        Json.optional(w, "sandbox", i.sandbox());
        w.endObject();
      }
      w.endArray();
      w.name("ips").beginArray();
      for (CniIpConfig ip : r.ips()) {
        w.beginObject();
        if (version.ipsCarryVersion()) {
          w.name("version").value(ip.isIpv6() ? "6" : "4");
        }
        if (ip.interfaceIndex().isPresent()) {
          w.name("interface").value(ip.interfaceIndex().get());
        }
        w.name("address").value(ip.address());
        Json.optional(w, "gateway", ip.gateway());
        w.endObject();
      }
      w.endArray();
      writeRoutes(w, r.routes());
      writeDns(w, r.dns());
      w.endObject();
    });
  }

  /** The 0.1.0/0.2.0 layout: {@code ip4} and {@code ip6}, each with its routes, and dns. */
  private static String writeLegacyResult(CniResult r, CniVersion version) {
    return Json.write(w -> {
      w.beginObject().name("cniVersion").value(version.wire());
      for (boolean v6 : new boolean[] {false, true}) {
        Optional<CniIpConfig> ip = r.ips().stream().filter(i -> i.isIpv6() == v6).findFirst();
        if (ip.isEmpty()) {
          continue;
        }
        w.name(v6 ? "ip6" : "ip4").beginObject().name("ip").value(ip.get().address());
        Json.optional(w, "gateway", ip.get().gateway());
        List<CniRoute> routes = r.routes().stream().filter(x -> x.dst().contains(":") == v6)
            .collect(java.util.stream.Collectors.toList());
        if (!routes.isEmpty()) {
          writeRoutes(w, routes);
        }
        w.endObject();
      }
      writeDns(w, r.dns());
      w.endObject();
    });
  }

  private static void writeRoutes(JsonWriter w, List<CniRoute> routes) throws IOException {
    w.name("routes").beginArray();
    for (CniRoute route : routes) {
      w.beginObject().name("dst").value(route.dst());
      Json.optional(w, "gw", route.gw());
      w.endObject();
    }
    w.endArray();
  }

  private static void writeDns(JsonWriter w, CniDns dns) throws IOException {
    w.name("dns").beginObject();
    strings(w, "nameservers", dns.nameservers());
    Json.optional(w, "domain", dns.domain());
    strings(w, "search", dns.search());
    strings(w, "options", dns.options());
    w.endObject();
  }

  public static String writeError(CniException e, CniVersion version) {
    return Json.write(w -> w.beginObject()
        .name("cniVersion").value(version.wire())
        .name("code").value(e.code().code())
        .name("msg").value(e.msg())
        .name("details").value(e.details())
        .endObject());
  }

  public static String writeVersionInfo() {
    return Json.write(w -> {
      w.beginObject().name("cniVersion").value(CniVersion.latest().wire());
      strings(w, "supportedVersions", CniVersion.supportedWireVersions());
      w.endObject();
    });
  }

  /** Reads a {@code prevResult} in any supported version's layout. */
  public static CniResult parse(JsonFields f) {
    List<String> problems = new ArrayList<>();
    CniResult.Builder b = CniResult.builder();
    for (JsonFields i : list(f, "interfaces")) {
      CniInterface.Builder ib = CniInterface.builder()
          .name(i.string("name", problems).orElse(""));
      i.string("mac", problems).ifPresent(ib::mac);
      i.string("sandbox", problems).ifPresent(ib::sandbox);
      b.addInterface(ib.build());
    }
    for (JsonFields ip : list(f, "ips")) {
      CniIpConfig.Builder ipb = CniIpConfig.builder();
      ip.string("address", problems).ifPresentOrElse(ipb::address, () -> {
        problems.add("prevResult.ips[].address: missing");
        ipb.address("");
      });
      ip.string("gateway", problems).ifPresent(ipb::gateway);
      ip.integer("interface", problems).ifPresent(ipb::interfaceIndex);
      b.addIp(ipb.build());
    }
    for (JsonFields route : list(f, "routes")) {
      CniRoute.Builder rb = CniRoute.builder().dst(route.string("dst", problems).orElse(""));
      route.string("gw", problems).ifPresent(rb::gw);
      b.addRoute(rb.build());
    }
    f.object("dns", problems).ifPresent(d -> {
      CniDns.Builder db = CniDns.builder().addAllNameservers(d.strings("nameservers", problems))
          .addAllSearch(d.strings("search", problems)).addAllOptions(d.strings("options", problems));
      d.string("domain", problems).ifPresent(db::domain);
      b.dns(db.build());
    });
    if (!problems.isEmpty()) {
      throw new CniException(CniErrorCode.INVALID_NETWORK_CONFIG, "invalid prevResult: "
          + problems.get(0), String.join("; ", problems));
    }
    return b.build();
  }

  private static List<JsonFields> list(JsonFields f, String key) {
    Optional<String> raw = f.raw(key).filter(v -> !v.equals("null"));
    return raw.isEmpty() ? List.of() : JsonFields.parseObjectOrArray(raw.get(), "prevResult." + key);
  }


  private static void strings(JsonWriter w, String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    w.name(name).beginArray();
    for (String v : values) {
      w.value(v);
    }
    w.endArray();
  }
}

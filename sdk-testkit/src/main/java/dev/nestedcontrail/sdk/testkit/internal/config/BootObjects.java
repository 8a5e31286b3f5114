package dev.nestedcontrail.sdk.testkit.internal.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The objects the api-server creates at start ({@code _db_init_entries} and default children). */
public final class BootObjects {
  private static final String DOMAIN = "default-domain";
  private static final String PROJECT = "default-project";
  private static final String GSC = "default-global-system-config";

  private BootObjects() {}

  public static void create(ObjectWriter writer) {
    create(writer, "global-system-config", List.of(GSC), "config-root", Map.of("autonomous_system", 64512L));
    create(writer, "global-vrouter-config", List.of(GSC, "default-global-vrouter-config"), "global-system-config", Map.of());
    create(writer, "fabric", List.of(GSC, "default-fabric"), "global-system-config", Map.of());
    create(writer, "domain", List.of(DOMAIN), "config-root", Map.of());
    create(writer, "project", List.of(DOMAIN, PROJECT), "domain", Map.of());
    create(writer, "namespace", List.of(DOMAIN, "default-namespace"), "domain", Map.of());
    create(writer, "network-ipam", List.of(DOMAIN, PROJECT, "default-network-ipam"), "project",
        Map.of("perms2", Map.of("owner", Defaults.CLOUD_ADMIN, "global_access", 5L)));
    create(writer, "network-ipam", List.of(DOMAIN, PROJECT, "service-chain-flat-ipam"), "project",
        Map.of("ipam_subnet_method", "flat-subnet"));
    create(writer, "security-group", List.of(DOMAIN, PROJECT, "__no_rule__"), "project", Map.of());
    create(writer, "virtual-network", List.of(DOMAIN, PROJECT, "default-virtual-network"), "project", ipamRef(Map.of()));
    create(writer, "virtual-network", List.of(DOMAIN, PROJECT, "ip-fabric"), "project",
        ipamRef(Map.of("is_provider_network", true)));
    create(writer, "virtual-network", List.of(DOMAIN, PROJECT, "__link_local__"), "project", ipamRef(Map.of()));
    create(writer, "virtual-network", List.of(DOMAIN, PROJECT, "dci-network"), "project", ipamRef(Map.of()));
    create(writer, "policy-management", List.of("default-policy-management"), "config-root", Map.of());
    create(writer, "application-policy-set", List.of("default-policy-management", "default-application-policy-set"),
        "policy-management", Map.of("all_applications", true, "global_vrouter_config_refs",
            List.of(Map.of("to", List.of(GSC, "default-global-vrouter-config")))));
    create(writer, "global-qos-config", List.of(GSC, "default-global-qos-config"), "global-system-config", Map.of());
    long id = 0;
    for (String tagType : List.of("label", "application", "tier", "deployment", "site", "neutron_fwaas")) {
      create(writer, "tag-type", List.of(tagType), "config-root", Map.of("tag_type_id", String.format("0x%04x", id++)));
    }
  }

  private static Map<String, Object> ipamRef(Map<String, Object> props) {
    Map<String, Object> out = new LinkedHashMap<>(props);
    Map<String, @Nullable Object> ref = new LinkedHashMap<>();
    ref.put("to", List.of(DOMAIN, PROJECT, "default-network-ipam"));
    ref.put("attr", Map.of("ipam_subnets", List.of()));
    out.put("network_ipam_refs", List.of(ref));
    return out;
  }

  private static void create(ObjectWriter writer, String type, List<String> fqName, String parentType, Map<String, Object> props) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>(props);
    body.put("fq_name", fqName);
    body.put("parent_type", parentType);
    writer.create(ConfigStore.type(type), Trees.copyMap(body), Optional.empty());
  }
}

package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads {@code contrail-kubernetes.conf} the way kube-manager's args.py does: the sections
 * DEFAULTS, VNC, KUBERNETES, AUTH and SANDESH merged into one namespace, booleans {@code true}
 * (any case) or the string flags ({@code nested_mode == '1'}), lists split on blanks, dicts in
 * Python-literal form ({@code {}} means unset). Every problem is reported at once.
 */
public final class ConfigFromIni {
  private static final List<String> SECTIONS =
      List.of("DEFAULTS", "VNC", "KUBERNETES", "AUTH", "SANDESH");

  private final Map<String, String> keys;
  private final List<String> problems = new ArrayList<>();

  private ConfigFromIni(Map<String, String> keys) {
    this.keys = keys;
  }

  public static KubeManagerConfig parse(String iniText) {
    ConfigFromIni reader = new ConfigFromIni(IniFile.parse(iniText).merged(SECTIONS));
    KubeManagerConfig.Builder b = KubeManagerConfig.builder();
    reader.build(b);
    ValidationException.throwIfAny("contrail-kubernetes.conf", reader.problems);
    return b.build();
  }

  private void build(KubeManagerConfig.Builder b) {
    text("cluster_name").ifPresent(b::clusterName);
    text("kubernetes_cluster_owner").ifPresent(b::clusterOwner);
    text("kubernetes_cluster_domain").ifPresent(b::clusterDomain);
    ref("cluster_project").ifPresent(b::clusterProject);
    ref("cluster_network").ifPresent(b::clusterNetwork);
    ref("cluster_pod_network").ifPresent(b::clusterPodNetwork);
    ref("cluster_service_network").ifPresent(b::clusterServiceNetwork);
    ref("public_fip_pool").ifPresent(b::publicFipPool);
    subnets("pod_subnets", b::addPodSubnets);
    subnets("service_subnets", b::addServiceSubnets);
    subnets("ip_fabric_subnets", b::addIpFabricSubnets);
    text("ip_fabric_forwarding").ifPresent(v -> b.ipFabricForwarding(isTrue(v)));
    text("ip_fabric_snat").ifPresent(v -> b.ipFabricSnat(isTrue(v)));
    text("nested_mode").ifPresent(v -> b.nestedMode(v.equals("1")));
    text("global_tags").ifPresent(v -> b.globalTags(v.equals("1")));
    text("aps_name").ifPresent(b::apsName);
    text("kubernetes_api_server").ifPresent(b::kubernetesApiServer);
    port("kubernetes_api_port").ifPresent(b::kubernetesApiPort);
    port("kubernetes_api_secure_port").ifPresent(b::kubernetesApiSecurePort);
    text("token").ifPresent(b::token);
    text("auth_token_url").ifPresent(b::authTokenUrl);
    text("auth_user").ifPresent(b::authUser);
    text("auth_password").ifPresent(b::authPassword);
    text("auth_tenant").ifPresent(b::authTenant);
    text("kube_timer_interval").ifPresent(v -> {
      if (v.matches("[0-9]+") && Long.parseLong(v) > 0) {
        b.resyncInterval(Duration.ofSeconds(Long.parseLong(v)));
      } else {
        problems.add("kube_timer_interval: " + v + " is not a positive number of seconds");
      }
    });
    b.vncEndpoints(vncEndpoints());
    new ConfigFromIniBackends(this::text, problems).build(b);
  }

  private Endpoints vncEndpoints() {
    int port = port("vnc_endpoint_port").orElse(8082);
    String hosts = text("vnc_endpoint_ip").orElse("127.0.0.1");
    List<Endpoint> endpoints = new ArrayList<>();
    for (String host : hosts.replace("[", "").replace("]", "").split("[,\\s]+")) {
      if (!host.isEmpty()) {
        endpoints.add(Endpoint.of("http", host, port));
      }
    }
    if (endpoints.isEmpty()) {
      problems.add("vnc_endpoint_ip: '" + hosts + "' lists no server");
      endpoints.add(Endpoint.of("http", "127.0.0.1", port));
    }
    return Endpoints.of(endpoints);
  }

  private Optional<String> text(String key) {
    return Optional.ofNullable(keys.get(key)).filter(v -> !v.isEmpty());
  }

  private Optional<ContrailRef> ref(String key) {
    Optional<String> value = text(key).filter(v -> !v.replace(" ", "").equals("{}"));
    try {
      return value.map(v -> ContrailRef.parse(key, v));
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private void subnets(String key, Consumer<Ipv4Cidr> sink) {
    for (String part : text(key).orElse("").split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      Optional<Ipv4Cidr> cidr = Ipv4Cidr.parse(part);
      if (cidr.isPresent()) {
        sink.accept(cidr.get());
      } else {
        problems.add(key + ": " + part + " is not an IPv4 CIDR such as 10.32.0.0/12");
      }
    }
  }

  private Optional<Integer> port(String key) {
    Optional<String> value = text(key);
    if (value.isPresent() && !value.get().matches("[0-9]{1,5}")) {
      problems.add(key + ": " + value.get() + " is not a port number");
      return Optional.empty();
    }
    return value.map(Integer::parseInt);
  }

  private static boolean isTrue(String value) {
    return value.toLowerCase(Locale.ROOT).equals("true");
  }
}

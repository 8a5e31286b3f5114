package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The checks of {@link NestedClusterSpec}: every problem is collected, then thrown once. */
final class SpecChecks {
  private static final Pattern REGISTRY = Pattern.compile("[A-Za-z0-9._:-]+(/[A-Za-z0-9._-]+)*");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private SpecChecks() {}

  static void check(NestedClusterSpec spec) {
    List<String> problems = new ArrayList<>();
    require(problems, "contrailRegistry", spec.contrailRegistry(),
        REGISTRY.matcher(spec.contrailRegistry()).matches(),
        "is not a registry prefix such as hub.juniper.net/contrail");
    require(problems, "contrailContainerTag", spec.contrailContainerTag(),
        TAG.matcher(spec.contrailContainerTag()).matches(), "is not an image tag");
    spec.pullSecretName().filter(n -> !Names.isDns1123Subdomain(n))
        .ifPresent(n -> problems.add(Names.dns1123Problem("pullSecretName", n)));
    spec.keystoneAuthHost().ifPresent(h -> require(problems, "keystoneAuthHost", h,
        Names.isHost(h), "is not an IPv4 address or host name"));
    nonEmpty(problems, "keystoneAdminTenant", spec.keystoneAdminTenant());
    nonEmpty(problems, "keystoneAdminUser", spec.keystoneAdminUser());
    if (spec.keystoneAdminPassword().filter(String::isEmpty).isPresent()) {
      problems.add("keystoneAdminPassword: must not be empty (leave it unset instead)");
    }
    spec.keystoneAdminPort().ifPresent(p -> port(problems, "keystoneAdminPort", p));
    spec.keystoneUrlVersion().ifPresent(v -> require(problems, "keystoneUrlVersion", v,
        v.matches("/[A-Za-z0-9.]+"), "is not a URL version such as /v3 or /v2.0"));
    require(problems, "cloudOrchestrator", spec.cloudOrchestrator(),
        WORD.matcher(spec.cloudOrchestrator()).matches(),
        "is not an orchestrator name such as kubernetes or none");
    for (String field : List.of("controllerNodes", "configNodes", "rabbitmqNodes", "zookeeperNodes")) {
      if (nodes(spec, field).isEmpty()) {
        problems.add(field + ": needs at least one IPv4 address");
      }
    }
    port(problems, "rabbitmqNodePort", spec.rabbitmqNodePort());
    nonEmpty(problems, "clusterName", spec.clusterName());
    spec.clusterName().filter(n -> !n.isEmpty()).ifPresent(n -> require(problems, "clusterName", n,
        CLUSTER_NAME.matcher(n).matches(), "may only hold letters, digits, '_', '.' and '-'"));
    require(problems, "kubernetesApiServer", spec.kubernetesApiServer(),
        Names.isHost(spec.kubernetesApiServer()), "is not an IPv4 address or host name");
    port(problems, "kubernetesApiSecurePort", spec.kubernetesApiSecurePort());
    ValidationException.throwIfAny("nested cluster spec", problems);
  }

  private static List<?> nodes(NestedClusterSpec spec, String field) {
    switch (field) {
      case "controllerNodes": return spec.controllerNodes();
      case "configNodes": return spec.configNodes();
      case "rabbitmqNodes": return spec.rabbitmqNodes();
      default: return spec.zookeeperNodes();
    }
  }

  private static void require(List<String> problems, String field, String value, boolean ok,
      String what) {
    if (!ok) {
      problems.add(field + ": '" + value + "' " + what);
    }
  }

  private static void nonEmpty(List<String> problems, String field, Optional<String> value) {
    if (value.filter(String::isEmpty).isPresent()) {
      problems.add(field + ": must not be empty (leave it unset instead)");
    }
  }

  private static void port(List<String> problems, String field, int port) {
    if (port < 1 || port > 65535) {
      problems.add(field + ": " + port + " is not a TCP port (1..65535)");
    }
  }
}

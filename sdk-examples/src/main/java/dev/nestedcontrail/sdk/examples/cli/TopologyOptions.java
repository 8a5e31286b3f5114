package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.k8s.manifest.AuthMode;
import dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of {@code render --topology FILE}, a manifest derived from a link-local plan
 * ({@link NestedClusterSpec#fromPlan}): what the plan does not know. Subnets given here are
 * also checked against the topology's service IPs, as if the topology file had them.
 */
final class TopologyOptions {
  private static final Pattern HOST_PORT = Pattern.compile("([^:]+)(?::([0-9]{1,5}))?");
  private static final String POD_SUBNET = "10.32.0.0/12";
  private static final String SERVICE_SUBNET = "10.96.0.0/12";
  private static final String IP_FABRIC_SUBNET = "10.64.0.0/12";

  @Option(names = "--kubernetes-api", paramLabel = "HOST[:PORT]",
      description = "the overlay's Kubernetes API server (required; port default 6443)")
  @Nullable String kubernetesApi;

  @Option(names = "--registry", paramLabel = "REGISTRY",
      description = "image registry and namespace, e.g. hub.juniper.net/contrail (required)")
  @Nullable String registry;

  @Option(names = "--tag", paramLabel = "TAG", defaultValue = "dev",
      description = "image tag. Default: ${DEFAULT-VALUE} (upstream's)")
  String tag = "dev";

  @Option(names = "--pull-secret", paramLabel = "NAME",
      description = "docker-registry Secret in kube-system for private images")
  @Nullable String pullSecret;

  @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = "k8s",
      description = "KUBERNETES_CLUSTER_NAME. Default: ${DEFAULT-VALUE} (kube-manager's)")
  String clusterName = "k8s";

  @Option(names = "--pod-subnet", paramLabel = "CIDR",
      description = "pod network. Default: the topology's podSubnet, else " + POD_SUBNET)
  @Nullable String podSubnet;

  @Option(names = "--service-subnet", paramLabel = "CIDR",
      description = "service network. Default: the topology's serviceSubnet, else " + SERVICE_SUBNET)
  @Nullable String serviceSubnet;

  @Option(names = "--ip-fabric-subnet", paramLabel = "CIDR",
      description = "IP fabric network. Default: the topology's ipFabricSubnet, else "
          + IP_FABRIC_SUBNET)
  @Nullable String ipFabricSubnet;

  @Option(names = "--auth-mode", paramLabel = "MODE", defaultValue = "noauth",
      description = "noauth or keystone. Default: ${DEFAULT-VALUE} (upstream's)")
  String authMode = "noauth";

  @Option(names = "--keystone-tenant", paramLabel = "NAME", description = "Keystone admin tenant")
  @Nullable String keystoneTenant;

  @Option(names = "--keystone-user", paramLabel = "NAME", description = "Keystone admin user")
  @Nullable String keystoneUser;

  @Option(names = "--keystone-password-file", paramLabel = "FILE",
      description = "file holding the Keystone admin password (it lands in ConfigMap env, "
          + "so rendering also needs --reveal-secrets)")
  @Nullable Path keystonePasswordFile;

  @Option(names = "--keystone-url-version", paramLabel = "VERSION",
      description = "/v3 or /v2.0 (kube-manager's default: /v3)")
  @Nullable String keystoneUrlVersion;

  /** The spec of the topology's plan and these options; every problem is reported at once. */
  NestedClusterSpec spec(Path topology) {
    List<String> problems = new ArrayList<>();
    UnderlayTopology file = UnderlayTopology.load(topology);
    UnderlayTopology.Builder withSubnets = UnderlayTopology.builder().from(file);
    Optional<Ipv4Cidr> pods =
        subnet(problems, "--pod-subnet", podSubnet, file.podSubnet(), POD_SUBNET);
    Optional<Ipv4Cidr> services = subnet(problems, "--service-subnet", serviceSubnet,
        file.serviceSubnet(), SERVICE_SUBNET);
    Optional<Ipv4Cidr> fabric = subnet(problems, "--ip-fabric-subnet", ipFabricSubnet,
        file.ipFabricSubnet(), IP_FABRIC_SUBNET);
    pods.ifPresent(withSubnets::podSubnet);
    services.ifPresent(withSubnets::serviceSubnet);
    fabric.ifPresent(withSubnets::ipFabricSubnet);
    Optional<AuthMode> mode = AuthMode.fromEnvValue(authMode);
    if (mode.isEmpty()) {
      problems.add("--auth-mode: '" + authMode + "' is not noauth or keystone");
    }
    Matcher api = HOST_PORT.matcher(kubernetesApi == null ? "" : kubernetesApi);
    if (kubernetesApi == null) {
      problems.add("--kubernetes-api: required with --topology; upstream would use the IP it "
          + "detects on the machine that renders (HOST_IP), which is never guessed");
    } else if (!api.matches()) {
      problems.add("--kubernetes-api: '" + kubernetesApi + "' is not HOST or HOST:PORT");
    }
    if (registry == null) {
      problems.add("--registry: required with --topology; upstream would use HOST_IP:5000 with "
          + "the IP it detects on the machine that renders, which is never guessed");
    }
    Optional<String> password = keystonePasswordFile == null ? Optional.empty()
        : firstLine(problems, "--keystone-password-file", keystonePasswordFile);
    ValidationException.throwIfAny("render options", problems);

    NestedClusterSpec.Builder spec = NestedClusterSpec.fromPlan(LinkLocalPlanner.plan(
            withSubnets.build()))
        .kubernetesApiServer(api.group(1)).contrailRegistry(Objects.requireNonNull(registry))
        .contrailContainerTag(tag).clusterName(clusterName).authMode(mode.orElseThrow())
        .addPodSubnets(pods.orElseThrow()).addServiceSubnets(services.orElseThrow())
        .addIpFabricSubnets(fabric.orElseThrow());
    Optional.ofNullable(api.group(2)).map(Integer::parseInt).ifPresent(spec::kubernetesApiSecurePort);
    Optional.ofNullable(pullSecret).ifPresent(spec::pullSecretName);
    Optional.ofNullable(keystoneTenant).ifPresent(spec::keystoneAdminTenant);
    Optional.ofNullable(keystoneUser).ifPresent(spec::keystoneAdminUser);
    password.ifPresent(spec::keystoneAdminPassword);
    Optional.ofNullable(keystoneUrlVersion).ifPresent(spec::keystoneUrlVersion);
    return spec.build();
  }

  /** The option's value, else the topology's, else upstream's image default. */
  private static Optional<Ipv4Cidr> subnet(List<String> problems, String option,
      @Nullable String value, Optional<Ipv4Cidr> fromTopology, String upstreamDefault) {
    if (value == null) {
      return Optional.of(fromTopology.orElseGet(() -> Ipv4Cidr.of(upstreamDefault)));
    }
    Optional<Ipv4Cidr> given = Ipv4Cidr.parse(value);
    if (given.isEmpty()) {
      problems.add(option + ": " + Ipv4Cidr.problem(value).orElseThrow());
    } else if (fromTopology.filter(t -> !t.equals(given.get())).isPresent()) {
      problems.add(option + ": " + value + " differs from the topology's "
          + fromTopology.get() + "; give it in one place");
    }
    return given;
  }

  private static Optional<String> firstLine(List<String> problems, String option, Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst();
    } catch (IOException e) {
      problems.add(option + ": cannot read " + file + " (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }
}

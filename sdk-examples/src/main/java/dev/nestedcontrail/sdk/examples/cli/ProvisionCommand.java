package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.core.auth.KeystoneClient;
import dev.nestedcontrail.sdk.k8s.NestedCluster;
import dev.nestedcontrail.sdk.k8s.NestedPlan;
import dev.nestedcontrail.sdk.k8s.ProvisionResult;
import dev.nestedcontrail.sdk.k8s.client.Kubeconfig;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionStep;
import dev.nestedcontrail.sdk.testkit.ContrailLab;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code provision}: plans and provisions a nested cluster. Without {@code --kubeconfig} and
 * {@code --topology} it starts a fresh embedded lab and runs the whole flow against it (and its
 * config API); with them, {@code --config-api URL[,URL]} and its auth options add the config API
 * side (preflight, link-local diff); {@code --analytics-api URL[,URL]} adds each compute's vrouter
 * state to the preflight. Prints the
 * plan, one line per step and a summary; exits 0 on success, 1 when a step fails (the line names
 * the step and the cause), 2 on bad usage.
 */
@Command(
    name = "provision",
    mixinStandardHelpOptions = true,
    description = "Plan and provision a nested cluster: preflight, link-local services, Fabric "
        + "SNAT, server-side apply, DaemonSet rollout, verify. Without a target, against a fresh "
        + "embedded lab.")
public final class ProvisionCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--kubeconfig", paramLabel = "FILE",
      description = "kubeconfig of the nested cluster (with --topology)")
  private @Nullable Path kubeconfig;

  @Option(names = "--topology", paramLabel = "FILE",
      description = "the underlay topology, YAML or JSON (with --kubeconfig)")
  private @Nullable Path topology;

  @Option(names = "--registry", paramLabel = "REGISTRY", defaultValue = "tungstenfabric",
      description = "image registry and namespace. Default: ${DEFAULT-VALUE}")
  private String registry = "tungstenfabric";

  @Option(names = "--tag", paramLabel = "TAG", defaultValue = "latest",
      description = "image tag. Default: ${DEFAULT-VALUE}")
  private String tag = "latest";

  @ArgGroup(exclusive = false, heading = "Config API (optional; the lab's without a target):%n")
  private @Nullable VncConnectionOptions configApi;

  @Option(names = "--analytics-api", paramLabel = "URL[,URL]",
      description = "analytics API servers (such as http://10.0.0.5:8081): the preflight reports "
          + "whether each compute's vrouter is up")
  private @Nullable String analyticsApi;

  @Option(names = "--dry-run", description = "print the plan and preflight; write nothing")
  private boolean dryRun;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((kubeconfig == null) != (topology == null) || (configApi != null && kubeconfig == null)) {
      err.println("provision: --kubeconfig and --topology go together (or neither, for a lab);"
          + " --config-api needs them");
      err.flush();
      return 2;
    }
    Optional<ContrailLab> lab = kubeconfig == null ? Optional.of(ContrailLab.start())
        : Optional.empty();
    try {
      lab.ifPresent(l -> out.println("Started a lab: " + l.describeAsJson()));
      Path kubeconfigFile = lab.map(ContrailLab::kubeconfig).orElse(kubeconfig);
      Path topologyFile = lab.map(ContrailLab::topologyFile).orElse(topology);
      Optional<KeystoneClient> keystone = configApi == null ? Optional.empty()
          : configApi.keystoneClient();
      Optional<VncClient> vnc = configApi != null ? Optional.of(configApi.client(keystone))
          : lab.map(l -> VncClient.builder().endpoints(Endpoints.parse(l.baseUrl())).build());
      try {
        return run(out, err, kubeconfigFile, topologyFile, vnc);
      } finally {
        vnc.ifPresent(VncClient::close);
        keystone.ifPresent(KeystoneClient::close);
      }
    } finally {
      lab.ifPresent(ContrailLab::close);
      out.flush();
      err.flush();
    }
  }

  private int run(PrintWriter out, PrintWriter err, Path kubeconfigFile, Path topologyFile,
      Optional<VncClient> vnc) {
    NestedCluster.Builder builder = NestedCluster.builder().topologyFile(topologyFile)
        .kubeconfig(Kubeconfig.load(kubeconfigFile)).contrailRegistry(registry).contrailTag(tag);
    vnc.ifPresent(builder::vncClient);
    if (analyticsApi != null) {
      builder.analyticsApi(Endpoints.parse(analyticsApi), AuthProvider.none());
    }
    try (NestedCluster cluster = builder.build()) {
      NestedPlan plan = cluster.plan();
      out.print(plan.report());
      if (dryRun) {
        out.println("Dry run: nothing written.");
        return plan.preflightPassed() ? 0 : 1;
      }
      ProvisionResult result = cluster.provision(plan, new ConsoleProgress(out,
          Clock.systemUTC()));
      int entries = result.writes().getOrDefault(ProvisionStep.LINK_LOCAL, 0) == 0 ? 0
          : plan.linkLocal().map(d -> d.toAdd().size() + d.toUpdate().size()).orElse(0);
      out.printf("Summary: %d link-local entries written, %d objects applied (%d writes), "
              + "%d DaemonSets ready%s%n", entries,
          result.kubernetes().objects().size(), result.kubernetes().writes(),
          result.readyDaemonSets().size(),
          result.totalWrites() == 0 ? "; already as planned, nothing written" : "");
      return 0;
    } catch (ContrailException e) {
      err.println("provision: " + e.getMessage());
      return 1;
    }
  }
}

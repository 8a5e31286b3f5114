package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.PlanFormat;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plan --topology FILE [--format table|json|mermaid]}: seed step 1, the link-local services
 * (and Fabric SNAT network) a topology needs. Prints the plan to stdout and exits 0; on an invalid
 * or unreadable topology prints every problem to stderr and exits 1. Nothing is written anywhere.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Plan the link-local services (and Fabric SNAT) that connect a nested "
        + "cluster to the underlay's Contrail functions. Writes nothing.")
public final class PlanCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--topology", required = true, paramLabel = "FILE",
      description = "The underlay topology, YAML or JSON.")
  private Path topology;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (the seed's Markdown table), json or mermaid. Default: ${DEFAULT-VALUE}.")
  private PlanFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ConnectivityPlan plan = LinkLocalPlanner.plan(UnderlayTopology.load(topology));
      out.print(format.render(plan));
      return 0;
    } catch (ContrailClientException e) {
      err.println("plan: " + e.getMessage());
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }
}

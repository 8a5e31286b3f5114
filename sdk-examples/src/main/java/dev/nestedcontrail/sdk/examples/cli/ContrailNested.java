package dev.nestedcontrail.sdk.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code contrail-nested} command line: {@code java -jar sdk-examples/target/contrail-nested.jar
 * COMMAND ...}. Each subcommand is a small class in this package and is registered here, in one
 * place.
 */
@Command(
    name = "contrail-nested",
    mixinStandardHelpOptions = true,
    versionProvider = SdkVersion.class,
    description = "Provision nested Contrail-Kubernetes clusters: plan link-local services, "
        + "render the single YAML, apply it, and talk to Contrail's services.",
    subcommands = {
        CommandLine.HelpCommand.class,
        PlanCommand.class,
        LinkLocalCommand.class,
        RenderCommand.class,
        CniCommand.class,
        CniDaemonCommand.class,
        VncCommand.class,
    })
public final class ContrailNested {

  private ContrailNested() {}

  /** Runs the command line and returns the exit code, without exiting; used by tests. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Runs the command line with the given output and error writers; used by tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine().setOut(out).setErr(err).execute(args);
  }

  private static CommandLine commandLine() {
    return new CommandLine(new ContrailNested()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }
}

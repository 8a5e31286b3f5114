package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.cni.CniOutcome;
import dev.nestedcontrail.sdk.cni.CniPlugin;
import dev.nestedcontrail.sdk.cni.dataplane.IprouteDataPlane;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code contrail-nested cni}: behaves exactly as the Contrail CNI plugin binary. It reads the
 * network config on stdin and the {@code CNI_*} environment, prints the result or error JSON on
 * stdout and exits with the plugin's code (0 or 1). Kernel changes go through iproute2.
 */
@Command(
    name = "cni",
    description = "Run as the Contrail CNI plugin: network config on stdin, CNI_* environment,"
        + " result or error JSON on stdout, the plugin's exit code.")
public final class CniCommand implements Callable<Integer> {
  private final InputStream stdin;
  private final Map<String, String> env;

  @Spec CommandSpec spec;

  /** The command for the real process: {@code System.in} and the process environment. */
  public CniCommand() {
    this(System.in, System.getenv());
  }

  CniCommand(InputStream stdin, Map<String, String> env) {
    this.stdin = stdin;
    this.env = env;
  }

  @Override
  public Integer call() {
    byte[] config;
    try {
      config = stdin.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the network config from stdin", e);
    }
    try (CniPlugin plugin = CniPlugin.builder().dataPlane(IprouteDataPlane.builder().build())
        .build()) {
      CniOutcome outcome = plugin.execute(config, env);
      PrintWriter out = spec.commandLine().getOut();
      out.print(outcome.stdout());
      out.flush();
      return outcome.exitCode();
    }
  }
}

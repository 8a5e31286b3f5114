package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.testkit.ContrailLab;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lab [--auth noauth|keystone]}: starts an embedded {@link ContrailLab}, prints one JSON
 * line ({@code configApi}, {@code keystone}, {@code kubernetes}, {@code kubeconfig}, {@code
 * topology}, {@code auth}) and runs until stdin closes or the process gets SIGTERM; then stops the
 * lab and exits 0.
 */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = "Start an embedded lab (fake Keystone, config API, vrouter agents and "
        + "Kubernetes API on loopback), print its URLs as one JSON line, and run until stdin "
        + "closes or SIGTERM.")
public final class LabCommand implements Callable<Integer> {

  /** Whether the lab's config API checks Keystone tokens. */
  enum Auth { NOAUTH, KEYSTONE }

  @Spec
  private CommandSpec spec;

  @Option(names = "--auth", paramLabel = "MODE", defaultValue = "noauth",
      description = "noauth (no token checks, like container deployments) or keystone. "
          + "Default: ${DEFAULT-VALUE}.")
  private Auth auth;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ContrailLab lab = ContrailLab.builder().keystoneAuth(auth == Auth.KEYSTONE).start();
    Thread stopper = new Thread(lab::close, "contrail-lab-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      out.println(lab.describeAsJson());
      out.flush();
      drain(System.in);
      return 0;
    } finally {
      lab.close();
      removeHook(stopper);
    }
  }

  private static void drain(InputStream in) {
    byte[] buffer = new byte[1024];
    try {
      while (in.read(buffer) >= 0) {
        // the lab runs until stdin reaches its end
      }
    } catch (IOException e) {
      // a broken stdin ends the lab as a closed one does
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down, and the hook stops the lab
    }
  }
}

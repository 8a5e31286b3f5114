package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.testkit.ContrailLab;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lab [--auth noauth|keystone] [--kube-manager]}: starts an embedded {@link ContrailLab}
 * (and, with {@code --kube-manager}, a nested-mode kube-manager on it, so pods get Contrail
 * interfaces), prints one JSON line ({@code configApi}, {@code keystone}, {@code kubernetes},
 * {@code kubeconfig}, {@code topology}, {@code auth}, and {@code "kubeManager":true} when on) and
 * runs until stdin closes or the process gets SIGTERM; then stops the kube-manager, the lab and
 * exits 0.
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

  @Option(names = "--kube-manager",
      description = "Also run a nested-mode kube-manager on the lab, so pods created on its "
          + "Kubernetes API get a Contrail VMI, VLAN and IP.")
  private boolean kubeManager;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ContrailLab lab = ContrailLab.builder().keystoneAuth(auth == Auth.KEYSTONE).start();
    AtomicReference<Optional<LabKubeManager>> manager = new AtomicReference<>(Optional.empty());
    Thread stopper = new Thread(() -> stop(manager, lab), "contrail-lab-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      if (kubeManager) {
        manager.set(Optional.of(LabKubeManager.start(lab)));
      }
      out.println(describe(lab));
      out.flush();
      drain(System.in);
      return 0;
    } finally {
      stop(manager, lab);
      removeHook(stopper);
    }
  }

  private String describe(ContrailLab lab) {
    String line = lab.describeAsJson();
    return kubeManager ? line.substring(0, line.length() - 1) + ",\"kubeManager\":true}" : line;
  }

  /** Stops the kube-manager (once) before the lab. */
  private static void stop(AtomicReference<Optional<LabKubeManager>> manager, ContrailLab lab) {
    manager.getAndSet(Optional.empty()).ifPresent(LabKubeManager::close);
    lab.close();
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

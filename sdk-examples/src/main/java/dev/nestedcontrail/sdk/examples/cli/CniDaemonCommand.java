package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.cni.CniPlugin;
import dev.nestedcontrail.sdk.cni.daemon.CniDaemon;
import dev.nestedcontrail.sdk.cni.dataplane.IprouteDataPlane;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code contrail-nested cni-daemon}: serves the CNI plugin on a Unix domain socket until the
 * process is stopped, so the shim in {@code /opt/cni/bin} answers kubelet without a JVM start.
 */
@Command(
    name = "cni-daemon",
    description = "Serve the Contrail CNI plugin on a Unix domain socket (mode 0600) until stopped.")
public final class CniDaemonCommand implements Callable<Integer> {

  @Option(names = "--socket", defaultValue = "/run/contrail/cni/cni.sock",
      description = "Socket path (default: ${DEFAULT-VALUE}); a missing folder is created 0700.")
  Path socket;

  @Option(names = "--workers", defaultValue = "8",
      description = "CNI calls served at once (default: ${DEFAULT-VALUE}).")
  int workers;

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    CniPlugin plugin = CniPlugin.builder().dataPlane(IprouteDataPlane.builder().build()).build();
    CniDaemon daemon = CniDaemon.start(socket, plugin, workers);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      daemon.close();
      plugin.close();
      stopped.countDown();
    }, "cni-daemon-stop"));
    stopped.await();
    return 0;
  }
}

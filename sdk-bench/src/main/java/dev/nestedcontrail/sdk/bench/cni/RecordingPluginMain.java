package dev.nestedcontrail.sdk.bench.cni;

import dev.nestedcontrail.sdk.cni.CniOutcome;
import dev.nestedcontrail.sdk.cni.CniPlugin;
import dev.nestedcontrail.sdk.cni.dataplane.RecordingDataPlane;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The plugin binary of the JVM-per-call case: what {@code contrail-nested.jar cni} does, but on a
 * {@link RecordingDataPlane} (holding {@code eth0} and the call's {@code CNI_NETNS}) so it runs
 * without root. Reads the network config on stdin and the {@code CNI_*} environment, prints the
 * result or error JSON and exits with the plugin's code.
 */
public final class RecordingPluginMain {
  private RecordingPluginMain() {}

  public static void main(String[] args) throws IOException {
    byte[] config = System.in.readAllBytes();
    Map<String, String> env = System.getenv();
    RecordingDataPlane dataPlane = new RecordingDataPlane().addHostInterface(CniScenario.PARENT);
    String netns = env.get("CNI_NETNS");
    if (netns != null && !netns.isEmpty()) {
      dataPlane.addNamespace(netns);
    }
    int code;
    try (CniPlugin plugin = CniPlugin.builder().dataPlane(dataPlane).build()) {
      CniOutcome outcome = plugin.execute(config, env);
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      out.print(outcome.stdout());
      out.flush();
      code = outcome.exitCode();
    }
    System.exit(code);
  }
}

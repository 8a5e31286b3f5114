package dev.nestedcontrail.sdk.cni;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.nestedcontrail.sdk.cni.dataplane.DataPlane;
import dev.nestedcontrail.sdk.cni.dataplane.RecordingDataPlane;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A plugin wired to a WireMock agent, a config dir and a data plane, for one test. */
final class PluginHarness implements AutoCloseable {
  static final String NETNS = "/var/run/netns/pod-1";
  static final String CONTAINER = "c0ffee01";

  final WireMockServer agent = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  final ManualClock clock = new ManualClock();
  final Path configDir;
  final RecordingDataPlane recording = new RecordingDataPlane().addHostInterface("eth0")
      .addNamespace(NETNS);
  final CniPlugin plugin;

  PluginHarness(Path tempDir) {
    this(tempDir, null);
  }

  PluginHarness(Path tempDir, DataPlane dataPlane) {
    agent.start();
    configDir = tempDir.resolve("ports/vm");
    plugin = CniPlugin.builder().dataPlane(dataPlane == null ? recording : dataPlane)
        .clock(clock).sleeper(clock).agentCallTimeout(Duration.ofSeconds(2)).build();
  }

  /** A nested-mode network config for this version, with extra top-level JSON members. */
  String config(String version, String extraTopLevel) {
    return config(version, extraTopLevel, agent.port(), "macvlan");
  }

  String config(String version, String extraTopLevel, int agentPort, String vifType) {
    return config(version, extraTopLevel, agentPort, vifType, "eth0");
  }

  String config(String version, String extraTopLevel, int agentPort, String vifType,
      String parent) {
    return "{\"cniVersion\":\"" + version + "\",\"name\":\"contrail-k8s-cni\","
        + "\"type\":\"contrail-k8s-cni\",\"contrail\":{\"vrouter-ip\":\"127.0.0.1\","
        + "\"vrouter-port\":" + agentPort + ",\"config-dir\":\"" + configDir + "\","
        + "\"poll-timeout\":1,\"poll-retries\":2,\"vif-type\":\"" + vifType + "\","
        + "\"parent-interface\":\"" + parent + "\",\"mode\":\"k8s\"}" + extraTopLevel + "}";
  }

  Map<String, String> env(String command) {
    return env(command, NETNS);
  }

  Map<String, String> env(String command, String netns) {
    return env(command, netns, FakeAgentStubs.POD_UID);
  }

  Map<String, String> env(String command, String netns, String podUid) {
    Map<String, String> env = new HashMap<>();
    env.put("CNI_COMMAND", command);
    env.put("CNI_CONTAINERID", CONTAINER);
    env.put("CNI_NETNS", netns);
    env.put("CNI_IFNAME", "eth0");
    env.put("CNI_PATH", "/opt/cni/bin");
    env.put("CNI_ARGS", "IgnoreUnknown=1;K8S_POD_NAMESPACE=default;K8S_POD_NAME=web-1;"
        + "K8S_POD_UID=" + podUid);
    return env;
  }

  CniOutcome run(String stdin, Map<String, String> env) {
    return plugin.execute(stdin.getBytes(StandardCharsets.UTF_8), env);
  }

  @Override
  public void close() {
    plugin.close();
    agent.stop();
  }
}

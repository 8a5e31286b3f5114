package dev.nestedcontrail.sdk.bench.cni;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The network config and the per-call environment of the benchmark's ADDs: nested mode
 * (macvlan on {@code eth0}), the agent on loopback, one new pod and netns per call so calls never
 * meet each other's links.
 */
final class CniScenario {
  static final String PARENT = "eth0";

  private final String config;

  CniScenario(int agentPort, Path configDir) {
    this.config = "{\"cniVersion\":\"1.0.0\",\"name\":\"contrail-k8s-cni\","
        + "\"type\":\"contrail-k8s-cni\",\"contrail\":{\"vrouter-ip\":\"127.0.0.1\","
        + "\"vrouter-port\":" + agentPort + ",\"config-dir\":\"" + configDir + "\","
        + "\"poll-timeout\":5,\"poll-retries\":15,\"vif-type\":\"macvlan\","
        + "\"parent-interface\":\"" + PARENT + "\",\"mode\":\"k8s\"}}";
  }

  /** The network config (stdin of the plugin). */
  String config() {
    return config;
  }

  /** The pod UID of call {@code call} of case {@code caseId}; its first 11 characters differ. */
  static String podUid(int caseId, int call) {
    return String.format(Locale.ROOT, "%02x%06x-5f60-4a1b-9c2d-3e4f5a6b7c8d", caseId, call);
  }

  static String netns(String podUid) {
    return "/var/run/netns/bench-" + podUid.substring(0, 8);
  }

  /** The {@code CNI_*} environment of an ADD for {@code podUid}. */
  static Map<String, String> addEnv(String podUid) {
    Map<String, String> env = new HashMap<>();
    env.put("CNI_COMMAND", "ADD");
    env.put("CNI_CONTAINERID", "c0ffee" + podUid.substring(0, 8));
    env.put("CNI_NETNS", netns(podUid));
    env.put("CNI_IFNAME", "eth0");
    env.put("CNI_PATH", "/opt/cni/bin");
    env.put("CNI_ARGS", "IgnoreUnknown=1;K8S_POD_NAMESPACE=default;K8S_POD_NAME=bench-"
        + podUid.substring(0, 8) + ";K8S_POD_UID=" + podUid);
    return env;
  }
}

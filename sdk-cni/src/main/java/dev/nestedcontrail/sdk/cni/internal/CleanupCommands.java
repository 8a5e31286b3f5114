package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.cni.CniRequest;
import dev.nestedcontrail.sdk.cni.VifType;
import dev.nestedcontrail.sdk.cni.agent.VmRequest;
import dev.nestedcontrail.sdk.cni.agent.VrouterAgentClient;
import dev.nestedcontrail.sdk.cni.dataplane.DataPlane;
import dev.nestedcontrail.sdk.core.ContrailException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DEL and GC. DEL is idempotent: no pod file, a file of another container (kubelet retried with a
 * new one) or links that are already gone all count as success. GC removes every pod whose
 * (container id, interface) is not in {@code cni.dev/valid-attachments}.
 */
final class CleanupCommands {
  private static final Logger logger = LoggerFactory.getLogger(CleanupCommands.class);

  private final DataPlane dataPlane;

  CleanupCommands(DataPlane dataPlane) {
    this.dataPlane = dataPlane;
  }

  void del(CniRequest request, VrouterAgentClient agent) {
    PodFiles files = new PodFiles(Path.of(request.config().configDir()));
    String uid = request.args().getOrDefault("K8S_POD_UID", "");
    Optional<VmRequest> pod = (uid.isEmpty() ? Optional.<VmRequest>empty() : files.read(uid))
        .or(() -> files.all().stream().filter(p -> p.vmId().equals(request.containerId()))
            .findFirst());
    if (pod.isEmpty()) {
      logger.debug("DEL {}: no pod file, nothing to do", request.containerId());
      return;
    }
    if (!pod.get().vmId().isEmpty() && !pod.get().vmId().equals(request.containerId())) {
      logger.debug("DEL {}: pod {} belongs to container {}, left alone", request.containerId(),
          pod.get().vmUuid(), pod.get().vmId());
      return;
    }
    remove(request.config(), pod.get(), files, agent);
  }

  void gc(CniRequest request, VrouterAgentClient agent) {
    String raw = request.config().unknownKeys().get("cni.dev/valid-attachments");
    if (raw == null) {
      throw new CniException(CniErrorCode.INVALID_NETWORK_CONFIG,
          "GC needs cni.dev/valid-attachments", "without the list of valid attachments GC would"
              + " remove every pod; the runtime must send it (an empty array is allowed)");
    }
    Set<String> valid = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (JsonFields a : JsonFields.parseObjectOrArray(raw, "cni.dev/valid-attachments")) {
      valid.add(a.string("containerID", problems).orElse("") + "/"
          + a.string("ifname", problems).orElse(""));
    }
    if (!problems.isEmpty()) {
      throw new CniException(CniErrorCode.INVALID_NETWORK_CONFIG,
          "invalid cni.dev/valid-attachments", String.join("; ", problems));
    }
    PodFiles files = new PodFiles(Path.of(request.config().configDir()));
    for (VmRequest pod : files.all()) {
      if (!valid.contains(pod.vmId() + "/" + pod.vmIfname())) {
        logger.debug("GC: removing pod {} of container {}", pod.vmUuid(), pod.vmId());
        remove(request.config(), pod, files, agent);
      }
    }
  }

  private void remove(CniNetworkConfig config, VmRequest pod, PodFiles files,
      VrouterAgentClient agent) {
    if (config.vifType() == VifType.MACVLAN) {
      dataPlane.deleteLink(PodIdentity.linkName("vlan", pod.vmUuid()));
    } else {
      dataPlane.deleteLink(PodIdentity.linkName("tap", pod.vmUuid()));
      try {
        agent.deleteVm(VmRequest.builder().vmUuid(pod.vmUuid()).vmId(pod.vmId()).build());
      } catch (ContrailException e) {
        logger.warn("DELETE /vm/{} failed; the agent's stale-port cleanup will remove it: {}",
            pod.vmUuid(), e.getMessage());
      }
    }
    files.delete(pod.vmUuid());
  }
}

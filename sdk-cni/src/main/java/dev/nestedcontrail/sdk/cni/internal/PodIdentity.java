package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.CniRequest;
import java.util.Optional;

/**
 * Who the pod is for Contrail. The {@code /vm-cfg} key is the pod uuid (R5.0) or, when the config
 * has a {@code cluster-name} (R2008 and later), the VM name {@code <cluster>__<namespace>__<pod>};
 * then the pod uuid may also come from the agent's answer. Link names use the first 11 characters
 * of the pod uuid: {@code vlan<uuid11>}, {@code mac<uuid11>}, {@code tap<uuid11>}, {@code
 * tmp<uuid11>}.
 */
public final class PodIdentity {
  private final String podUid;
  private final String vmConfigKey;
  private final String vmName;
  private final String argKeys;

  private PodIdentity(String podUid, String vmConfigKey, String vmName, String argKeys) {
    this.podUid = podUid;
    this.vmConfigKey = vmConfigKey;
    this.vmName = vmName;
    this.argKeys = argKeys;
  }

  public static PodIdentity of(CniRequest request) {
    String uid = request.args().getOrDefault("K8S_POD_UID", "");
    String ns = request.args().getOrDefault("K8S_POD_NAMESPACE", "");
    String name = request.args().getOrDefault("K8S_POD_NAME", "");
    String keys = request.args().keySet().toString();
    if (request.config().clusterName().isPresent()) {
      if (ns.isEmpty() || name.isEmpty()) {
        throw new CniException(CniErrorCode.INVALID_ENVIRONMENT,
            "CNI_ARGS needs K8S_POD_NAMESPACE and K8S_POD_NAME",
            "with cluster-name set the agent is asked for the VM name <cluster>__<ns>__<pod>;"
                + " got CNI_ARGS keys " + keys);
      }
      String vmName = request.config().clusterName().get() + "__" + ns + "__" + name;
      return new PodIdentity(uid, vmName, vmName, keys);
    }
    PodIdentity pod = new PodIdentity(uid, uid, name.isEmpty() ? uid : name, keys);
    pod.podUid();
    return pod;
  }

  /** The pod uuid from {@code K8S_POD_UID}; throws when the runtime did not pass it. */
  public String podUid() {
    if (podUid.isEmpty()) {
      throw new CniException(CniErrorCode.INVALID_ENVIRONMENT, "CNI_ARGS has no K8S_POD_UID",
          "the Contrail CNI needs the pod uuid; got CNI_ARGS keys " + argKeys);
    }
    return podUid;
  }

  /** The pod uuid the agent reported, or else {@link #podUid()}. */
  public String podUid(Optional<String> fromAgent) {
    return fromAgent.filter(u -> !u.isEmpty()).orElseGet(this::podUid);
  }

  public String vmConfigKey() {
    return vmConfigKey;
  }

  public String vmName() {
    return vmName;
  }

  /** The link name {@code prefix + uuid[0:11]}. */
  public static String linkName(String prefix, String uuid) {
    return prefix + uuid.substring(0, Math.min(11, uuid.length()));
  }
}

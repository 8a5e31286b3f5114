package dev.nestedcontrail.sdk.cni;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One validated plugin invocation: the {@code CNI_*} environment and the network config. */
@Value.Immutable
public abstract class CniRequest {
  public static Builder builder() {
    return new Builder();
  }

  public abstract CniCommand command();

  /** The version the config asked for; results are written in it. */
  public abstract CniVersion cniVersion();

  /** {@code CNI_CONTAINERID}; empty for commands without a container. */
  @Value.Default
  public String containerId() {
    return "";
  }

  /** {@code CNI_NETNS}; empty when not given (allowed for DEL). */
  @Value.Default
  public String netns() {
    return "";
  }

  /** {@code CNI_IFNAME}. */
  @Value.Default
  public String ifName() {
    return "";
  }

  /** {@code CNI_PATH}, split at ':'. */
  public abstract List<String> path();

  /** {@code CNI_ARGS} as key/value pairs, such as {@code K8S_POD_UID}. */
  public abstract Map<String, String> args();

  public abstract CniNetworkConfig config();

  /** {@code prevResult} of the config, when the runtime passed one. */
  public abstract Optional<CniResult> prevResult();

  public static final class Builder extends ImmutableCniRequest.Builder {}
}

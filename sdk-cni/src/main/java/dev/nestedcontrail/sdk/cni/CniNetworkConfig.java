package dev.nestedcontrail.sdk.cni;

import dev.nestedcontrail.sdk.cni.internal.InterfaceNames;
import dev.nestedcontrail.sdk.cni.internal.NetworkConfigCodec;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The node's CNI network config, {@code /etc/cni/net.d/10-contrail.conf}: the top-level {@code
 * cniVersion}, {@code name} and {@code type}, and the {@code contrail} section. {@link
 * #parse(String)} reads every file Contrail's cni-init writes; {@link #toJson()} writes the same
 * layout byte for byte. Keys this type does not know are kept as raw JSON and written back.
 *
 * <p>Defaults are those of Contrail's Go plugin; the {@code Optional} keys are written only when
 * set.
 */
@Value.Immutable
public abstract class CniNetworkConfig {
  private static final Pattern NETWORK_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.\\-]*");

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a network config (a {@code 10-contrail.conf} file or the config on a plugin's stdin).
   *
   * @throws CniException {@link CniErrorCode#DECODE_FAILURE} for text that is not a JSON object,
   *     {@link CniErrorCode#INVALID_NETWORK_CONFIG} for wrong types or values, listing all of them
   */
  public static CniNetworkConfig parse(String json) {
    return NetworkConfigCodec.parse(json);
  }

  /** The file's content, in the layout cni-init writes ({@code "key"   : value}, 3-space indent). */
  public String toJson() {
    return NetworkConfigCodec.write(this);
  }

  /** {@code cniVersion}; cni-init writes 0.3.1. */
  @Value.Default
  public String cniVersion() {
    return CniVersion.V0_3_1.wire();
  }

  /** {@code name}, the network name. */
  @Value.Default
  public String name() {
    return "contrail-k8s-cni";
  }

  /** {@code type}, the plugin binary's name in {@code /opt/cni/bin}. */
  @Value.Default
  public String type() {
    return "contrail-k8s-cni";
  }

  /** {@code cluster-name}: the Kubernetes cluster name in Contrail (R2008 and later). */
  public abstract Optional<String> clusterName();

  /** {@code mode}: {@code k8s} or {@code mesos}. */
  @Value.Default
  public String mode() {
    return "k8s";
  }

  /** {@code meta-plugin}: the meta plugin that may call this one, such as {@code multus}. */
  public abstract Optional<String> metaPlugin();

  /** {@code vif-type}: {@code macvlan} in nested mode. */
  @Value.Default
  public VifType vifType() {
    return VifType.VETH;
  }

  /** {@code parent-interface}: the VM's NIC that carries the pods' VLANs (nested mode). */
  @Value.Default
  public String parentInterface() {
    return "eth0";
  }

  /** {@code vrouter-ip}: the agent's address; in nested mode the link-local service IP. */
  @Value.Default
  public String vrouterIp() {
    return "127.0.0.1";
  }

  /** {@code vrouter-port}: the agent's REST port. */
  @Value.Default
  public int vrouterPort() {
    return 9091;
  }

  /** {@code config-dir}: where the per-pod files live. */
  @Value.Default
  public String configDir() {
    return "/var/lib/contrail/ports/vm";
  }

  /**
   * {@code poll-timeout} (whole seconds on the wire). Together with {@link #pollRetries()} it
   * bounds how long ADD waits for the agent: {@code pollTimeout × pollRetries}.
   */
  @Value.Default
  public Duration pollTimeout() {
    return Duration.ofSeconds(3);
  }

  /** {@code poll-retries}. */
  @Value.Default
  public int pollRetries() {
    return 20;
  }

  /** {@code log-file}. */
  @Value.Default
  public String logFile() {
    return "/var/log/contrail/cni/opencontrail.log";
  }

  /** {@code log-level}, a string on the wire ({@code "4"}). */
  @Value.Default
  public String logLevel() {
    return "4";
  }

  /** {@code log-dir}. */
  public abstract Optional<String> logDir();

  /** {@code mtu} of the pod's links; {@link #effectiveMtu()} applies the default 1500. */
  public abstract Optional<Integer> mtu();

  /** Unknown keys of the {@code contrail} section, as raw JSON values, in file order. */
  public abstract Map<String, String> unknownContrailKeys();

  /** Unknown top-level keys (such as {@code runtimeConfig}), as raw JSON values, in file order. */
  public abstract Map<String, String> unknownKeys();

  /** The MTU to use: {@link #mtu()} or 1500. */
  public int effectiveMtu() {
    return mtu().orElse(1500);
  }

  /** How long ADD may wait for the agent in total. */
  public Duration pollBudget() {
    return pollTimeout().multipliedBy(pollRetries());
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (!NETWORK_NAME.matcher(name()).matches()) {
      problems.add("name: '" + name() + "' must start with a letter or digit and contain only"
          + " letters, digits, '_', '.' and '-'");
    }
    if (type().isBlank()) {
      problems.add("type: must not be blank");
    }
    if (vrouterIp().isBlank()) {
      problems.add("vrouter-ip: must not be blank");
    }
    if (vrouterPort() < 1 || vrouterPort() > 65535) {
      problems.add("vrouter-port: " + vrouterPort() + " is not a port (1-65535)");
    }
    if (!InterfaceNames.isValid(parentInterface())) {
      problems.add("parent-interface: '" + parentInterface() + "' " + InterfaceNames.RULE);
    }
    if (pollTimeout().isNegative() || pollTimeout().isZero() || pollTimeout().getNano() != 0) {
      problems.add("poll-timeout: " + pollTimeout() + " is not a positive whole number of seconds");
    }
    if (pollRetries() < 1) {
      problems.add("poll-retries: " + pollRetries() + " must be at least 1");
    }
    mtu().filter(m -> m < 68 || m > 65535)
        .ifPresent(m -> problems.add("mtu: " + m + " is not between 68 and 65535"));
    ValidationException.throwIfAny("CNI network config", problems);
  }

  public static final class Builder extends ImmutableCniNetworkConfig.Builder {}
}

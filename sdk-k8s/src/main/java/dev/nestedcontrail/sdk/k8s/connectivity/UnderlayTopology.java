package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.TopologyReader;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.TopologyValidator;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.TopologyWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The underlay OpenStack cloud as the planner needs it: which node runs which Contrail function,
 * where service IPs come from, and which option connects the overlay.
 *
 * <p>The topology file (YAML, or JSON, which is read as YAML) is a public contract:
 * <pre>
 * connectivity: link-local-only          # or fabric-snat (Option 1, the default)
 * serviceIpPool: 10.10.10.0/24           # or serviceIps: [10.10.10.5, 10.10.10.6]
 * excludeIps: [10.10.10.9]               # optional
 * nodeNetwork: default-domain:admin:k8s-vm-net   # VN of the k8s VMs; required for fabric-snat
 * config:    [192.168.1.100]
 * analytics: [192.168.1.100, 192.168.1.101]
 * msgQueue:  [192.168.1.100]
 * configDb:  [192.168.1.100, 192.168.1.101, 192.168.1.102]
 * keystone:  [192.168.1.200]
 * vrouters:  [192.168.1.30, 192.168.1.40, 192.168.1.50]
 * ports: { config: 8082, analytics: 8086, msgQueue: 5673, configDb: 9161, keystone: 35357, vrouter: 9091 }
 * podSubnet: 10.32.0.0/12                # optional; the pool must not overlap it
 * serviceSubnet: 10.96.0.0/12            # optional; the pool must not overlap it
 * ipFabricSubnet: 192.168.1.0/24         # optional; the pool must not overlap it
 * </pre>
 * Every key but the role lists is optional ({@code vrouters} is always required, and in
 * {@code link-local-only} every role list is); {@code ports} overrides only the roles it names.
 * The three subnets are used only to check that no service IP falls into the overlay's pod or
 * service network or the underlay's IP fabric. Unknown keys and values of the wrong type are
 * errors naming the key.
 */
@Value.Immutable
public abstract class UnderlayTopology {

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a topology; {@code build()} reports every problem in one {@link ValidationException}. */
  public static final class Builder extends ImmutableUnderlayTopology.Builder {}

  /**
   * Reads a topology file.
   *
   * @throws ValidationException naming every bad key and value
   * @throws ContrailClientException when the file cannot be read
   */
  public static UnderlayTopology load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ContrailClientException("cannot read topology file " + file + ": " + e, e);
    }
    return TopologyReader.read(text, file.toString());
  }

  /**
   * Parses the text of a topology file, YAML or JSON.
   *
   * @throws ValidationException naming every bad key and value
   */
  public static UnderlayTopology parse(String text) {
    return TopologyReader.read(text, "topology");
  }

  /** The topology in the file format; {@link #parse} of the result gives an equal topology. */
  public String toYaml() {
    return TopologyWriter.write(this);
  }

  @Value.Default
  public Connectivity connectivity() {
    return Connectivity.FABRIC_SNAT;
  }

  /** The pool service IPs are taken from, in order; exclusive with {@link #serviceIps()}. */
  public abstract Optional<Ipv4Cidr> serviceIpPool();

  /** Service IPs given by hand, used in order; exclusive with {@link #serviceIpPool()}. */
  public abstract List<Ipv4Address> serviceIps();

  /** Addresses the pool must never hand out. */
  public abstract List<Ipv4Address> excludeIps();

  /**
   * The fully qualified name of the virtual network of the Kubernetes VMs, such as
   * {@code default-domain:admin:k8s-vm-net}: three non-empty parts separated by colons. Fabric
   * SNAT is enabled on it; required for {@link Connectivity#FABRIC_SNAT}.
   */
  public abstract Optional<String> nodeNetwork();

  public abstract List<Ipv4Address> config();

  public abstract List<Ipv4Address> analytics();

  public abstract List<Ipv4Address> msgQueue();

  public abstract List<Ipv4Address> configDb();

  public abstract List<Ipv4Address> keystone();

  public abstract List<Ipv4Address> vrouters();

  /** Port overrides; a role not named here uses {@link ServiceRole#defaultPort()}. */
  public abstract Map<ServiceRole, Integer> ports();

  /** The overlay's pod network; the service IPs must not fall into it. */
  public abstract Optional<Ipv4Cidr> podSubnet();

  /** The overlay's service (cluster IP) network; the service IPs must not fall into it. */
  public abstract Optional<Ipv4Cidr> serviceSubnet();

  /** The underlay's IP fabric network; the service IPs must not fall into it. */
  public abstract Optional<Ipv4Cidr> ipFabricSubnet();

  /** The nodes listed for {@code role}, in their listed order. */
  public final List<Ipv4Address> nodes(ServiceRole role) {
    return switch (role) {
      case CONFIG -> config();
      case ANALYTICS -> analytics();
      case MSG_QUEUE -> msgQueue();
      case CONFIG_DB -> configDb();
      case KEYSTONE -> keystone();
      case VROUTER -> vrouters();
    };
  }

  /** The port of {@code role}: the override from {@link #ports()}, or the default. */
  public final int port(ServiceRole role) {
    return ports().getOrDefault(role, role.defaultPort());
  }

  @Value.Check
  void check() {
    ValidationException.throwIfAny("underlay topology", TopologyValidator.problems(this));
  }
}

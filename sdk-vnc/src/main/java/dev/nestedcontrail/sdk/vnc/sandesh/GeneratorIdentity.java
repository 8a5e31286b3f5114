package dev.nestedcontrail.sdk.vnc.sandesh;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who a generator is: the collector keys generators by source host, module, node type and
 * instance id, and rejects a generator whose node type or instance id is empty. For
 * kube-manager these are the host's name, {@code contrail-kube-manager}, {@code Config} and the
 * worker id ({@code 0} by default).
 */
@Value.Immutable
public abstract class GeneratorIdentity {

  /** The host name (pysandesh uses the FQDN). */
  public abstract String source();

  /** Module name, such as {@code contrail-kube-manager}. */
  @Value.Default
  public String module() {
    return "contrail-kube-manager";
  }

  /** Node type name, such as {@code Config} or {@code Compute}. */
  @Value.Default
  public String nodeType() {
    return "Config";
  }

  @Value.Default
  public String instanceId() {
    return "0";
  }

  /** A kube-manager on {@code host} with instance id 0. */
  public static GeneratorIdentity kubeManager(String host) {
    return builder().source(host).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The name of the generator's UVE in the analytics API:
   * {@code <source>:<node type>:<module>:<instance id>}.
   */
  public String uveName() {
    return source() + ":" + nodeType() + ":" + module() + ":" + instanceId();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    blank(problems, "source", source());
    blank(problems, "module", module());
    blank(problems, "nodeType", nodeType());
    blank(problems, "instanceId", instanceId());
    ValidationException.throwIfAny("generator identity", problems);
  }

  private static void blank(List<String> problems, String field, String value) {
    if (value.isBlank() || value.contains(":")) {
      problems.add(field + ": '" + value + "' must be non-blank and hold no ':'");
    }
  }

  public static final class Builder extends ImmutableGeneratorIdentity.Builder {}
}

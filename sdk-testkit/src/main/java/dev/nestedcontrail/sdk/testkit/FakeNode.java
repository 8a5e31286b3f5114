package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Node of a {@link FakeKubernetesApi}: name, InternalIP, labels, taints and readiness. The fake
 * adds the labels {@code kubernetes.io/hostname}, {@code kubernetes.io/os} and {@code kubernetes.io/arch}.
 */
@Value.Immutable
public abstract class FakeNode {

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFakeNode.Builder {}

  /** A Ready node without labels or taints. */
  public static FakeNode of(String name, String internalIp) {
    return builder().name(name).internalIp(internalIp).build();
  }

  public abstract String name();

  /** The {@code InternalIP} address, which pods on the node get as {@code status.hostIP}. */
  public abstract String internalIp();

  public abstract Map<String, String> labels();

  public abstract List<Taint> taints();

  /** Whether the node's Ready condition is True (default true). */
  @Value.Default
  public boolean ready() {
    return true;
  }

  /** The taint a kubeadm control-plane node carries: {@code node-role.kubernetes.io/control-plane:NoSchedule}. */
  public static Taint controlPlaneTaint() {
    return Taint.of("node-role.kubernetes.io/control-plane", "", "NoSchedule");
  }

  /** A node taint: key, value (may be empty) and effect (NoSchedule, PreferNoSchedule or NoExecute). */
  public record Taint(String key, String value, String effect) {
    public static Taint of(String key, String value, String effect) {
      if (!List.of("NoSchedule", "PreferNoSchedule", "NoExecute").contains(effect)) {
        throw ValidationException.of("FakeNode.Taint", "effect: " + effect
            + " is not NoSchedule, PreferNoSchedule or NoExecute");
      }
      return new Taint(key, value, effect);
    }
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (!name().matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")) {
      problems.add("name: " + name() + " is not a DNS-1123 subdomain");
    }
    if (!internalIp().matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
      problems.add("internalIp: " + internalIp() + " is not an IPv4 address");
    }
    ValidationException.throwIfAny("FakeNode", problems);
  }
}

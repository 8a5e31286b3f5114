package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.model.FirewallRule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The firewall objects of one NetworkPolicy: the policy's name, its rules in sequence order and
 * the deny-all rules that go into {@code <cluster>-denyall}.
 */
@Value.Immutable
public abstract class FirewallPlan {
  public static Builder builder() {
    return new Builder();
  }

  /** {@code <cluster>-<namespace>-<name>}, a child of {@code default-policy-management}. */
  public abstract String policyName();

  /** The policy's rules, in the order of their sequence numbers. */
  public abstract List<FirewallRule> rules();

  /** Deny-all rules for the selected pods (ingress, egress), referenced by the deny-all policy. */
  public abstract List<FirewallRule> denyRules();

  /** Every tag the rules name, by name {@code <type>=<value>}: type and value. */
  @Value.Derived
  public Map<String, List<String>> tags() {
    Map<String, List<String>> tags = new TreeMap<>();
    for (FirewallRule rule : allRules()) {
      rule.endpoint1().ifPresent(e -> e.tags().forEach(t -> tags.put(t, split(t))));
      rule.endpoint2().ifPresent(e -> e.tags().forEach(t -> tags.put(t, split(t))));
    }
    return tags;
  }

  /** A digest of the whole plan; equal plans have equal digests. */
  @Value.Derived
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((policyName() + rules() + denyRules())
          .getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  public List<FirewallRule> allRules() {
    return java.util.stream.Stream.concat(rules().stream(), denyRules().stream()).toList();
  }

  private static List<String> split(String tag) {
    int eq = tag.indexOf('=');
    return List.of(tag.substring(0, eq), tag.substring(eq + 1));
  }

  public static final class Builder extends ImmutableFirewallPlan.Builder {}
}

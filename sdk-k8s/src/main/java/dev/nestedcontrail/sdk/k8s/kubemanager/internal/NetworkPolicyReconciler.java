package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.ApplicationPolicySet;
import dev.nestedcontrail.sdk.vnc.model.FirewallPolicy;
import dev.nestedcontrail.sdk.vnc.model.FirewallRule;
import dev.nestedcontrail.sdk.vnc.model.FirewallSequence;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A NetworkPolicy's firewall policy in the cluster APS (contrail-internals §2.5; mapping in
 * {@link NetworkPolicyRules}). Apply writes, in an order that a crash can resume: the tags the
 * rules name, the deny-all rules (referenced by {@code <cluster>-denyall}), the rules, the policy
 * with its rule refs and the plan's digest, the APS ref. A policy whose digest and APS ref are in
 * place costs one read. Removal detaches the policy from the APS, removes the deny-all rules,
 * deletes the policy and then its rules; missing objects are fine.
 */
public final class NetworkPolicyReconciler {
  /** Network policies come before deny-all ({@code 00002.0}) and allow-all in the APS. */
  static final FirewallSequence SEQUENCE = PolicyProvisioner.sequence(1);
  static final String DIGEST = "digest";
  private static final Logger logger = LoggerFactory.getLogger(NetworkPolicyReconciler.class);
  private static final String RULE_TYPE = "firewall-rule";

  private final KubeManagerConfig config;
  private final VncOps vnc;
  private final TagCache tags;
  private final ClusterPolicies policies;
  private final NetworkPolicyRules rules;

  public NetworkPolicyReconciler(KubeManagerConfig config, VncOps vnc, TagCache tags,
      ClusterPolicies policies) {
    this.config = config;
    this.vnc = vnc;
    this.tags = tags;
    this.policies = policies;
    this.rules = new NetworkPolicyRules(config);
  }

  /** ADDED or MODIFIED; {@code namespaceLabels} resolve namespace selectors. */
  public void apply(KubernetesObject policy, Map<String, Map<String, String>> namespaceLabels) {
    FirewallPlan plan = rules.plan(policy, namespaceLabels);
    String uuid = NetworkPolicyRules.uuid("firewall-policy", plan.policyName());
    Optional<FirewallPolicy> existing = vnc.find(FirewallPolicy.class, uuid);
    if (existing.isPresent() && attached(existing.get()) && Annotations.value(existing.get(),
        DIGEST).filter(plan.digest()::equals).isPresent()) {
      return;
    }
    plan.tags().values().forEach(t -> tags.ensure(t.get(0), t.get(1)));
    Set<String> denyNames = plan.denyRules().stream().map(r -> r.name().orElseThrow())
        .collect(Collectors.toSet());
    for (String direction : List.of("ingress", "egress")) {
      String name = plan.policyName() + "-" + direction + "-denyall";
      if (existing.isPresent() && !denyNames.contains(name)) {
        removeDenyRule(name);
      }
    }
    for (FirewallRule deny : plan.denyRules()) {
      write(deny);
      vnc.ensureRef(FirewallPolicy.class, policies.denyAllUuid(), RULE_TYPE,
          deny.uuid().orElseThrow(), Optional.of(SEQUENCE));
    }
    List<Reference<FirewallSequence>> refs = new ArrayList<>();
    for (int i = 0; i < plan.rules().size(); i++) {
      FirewallRule rule = write(plan.rules().get(i));
      refs.add(Reference.<FirewallSequence>builder().uuid(rule.uuid().orElseThrow())
          .to(rule.fqName()).attr(PolicyProvisioner.sequence(i + 1)).build());
    }
    Map<String, String> annotations = new LinkedHashMap<>(rules.annotations(
        policy.namespace().orElse("default"), policy.name()));
    annotations.put(DIGEST, plan.digest());
    FirewallPolicy desired = FirewallPolicy.builder().uuid(uuid).name(plan.policyName())
        .fqName(PolicyProvisioner.child(plan.policyName())).parentType("policy-management")
        .annotations(Annotations.of(annotations)).firewallRuleRefs(refs).build();
    FirewallPolicy current = existing.orElseGet(() -> vnc.createOrGet(desired));
    vnc.update(current, FirewallPolicy.builder().from(current)
        .annotations(desired.annotations()).firewallRuleRefs(refs).build());
    Set<String> kept = refs.stream().map(r -> r.uuid().orElseThrow()).collect(Collectors.toSet());
    current.firewallRuleRefs().stream().map(Reference::uuid).flatMap(Optional::stream)
        .filter(u -> !kept.contains(u)).forEach(u -> vnc.delete(FirewallRule.class, u));
    if (!attached(current)) {
      vnc.ensureRef(ApplicationPolicySet.class, policies.applicationPolicySetUuid(),
          "firewall-policy", uuid, Optional.of(SEQUENCE));
    }
    logger.debug("network policy {} -> {} rules, {} deny rules", policy.describe(),
        plan.rules().size(), plan.denyRules().size());
  }

  /** DELETED, or an orphan found by the resync. */
  public void remove(String namespace, String name) {
    String policyName = rules.policyName(namespace, name);
    String uuid = NetworkPolicyRules.uuid("firewall-policy", policyName);
    Optional<FirewallPolicy> existing = vnc.find(FirewallPolicy.class, uuid);
    if (existing.isPresent()) {
      vnc.removeRef(ApplicationPolicySet.class, policies.applicationPolicySetUuid(),
          "firewall-policy", uuid);
    }
    removeDenyRule(policyName + "-ingress-denyall");
    removeDenyRule(policyName + "-egress-denyall");
    if (existing.isPresent()) {
      vnc.delete(FirewallPolicy.class, uuid);
      existing.get().firewallRuleRefs().stream().map(Reference::uuid).flatMap(Optional::stream)
          .forEach(u -> vnc.delete(FirewallRule.class, u));
    }
    logger.debug("network policy {}/{} removed", namespace, name);
  }

  /** True when the firewall policy is one of this cluster's NetworkPolicies. */
  public boolean owns(FirewallPolicy policy) {
    return Annotations.ownedBy(policy, config.clusterOwner(), config.clusterName())
        && Annotations.value(policy, Annotations.KIND)
            .filter(NetworkPolicyRules.KIND::equals).isPresent();
  }

  private boolean attached(FirewallPolicy policy) {
    return policy.applicationPolicySetBackRefs().stream().anyMatch(r -> r.uuid()
        .filter(policies.applicationPolicySetUuid()::equals).isPresent());
  }

  private FirewallRule write(FirewallRule rule) {
    FirewallRule current = vnc.createOrGet(rule);
    vnc.update(current, FirewallRule.builder().from(current).endpoint1(rule.endpoint1())
        .endpoint2(rule.endpoint2()).service(rule.service()).actionList(rule.actionList())
        .direction(rule.direction()).annotations(rule.annotations()).build());
    return current;
  }

  private void removeDenyRule(String name) {
    String uuid = NetworkPolicyRules.uuid(RULE_TYPE, name);
    vnc.removeRef(FirewallPolicy.class, policies.denyAllUuid(), RULE_TYPE, uuid);
    vnc.delete(FirewallRule.class, uuid);
  }
}

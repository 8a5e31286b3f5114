package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.ApplicationPolicySet;
import dev.nestedcontrail.sdk.vnc.model.FirewallPolicy;
import dev.nestedcontrail.sdk.vnc.model.FirewallSequence;
import dev.nestedcontrail.sdk.vnc.model.PolicyManagement;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provisions the cluster's security policy objects at start, every step create-or-get
 * (contrail-internals §2.1, §2.4; {@code vnc_security_policy.py}): {@code default-policy-management},
 * the application policy set {@code aps_name} (or the cluster name) under it, the firewall
 * policies {@code <cluster>-denyall} (annotated {@code tail=True}) and {@code <cluster>-allowall},
 * attached to the APS in the anchor's final order, deny-all at sequence {@code 00002.0} then
 * allow-all at {@code 00003.0}, and the tag {@code application=<cluster>} on the APS. Network
 * policies go in front of both ({@link NetworkPolicyReconciler#SEQUENCE}). The APS only applies
 * to workloads tagged with its application, so the cluster's pod and service networks get that
 * tag too; their VMIs inherit it.
 */
public final class PolicyProvisioner {
  static final String KIND = "VncSecurityPolicy";
  static final FirewallSequence DENY_ALL_SEQUENCE = sequence(2);
  static final FirewallSequence ALLOW_ALL_SEQUENCE = sequence(3);

  private final KubeManagerConfig config;
  private final VncOps vnc;
  private final TagCache tags;

  public PolicyProvisioner(KubeManagerConfig config, VncOps vnc, TagCache tags) {
    this.config = config;
    this.vnc = vnc;
    this.tags = tags;
  }

  /** Creates what is missing; {@code networks} (as read) get the application tag. */
  public ClusterPolicies provision(List<VirtualNetwork> networks) {
    vnc.createOrGet(PolicyManagement.builder().fqName(ClusterPolicies.POLICY_MANAGEMENT)
        .name(ClusterPolicies.POLICY_MANAGEMENT.get(0)).build());
    List<String> apsName = child(config.applicationPolicySetName());
    ApplicationPolicySet aps = vnc.createOrGet(ApplicationPolicySet.builder().fqName(apsName)
        .name(config.applicationPolicySetName()).parentType("policy-management").build());
    String apsUuid = aps.uuid().orElseThrow();
    String denyAll = firewallPolicy("denyall", true);
    String allowAll = firewallPolicy("allowall", false);
    attach(aps, denyAll, DENY_ALL_SEQUENCE);
    attach(aps, allowAll, ALLOW_ALL_SEQUENCE);
    String application = tags.ensure("application", config.clusterName());
    if (!TagCache.carries(aps, application)) {
      vnc.setTags("application-policy-set", apsUuid, Map.of("application", config.clusterName()),
          tags.global());
    }
    for (VirtualNetwork network : networks) {
      if (!TagCache.carries(network, application)) {
        vnc.setTags("virtual-network", network.uuid().orElseThrow(),
            Map.of("application", config.clusterName()), tags.global());
      }
    }
    return ClusterPolicies.builder().applicationPolicySetUuid(apsUuid).denyAllUuid(denyAll)
        .allowAllUuid(allowAll).build();
  }

  private String firewallPolicy(String suffix, boolean tail) {
    String name = config.clusterName() + "-" + suffix;
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(Annotations.KIND, KIND);
    annotations.put(Annotations.OWNER, config.clusterOwner());
    annotations.put(Annotations.CLUSTER, config.clusterName());
    annotations.put(Annotations.NAME, suffix);
    if (tail) {
      annotations.put("tail", "True");
    }
    return vnc.createOrGet(FirewallPolicy.builder().fqName(child(name)).name(name)
        .parentType("policy-management").annotations(Annotations.of(annotations)).build())
        .uuid().orElseThrow();
  }

  private void attach(ApplicationPolicySet aps, String policy, FirewallSequence sequence) {
    boolean attached = aps.firewallPolicyRefs().stream().anyMatch(r ->
        r.uuid().filter(policy::equals).isPresent() && r.attr().equals(Optional.of(sequence)));
    if (!attached) {
      vnc.ensureRef(ApplicationPolicySet.class, aps.uuid().orElseThrow(), "firewall-policy",
          policy, Optional.of(sequence));
    }
  }

  /** The anchor's sequence format: five-digit integer part, {@code 00002.0}. */
  static FirewallSequence sequence(int n) {
    return FirewallSequence.builder().sequence(String.format("%05d.0", n)).build();
  }

  static List<String> child(String name) {
    return Names.child(ClusterPolicies.POLICY_MANAGEMENT, name);
  }
}

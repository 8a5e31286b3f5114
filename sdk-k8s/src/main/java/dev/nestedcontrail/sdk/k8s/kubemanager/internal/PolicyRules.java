package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.model.ActionListType;
import dev.nestedcontrail.sdk.vnc.model.AddressType;
import dev.nestedcontrail.sdk.vnc.model.DirectionType;
import dev.nestedcontrail.sdk.vnc.model.EtherType;
import dev.nestedcontrail.sdk.vnc.model.PolicyEntriesType;
import dev.nestedcontrail.sdk.vnc.model.PolicyRuleType;
import dev.nestedcontrail.sdk.vnc.model.PortType;
import dev.nestedcontrail.sdk.vnc.model.SimpleActionType;
import dev.nestedcontrail.sdk.vnc.model.SubnetType;
import java.util.List;

/**
 * The rules of kube-manager's network policies and default security groups: direction
 * {@code <>}, protocol any, ports -1..-1, action pass.
 */
public final class PolicyRules {
  private PolicyRules() {}

  /** A policy letting every network carrying it ({@code network_policy=<own>}) reach a network. */
  public static PolicyEntriesType policyToNetwork(List<String> policy, List<String> network) {
    return entries(AddressType.builder().networkPolicy(String.join(":", policy)).build(),
        AddressType.builder().virtualNetwork(String.join(":", network)).build());
  }

  /** A policy between two networks. */
  public static PolicyEntriesType networkToNetwork(List<String> a, List<String> b) {
    return entries(AddressType.builder().virtualNetwork(String.join(":", a)).build(),
        AddressType.builder().virtualNetwork(String.join(":", b)).build());
  }

  private static PolicyEntriesType entries(AddressType src, AddressType dst) {
    return PolicyEntriesType.builder().addPolicyRule(PolicyRuleType.builder()
        .direction(DirectionType.LT_GT).protocol("any")
        .addSrcAddresses(src).addSrcPorts(anyPort())
        .addDstAddresses(dst).addDstPorts(anyPort())
        .actionList(ActionListType.builder().simpleAction(SimpleActionType.PASS).build())
        .build()).build();
  }

  /** Allow-all ingress and egress for IPv4 (0.0.0.0/0) and IPv6 (::/0). */
  public static PolicyEntriesType allowAll() {
    PolicyEntriesType.Builder b = PolicyEntriesType.builder();
    for (EtherType ether : List.of(EtherType.IPV4, EtherType.IPV6)) {
      AddressType any = AddressType.builder().subnet(SubnetType.builder()
          .ipPrefix(ether == EtherType.IPV4 ? "0.0.0.0" : "::").ipPrefixLen(0L).build()).build();
      AddressType local = AddressType.builder().securityGroup("local").build();
      b.addPolicyRule(sgRule(ether, any, local));
      b.addPolicyRule(sgRule(ether, local, any));
    }
    return b.build();
  }

  private static PolicyRuleType sgRule(EtherType ether, AddressType src, AddressType dst) {
    return PolicyRuleType.builder().direction(DirectionType.GT).protocol("any").ethertype(ether)
        .addSrcAddresses(src).addSrcPorts(anyPort()).addDstAddresses(dst).addDstPorts(anyPort())
        .build();
  }

  private static PortType anyPort() {
    return PortType.builder().startPort(-1L).endPort(-1L).build();
  }
}

package dev.nestedcontrail.sdk.k8s.manifest;

/**
 * The documented differences between {@link NestedManifest#render} and what upstream's
 * {@code resolve-manifest.sh} prints for the same values (template
 * {@code contrail-nested-kubernetes.yaml} at contrail-container-builder 31f4dd41).
 */
public enum UpstreamFix {
  /**
   * The contrail-kube-manager DaemonSet has two {@code spec:} keys upstream; YAML readers keep the
   * second, which drops {@code spec.selector}. Ours keeps the selector.
   */
  KUBE_MANAGER_SELECTOR_KEPT("contrail-kube-manager keeps spec.selector (upstream's duplicate "
      + "'spec:' key drops it, so apps/v1 rejects the DaemonSet)"),
  /** Upstream's CNI selector {@code app: config-zookeeper} does not match its pod labels. */
  CNI_SELECTOR_MATCHES_POD_LABELS("contrail-kubernetes-cni-agent selects app=contrail-agent, its "
      + "pod label (upstream selects app=config-zookeeper, which apps/v1 rejects)"),
  /** Without a pull secret upstream renders {@code imagePullSecrets: [{name: null}]}. */
  NO_EMPTY_IMAGE_PULL_SECRET("no imagePullSecrets entry, because no pull secret is set "
      + "(upstream renders one with an empty name)"),
  /** Upstream inserts some values unquoted, so YAML reads them as null, numbers or booleans. */
  CONFIG_MAP_VALUES_ARE_STRINGS("ConfigMap values are strings (upstream's unquoted values "
      + "become YAML null, numbers or booleans)");

  private final String description;

  UpstreamFix(String description) {
    this.description = description;
  }

  /** One line saying what differs from upstream and why. */
  public String description() {
    return description;
  }
}

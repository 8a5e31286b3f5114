package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the nested manifest: the eight objects of upstream's {@code contrail-nested-kubernetes.yaml}
 * in upstream's order (ConfigMaps env and kube-manager-config, DaemonSets contrail-kube-manager and
 * contrail-kubernetes-cni-agent, ClusterRole, ServiceAccount, ClusterRoleBinding, token Secret).
 * The content equals upstream's output for the same values except for the {@link UpstreamFix}es;
 * {@link #explain} lists those that apply. Rendering is pure and deterministic.
 */
public final class NestedManifest {
  private static final Logger logger = LoggerFactory.getLogger(NestedManifest.class);

  private NestedManifest() {}

  /**
   * The objects for {@code spec}, with every opt-in extra off; a spec with a Keystone admin
   * password is refused (see {@link ManifestOptions#revealSecrets()}).
   */
  public static List<KubernetesObject> render(NestedClusterSpec spec) {
    return render(spec, ManifestOptions.defaults());
  }

  /**
   * The objects for {@code spec} and {@code options}, validated by {@link ManifestValidator}
   * before they are returned: one {@link ValidationException} lists every problem.
   *
   * @throws ValidationException also when the spec has a Keystone admin password and {@link
   *     ManifestOptions#revealSecrets()} is off: upstream's ConfigMap {@code env} would carry it
   *     in clear text
   */
  public static List<KubernetesObject> render(NestedClusterSpec spec, ManifestOptions options) {
    if (spec.keystoneAdminPassword().isPresent() && !options.revealSecrets()) {
      throw ValidationException.of("nested manifest", "keystoneAdminPassword: set, and upstream's"
          + " layout puts it in clear text in ConfigMap env (KEYSTONE_AUTH_ADMIN_PASSWORD); render"
          + " it only on purpose with ManifestOptions.revealSecrets(true) (CLI: render"
          + " --reveal-secrets)");
    }
    List<KubernetesObject> objects = new ArrayList<>(ManifestObjects.configMaps(spec));
    objects.add(DaemonSets.kubeManager(spec, options));
    objects.add(DaemonSets.cniAgent(spec, options));
    objects.addAll(ManifestObjects.rbacAndToken(options));
    ManifestValidator.validate(objects);
    logger.debug("rendered {} objects for registry {} tag {}", objects.size(),
        spec.contrailRegistry(), spec.contrailContainerTag());
    return List.copyOf(objects);
  }

  /**
   * Multi-document YAML ({@code ---} before each document), byte-stable for equal input; every
   * ConfigMap value is a double-quoted YAML string.
   */
  public static String toYaml(List<KubernetesObject> objects) {
    return ManifestYaml.dump(objects);
  }

  /**
   * The {@code /etc/cni/net.d/10-contrail.conf} that the manifest's cni-init container writes on
   * each node, for the node's {@code parentInterface} (the VM NIC cni-init finds by routing towards
   * the first config node; upstream's reference nodes use {@code eth0}).
   *
   * @throws ValidationException when the spec is not in nested mode or has no nested vrouter VIP,
   *     or when {@code parentInterface} is not an interface name
   */
  public static CniNetworkConfig cniNetworkConfig(NestedClusterSpec spec, String parentInterface) {
    return SpecCniConfig.derive(spec, parentInterface);
  }

  /** The fixes that make the rendering of {@code spec} differ from upstream's, in enum order. */
  public static List<AppliedFix> explain(NestedClusterSpec spec) {
    List<AppliedFix> fixes = new ArrayList<>();
    fixes.add(AppliedFix.of(UpstreamFix.KUBE_MANAGER_SELECTOR_KEPT,
        UpstreamFix.KUBE_MANAGER_SELECTOR_KEPT.description()));
    fixes.add(AppliedFix.of(UpstreamFix.CNI_SELECTOR_MATCHES_POD_LABELS,
        UpstreamFix.CNI_SELECTOR_MATCHES_POD_LABELS.description()));
    if (spec.pullSecretName().isEmpty()) {
      fixes.add(AppliedFix.of(UpstreamFix.NO_EMPTY_IMAGE_PULL_SECRET,
          UpstreamFix.NO_EMPTY_IMAGE_PULL_SECRET.description()));
    }
    List<String> keys = new ArrayList<>();
    for (ConfigMapKey key : ConfigMapKey.values()) {
      String value = key.value(spec);
      if (!key.quotedUpstream() && YamlScalars.isNonString(value)) {
        keys.add(key.configMap() + "." + key.name() + (value.isEmpty() ? " (null)" : " ("
            + value + ")"));
      }
    }
    if (!keys.isEmpty()) {
      fixes.add(AppliedFix.of(UpstreamFix.CONFIG_MAP_VALUES_ARE_STRINGS,
          "upstream would not give strings for " + String.join(", ", keys)));
    }
    return List.copyOf(fixes);
  }
}

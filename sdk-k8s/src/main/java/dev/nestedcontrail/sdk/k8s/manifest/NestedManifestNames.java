package dev.nestedcontrail.sdk.k8s.manifest;

/** The fixed names of upstream's nested manifest. */
final class NestedManifestNames {
  static final String NAMESPACE = "kube-system";
  static final String ENV_CONFIG_MAP = "env";
  static final String KUBE_MANAGER_CONFIG_MAP = "kube-manager-config";
  static final String KUBE_MANAGER = "contrail-kube-manager";
  static final String CNI_AGENT = "contrail-kubernetes-cni-agent";
  static final String CNI_INIT_CONTAINER = "contrail-kubernetes-cni-init";
  /** The CNI pod label upstream uses; its selector names another app, which is defect 2. */
  static final String CNI_POD_APP_LABEL = "contrail-agent";
  static final String TOKEN_SECRET = "contrail-kube-manager-token";
  static final String TOKEN_MOUNT_PATH = "/tmp/serviceaccount";
  static final String CONFIG_NODE_LABEL = "node-role.opencontrail.org/config";
  static final String KUBE_MANAGER_IMAGE = "contrail-kubernetes-kube-manager";
  static final String CNI_INIT_IMAGE = "contrail-kubernetes-cni-init";

  private NestedManifestNames() {}
}

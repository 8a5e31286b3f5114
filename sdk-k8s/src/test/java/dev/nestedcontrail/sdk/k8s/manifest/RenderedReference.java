package dev.nestedcontrail.sdk.k8s.manifest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reader for {@code rendered/<case>/}: the files upstream's container entrypoints wrote for each
 * reference output ({@code 10-contrail.conf} from cni-init, {@code contrail-kubernetes.conf} from
 * kube-manager). Host-specific values there are {@code host_ip=192.0.2.2} and
 * {@code "parent-interface": "eth0"}.
 */
final class RenderedReference {
  private final Path folder;

  private RenderedReference(Path folder) {
    this.folder = folder;
  }

  /** The rendered case for a reference env file, e.g. nested-variant-1 for nested-variant-1.env. */
  static RenderedReference forEnv(Path envFile) {
    String output = ReferenceData.upstreamOutput(envFile).getFileName().toString();
    String name = output.substring(0, output.length() - ".yml".length());
    return new RenderedReference(envFile.resolveSibling("rendered").resolve(name));
  }

  /** The text of 10-contrail.conf, as cni-init wrote it. */
  String cniConfText() {
    return ReferenceData.read(folder.resolve("10-contrail.conf"));
  }

  /**
   * contrail-kubernetes.conf as {@code key -> value}, all sections merged, which is how
   * kube-manager reads it.
   */
  Map<String, String> kubeManagerConf() {
    Map<String, String> result = new LinkedHashMap<>();
    for (String line : ReferenceData.read(folder.resolve("contrail-kubernetes.conf")).split("\n")) {
      int eq = line.indexOf('=');
      if (!line.startsWith("[") && eq > 0) {
        result.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return result;
  }
}

package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.k8s.SharedFolder;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The upstream reference files in {@code ../shared/reference/container-builder} next to the
 * repository; tests using them skip when that folder is missing.
 */
final class ReferenceData {
  /** The outputs upstream's resolve-manifest.sh printed, by env file (see SOURCE.md there). */
  private static final Map<String, String> OUTPUT_BY_ENV = Map.of(
      "common.env.sample.nested_mode", "nested-contrail.sample.yml",
      "nested-variant-1.env", "nested-variant-1.yml",
      "nested-variant-2.env", "nested-variant-2.yml");

  /** The reference env files carry Keystone passwords, which upstream renders: opt in. */
  static final ManifestOptions REVEAL_SECRETS = ManifestOptions.builder().revealSecrets(true).build();

  private ReferenceData() {}

  /** The spec of a reference env file, rendered with the secrets revealed as upstream does. */
  static List<KubernetesObject> render(Path envFile) {
    return NestedManifest.render(spec(envFile), REVEAL_SECRETS);
  }

  static NestedClusterSpec spec(Path envFile) {
    return NestedClusterSpec.fromEnv(CommonEnv.parse(envFile));
  }

  static Path folder() {
    return SharedFolder.require("reference", "container-builder");
  }

  /** Every env file of the folder: the upstream sample and the research variants. */
  static List<Path> envFiles() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".env")
              || p.getFileName().toString().startsWith("common.env"))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The upstream output for an env file; fails when the mapping does not know the file. */
  static Path upstreamOutput(Path envFile) {
    String output = OUTPUT_BY_ENV.get(envFile.getFileName().toString());
    if (output == null) {
      throw new AssertionError("no known upstream output for " + envFile
          + "; add it to ReferenceData.OUTPUT_BY_ENV");
    }
    return envFile.resolveSibling(output);
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

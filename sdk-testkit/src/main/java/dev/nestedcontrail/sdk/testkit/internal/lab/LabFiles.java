package dev.nestedcontrail.sdk.testkit.internal.lab;

import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.testkit.FakeKubernetesApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The kubeconfig and topology files of a lab, in a given or a temporary directory. */
public record LabFiles(Path kubeconfig, Path topology, Optional<Path> ownedDirectory) {

  /** Writes both files; a temporary directory (when none is given) is owned and deleted later. */
  public static LabFiles write(Optional<Path> directory, FakeKubernetesApi kubernetes,
      UnderlayTopology topology) {
    try {
      Path dir = directory.isPresent() ? Files.createDirectories(directory.get())
          : Files.createTempDirectory("contrail-lab-");
      Path kubeconfig = kubernetes.writeKubeconfig(dir.resolve("kubeconfig"));
      Path topologyFile = Files.writeString(dir.resolve("topology.yaml"), topology.toYaml());
      return new LabFiles(kubeconfig, topologyFile, directory.isPresent() ? Optional.empty()
          : Optional.of(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("writing the lab's files failed", e);
    }
  }

  /** Deletes the files, and the directory when the lab created it; failures are ignored. */
  public void delete() {
    try {
      Files.deleteIfExists(kubeconfig);
      Files.deleteIfExists(topology);
      if (ownedDirectory.isPresent()) {
        Files.deleteIfExists(ownedDirectory.get());
      }
    } catch (IOException e) {
      // best effort: the files are in a temporary directory or one the caller chose
    }
  }
}

package dev.nestedcontrail.sdk.cni;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Finds {@code ../shared} next to the repository root; tests skip when it is missing. */
final class SharedReference {
  private SharedReference() {}

  static Path sharedDir() {
    Optional<Path> root = repositoryRoot();
    Assumptions.assumeTrue(root.isPresent(), "repository root not found above user.dir");
    Path shared = root.get().resolveSibling("shared");
    Assumptions.assumeTrue(Files.isDirectory(shared), "no " + shared + ": reference tests skipped");
    return shared;
  }

  static List<Path> renderedNetworkConfigs() {
    Path rendered = sharedDir().resolve("reference/container-builder/rendered");
    try (Stream<Path> dirs = Files.list(rendered)) {
      List<Path> files = dirs.map(d -> d.resolve("10-contrail.conf")).filter(Files::isRegularFile)
          .sorted().collect(Collectors.toList());
      Assumptions.assumeFalse(files.isEmpty(), "no rendered 10-contrail.conf under " + rendered);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> repositoryRoot() {
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null;
        p = p.getParent()) {
      Path pom = p.resolve("pom.xml");
      try {
        if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
          return Optional.of(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.empty();
  }
}

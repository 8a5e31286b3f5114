package dev.nestedcontrail.sdk.k8s.connectivity;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nestedcontrail.sdk.k8s.SharedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user's seed document, read from the {@code shared} folder beside the repository (or beside
 * the folder of worktrees); tests that need it are skipped when it is not there.
 */
final class SeedDocument {

  static List<String> lines() {
    Optional<Path> seed = firstFile(SharedFolder.require("seed"));
    assumeTrue(seed.isPresent(), "the seed document (../shared/seed/000_*) is not available");
    try {
      return Files.readAllLines(seed.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> firstFile(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("000_")).sorted().findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SeedDocument() {}
}

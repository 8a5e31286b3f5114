package dev.nestedcontrail.sdk.k8s;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code shared} folder beside the repository (or beside the folder of worktrees), which holds
 * the seed document and the upstream reference data. Tests that need it are skipped, not failed,
 * when it is not there.
 */
public final class SharedFolder {

  private SharedFolder() {}

  /**
   * The directory {@code shared/<first>/<more...>} found in the nearest folder above the reactor
   * root; skips the calling test when there is none.
   */
  public static Path require(String first, String... more) {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (root != null && !isReactorRoot(root)) {
      root = root.getParent();
    }
    assumeTrue(root != null, "no reactor root above " + System.getProperty("user.dir"));
    for (Path up = root.getParent(); up != null; up = up.getParent()) {
      Path folder = up.resolve("shared").resolve(Path.of(first, more));
      if (Files.isDirectory(folder)) {
        return folder;
      }
    }
    assumeTrue(false, "not available: no shared/" + Path.of(first, more) + " above " + root);
    throw new AssertionError("unreachable");
  }

  private static boolean isReactorRoot(Path dir) {
    Path pom = dir.resolve("pom.xml");
    try {
      return Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

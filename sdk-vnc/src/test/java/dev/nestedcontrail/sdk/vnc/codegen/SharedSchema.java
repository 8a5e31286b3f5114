package dev.nestedcontrail.sdk.vnc.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the repository root and the shared schema folder next to it, for tests. */
final class SharedSchema {
  private SharedSchema() {}

  /** The folder holding the root pom (the one listing the sdk-vnc module). */
  static Path repositoryRoot() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("sdk-vnc")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + dir);
  }

  /**
   * {@code ../shared/reference/schema} relative to the repository root; from a git worktree
   * nested deeper, the nearest {@code shared} folder further up.
   */
  static Optional<Path> schemaFolder() {
    for (Path p = repositoryRoot().getParent(); p != null; p = p.getParent()) {
      Path schema = p.resolve("shared/reference/schema");
      if (Files.exists(schema.resolve("vnc_cfg.xsd"))) {
        return Optional.of(schema);
      }
    }
    return Optional.empty();
  }
}

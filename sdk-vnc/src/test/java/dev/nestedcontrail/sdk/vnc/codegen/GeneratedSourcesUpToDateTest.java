package dev.nestedcontrail.sdk.vnc.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSourcesUpToDateTest {
  @TempDir Path temp;

  @Test
  void committedModel_equalsFreshGeneration() throws IOException {
    Optional<Path> schema = SharedSchema.schemaFolder();
    assumeTrue(schema.isPresent(), "../shared/reference/schema not found; nothing to compare");
    SortedMap<String, String> fresh = VncModelGenerator.generate(schema.get());
    for (Map.Entry<String, String> f : fresh.entrySet()) {
      Path p = temp.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
    Path committed = SharedSchema.repositoryRoot().resolve("sdk-vnc/src/main/java");
    TreeSet<String> committedFiles = new TreeSet<>();
    for (Path p : VncModelGenerator.generatedFiles(committed)) {
      committedFiles.add(VncModelGenerator.relative(committed, p));
    }
    for (String file : fresh.keySet()) {
      Path c = committed.resolve(file);
      if (!Files.exists(c)) {
        fail("generated file missing from the repository: " + file + regenerate());
      }
      if (!Files.readString(c, StandardCharsets.UTF_8)
          .equals(Files.readString(temp.resolve(file), StandardCharsets.UTF_8))) {
        fail("committed file differs from the generator output: " + file + regenerate());
      }
    }
    committedFiles.removeAll(fresh.keySet());
    assertThat(committedFiles).as("stale generated files" + regenerate()).isEmpty();
  }

  @Test
  void generate_isDeterministic() {
    Optional<Path> schema = SharedSchema.schemaFolder();
    assumeTrue(schema.isPresent(), "../shared/reference/schema not found");
    assertThat(VncModelGenerator.generate(schema.get()))
        .isEqualTo(VncModelGenerator.generate(schema.get()));
  }

  private static String regenerate() {
    return "; regenerate with the command in sdk-vnc/README.md";
  }
}

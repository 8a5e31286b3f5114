package dev.nestedcontrail.sdk.cni;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives each test a fresh {@link PluginHarness} (agent, config dir, recording data plane). */
abstract class PluginTestBase {
  @TempDir Path tempDir;
  PluginHarness h;

  @BeforeEach
  void startHarness() {
    h = new PluginHarness(tempDir);
  }

  @AfterEach
  void stopHarness() {
    h.close();
  }
}

package dev.nestedcontrail.sdk.bench.cni;

import dev.nestedcontrail.sdk.cni.CniOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a plugin shim with {@code sh} as kubelet runs a plugin binary: config on stdin, CNI_* env. */
final class ShimProcess {
  private ShimProcess() {}

  /**
   * Runs {@code script} with its stdout going to {@code stdoutFile} (so a hung plugin cannot
   * block the reader); throws when it does not finish within {@code timeout}.
   */
  static CniOutcome run(Path script, String stdin, Map<String, String> env, Path stdoutFile,
      Duration timeout) {
    try {
      ProcessBuilder pb = new ProcessBuilder("sh", script.toString());
      pb.environment().keySet().removeIf(k -> k.startsWith("CNI_"));
      pb.environment().putAll(env);
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.redirectOutput(stdoutFile.toFile());
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(script + " did not finish within " + timeout);
      }
      return CniOutcome.of(p.exitValue(), Files.readString(stdoutFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + script, e);
    }
  }
}

package dev.nestedcontrail.sdk.cni;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a plugin shim script with {@code sh}, as kubelet would run the plugin binary. */
final class ShimRunner {
  private ShimRunner() {}

  static CniOutcome run(Path script, String stdin, Map<String, String> env) {
    return run("sh", script, stdin, env);
  }

  /** Runs the script with {@code shell}, such as {@code bash} where it is {@code /bin/sh}. */
  static CniOutcome run(String shell, Path script, String stdin, Map<String, String> env) {
    try {
      ProcessBuilder pb = new ProcessBuilder(shell, script.toString());
      pb.environment().keySet().removeIf(k -> k.startsWith("CNI_"));
      pb.environment().putAll(env);
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("shim did not finish");
      }
      return CniOutcome.of(p.exitValue(), out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code command} is an executable in a folder of this process's {@code PATH}. */
  static boolean onPath(String command) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
  }

  static Path write(Path dir, String script) throws IOException {
    Path file = dir.resolve("contrail-k8s-cni");
    Files.writeString(file, script);
    return file;
  }
}

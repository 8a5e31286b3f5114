package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.dataplane.DataPlaneException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a command with a timeout and returns its exit code and output. */
public final class CommandRunner {
  private static final Logger logger = LoggerFactory.getLogger(CommandRunner.class);

  private final Duration timeout;

  public CommandRunner(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Runs the command; a non-zero exit is returned, not thrown.
   *
   * @throws DataPlaneException when it cannot start or does not finish in time (it is killed)
   */
  public CommandResult run(List<String> command) {
    String line = String.join(" ", command);
    logger.debug("running {}", line);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    } catch (IOException e) {
      throw new DataPlaneException("cannot run `" + line + "`: " + e.getMessage(), line, "");
    }
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      logger.debug("closing stdin of {} failed", line, e);
    }
    CompletableFuture<String> out = drain(process.getInputStream());
    CompletableFuture<String> err = drain(process.getErrorStream());
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new DataPlaneException("`" + line + "` did not finish within " + timeout.toMillis()
            + " ms and was killed", line, "");
      }
      return new CommandResult(line, process.exitValue(), out.get(timeout.toMillis(),
          TimeUnit.MILLISECONDS), err.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DataPlaneException("interrupted while running `" + line + "`", line, "");
    } catch (ExecutionException | TimeoutException e) {
      throw new DataPlaneException("reading the output of `" + line + "` failed: " + e, line, "");
    }
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    CompletableFuture<String> result = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (InputStream in = stream) {
        result.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        result.completeExceptionally(new UncheckedIOException(e));
      }
    }, "cni-command-output");
    reader.setDaemon(true);
    reader.start();
    return result;
  }
}

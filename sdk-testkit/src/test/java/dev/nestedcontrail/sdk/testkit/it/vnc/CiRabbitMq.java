package dev.nestedcontrail.sdk.testkit.it.vnc;

import dev.nestedcontrail.sdk.testkit.RealServerEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The RabbitMQ that {@code .ci/rabbitmq-start.sh} started, driven through the {@code .ci/} scripts
 * and {@code rabbitmqctl}. Only a broker those scripts started (its pid file exists) is touched.
 */
final class CiRabbitMq {
  private final Path ci;

  private CiRabbitMq(Path ci) {
    this.ci = ci;
  }

  /** The scripts of this checkout; skips the test (fails it on CI) when the broker is not theirs. */
  static CiRabbitMq require() {
    Optional<Path> ci = findCiFolder();
    String state = Optional.ofNullable(System.getenv("SDK_CI_STATE")).orElse("/tmp/nested-sdk-ci");
    boolean ours = ci.isPresent() && Files.exists(Path.of(state, "rabbitmq", "rabbitmq.pid"));
    if (!ours) {
      String message = "no RabbitMQ started by .ci/rabbitmq-start.sh (pid file under " + state
          + "/rabbitmq): this test restarts or inspects it; start it with .ci/rabbitmq-start.sh";
      if (RealServerEnvironment.system().ci()) {
        Assertions.fail("CI=true but " + message);
      }
      Assumptions.abort(message);
    }
    return new CiRabbitMq(ci.orElseThrow());
  }

  private static Optional<Path> findCiFolder() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".ci/rabbitmq-start.sh")) && Files.exists(dir.resolve("pom.xml"))) {
        return Optional.of(dir.resolve(".ci"));
      }
    }
    return Optional.empty();
  }

  void stop() {
    run(ci.resolve("rabbitmq-stop.sh").toString());
  }

  void start() {
    run(ci.resolve("rabbitmq-start.sh").toString());
  }

  /** {@code messages_unacknowledged} of {@code queue}; -1 when the broker has no such queue. */
  int unacknowledged(String queue) {
    String out = run(". " + ci.resolve("lib.sh") + " && rabbitmq_env && /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "
        + "\"$RABBITMQ_NODE\" list_queues name messages_unacknowledged");
    for (String line : out.split("\n")) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length == 2 && columns[0].equals(queue)) {
        return Integer.parseInt(columns[1]);
      }
    }
    return -1;
  }

  private static String run(String command) {
    try {
      Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new AssertionError(command + " exited with " + process.exitValue() + ":\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + command, e);
    }
  }
}

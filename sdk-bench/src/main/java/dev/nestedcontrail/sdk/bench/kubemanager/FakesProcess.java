package dev.nestedcontrail.sdk.bench.kubemanager;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The child JVM running {@link KubeManagerFakesMain}: started with the benchmark's own java and
 * classpath, spoken to over its stdin and stdout; its stderr, and stdout lines that are not
 * answers (JVM logging), go to the benchmark's stderr.
 */
final class FakesProcess implements AutoCloseable {
  private final Process process;
  private final BufferedReader replies;
  private final PrintStream commands;
  private final String configUrl;
  private final String kubernetesUrl;

  private FakesProcess(Process process) {
    this.process = process;
    this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    String[] ready = reply().split(" ");
    if (ready.length != 3 || !ready[0].equals("ready")) {
      process.destroyForcibly();
      throw new IllegalStateException("the fakes JVM said " + String.join(" ", ready) + " instead of ready");
    }
    this.configUrl = ready[1];
    this.kubernetesUrl = ready[2];
  }

  /** Starts the fakes with {@code nodes} nodes and returns once they are ready. */
  static FakesProcess start(String javaCommand, List<Path> classpath, List<String> jvmOptions, int nodes) {
    List<String> command = new ArrayList<>();
    command.add(javaCommand);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    command.add(KubeManagerFakesMain.class.getName());
    command.add(Integer.toString(nodes));
    try {
      return new FakesProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fakes JVM: " + command, e);
    }
  }

  String configUrl() {
    return configUrl;
  }

  String kubernetesUrl() {
    return kubernetesUrl;
  }

  /** The CPU time the fakes JVM has used so far, where the OS tells it. */
  Optional<Duration> cpu() {
    return process.toHandle().info().totalCpuDuration();
  }

  /** Creates the namespaces and pods in the fake Kubernetes; returns when all exist. */
  synchronized void createPods(int pods, int namespaces) {
    String answer = ask("pods " + pods + " " + namespaces);
    if (!answer.equals("ok")) {
      throw new IllegalStateException("creating pods: " + answer);
    }
  }

  /** How many objects of {@code type} the fake config API holds. */
  synchronized int count(String type) {
    return Integer.parseInt(ask("count " + type));
  }

  /** The fakes JVM's peak heap since it was ready, in bytes. */
  synchronized long peakHeap() {
    return Long.parseLong(ask("heap").split(" ")[0]);
  }

  private String ask(String command) {
    commands.println(command);
    return reply();
  }

  private String reply() {
    try {
      for (String line = replies.readLine(); line != null; line = replies.readLine()) {
        if (line.startsWith(KubeManagerFakesMain.PREFIX)) {
          return line.substring(KubeManagerFakesMain.PREFIX.length());
        }
        System.err.println(line);
      }
      throw new IllegalStateException("the fakes JVM ended (exit " + waitForExit() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("reading from the fakes JVM failed", e);
    }
  }

  private int waitForExit() {
    try {
      return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Asks the fakes to stop and waits for the JVM to end (killing it after 10 s). */
  @Override
  public synchronized void close() {
    if (!process.isAlive()) {
      return;
    }
    commands.println("quit");
    commands.close();
    if (waitForExit() == -1) {
      process.destroyForcibly();
    }
  }
}

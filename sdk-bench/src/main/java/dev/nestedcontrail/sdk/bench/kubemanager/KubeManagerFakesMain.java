package dev.nestedcontrail.sdk.bench.kubemanager;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.testkit.FakeKubernetesApi;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The fakes of the kube-manager benchmark in their own JVM, so that the benchmark's JVM holds
 * kube-manager alone: {@code KubeManagerFakesMain <nodes>} starts a {@link FakeKubernetesApi}
 * with the nodes and a {@link FakeConfigApi} with their underlay, prints
 * {@code ready <config-url> <kubernetes-url>}, then answers one line per command read from stdin
 * (each line it writes starts with {@value #PREFIX}, so JVM log lines on stdout are told apart):
 * {@code pods <pods> <namespaces>} (creates them; {@code ok}), {@code count <type>} (how many
 * config objects of that type), {@code heap} ({@code <peak> <max>} bytes of this JVM's heap since
 * it printed {@code ready}) and {@code quit} (or end of input), which stops the fakes.
 */
public final class KubeManagerFakesMain {
  static final String PREFIX = "fakes: ";

  private final FakeConfigApi config;
  private final FakeKubernetesApi kube;
  private final int nodes;

  private KubeManagerFakesMain(FakeConfigApi config, FakeKubernetesApi kube, int nodes) {
    this.config = config;
    this.kube = kube;
    this.nodes = nodes;
  }

  public static void main(String[] args) {
    int nodes = Integer.parseInt(args[0]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    FakeKubernetesApi.Builder kubeBuilder = FakeKubernetesApi.builder().podCidr("10.200.0.0/16");
    BenchCluster.addNodes(kubeBuilder, nodes);
    try (FakeConfigApi config = FakeConfigApi.builder().ioThreads(2).start();
        FakeKubernetesApi kube = kubeBuilder.start()) {
      try (VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(config.baseUrl())).build()) {
        BenchCluster.buildUnderlay(vnc, nodes);
      }
      HeapGauge.resetPeak();
      out.println(PREFIX + "ready " + config.baseUrl() + " " + kube.baseUrl());
      new KubeManagerFakesMain(config, kube, nodes).serve(
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
    }
  }

  private void serve(BufferedReader in, PrintStream out) {
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] words = line.trim().split(" ");
        switch (words[0]) {
          case "pods" -> {
            BenchCluster.createPods(kube, Integer.parseInt(words[1]), Integer.parseInt(words[2]), nodes);
            out.println(PREFIX + "ok");
          }
          case "count" -> out.println(PREFIX + config.count(words[1]));
          case "heap" -> out.println(PREFIX + HeapGauge.peak() + " " + HeapGauge.max());
          case "quit" -> {
            return;
          }
          default -> out.println(PREFIX + "error: unknown command " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading commands failed", e);
    }
  }
}

package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.testkit.RealServerEnvironment;
import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code lab --kube-manager} plus a pod made by the real kubectl: the pod gets a VMI, VLAN, IP. */
class LabKubeManagerCommandTest {
  private static final Path KUBECTL = Path.of("/usr/bin/kubectl");
  private static final String POD = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":"
      + "{\"name\":\"web-1\",\"namespace\":\"default\",\"labels\":{\"app\":\"web\"}},"
      + "\"spec\":{\"nodeName\":\"k8s-minion-1\",\"containers\":[{\"name\":\"c\","
      + "\"image\":\"busybox\"}]}}";
  /** k8s-minion-1's address on the lab's node network. */
  private static final String HOST_IP = "10.0.0.4";

  @Test
  void labWithKubeManager_givesAPodCreatedByKubectlAVmiVlanAndIp() throws IOException {
    requireKubectl();
    CapturedCli cli = new CapturedCli();
    InputStream original = System.in;
    PipedOutputStream stdin = new PipedOutputStream();
    System.setIn(new PipedInputStream(stdin));
    CompletableFuture<Integer> code =
        CompletableFuture.supplyAsync(() -> cli.run("lab", "--kube-manager"));
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> cli.out().contains("\n")
          || code.isDone());
      String line = cli.out().strip();
      assertThat(line).as(cli.err()).endsWith(",\"kubeManager\":true}")
          .contains("\"auth\":\"noauth\"");
      String uid = kubectlApply(field(line, "kubeconfig"));
      try (VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(field(line, "configApi")))
          .build()) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertPodWired(vnc, uid));
      }
    } finally {
      // the lab reads System.in only after printing its line, so it is restored once it ends
      stdin.close();
      code.completeOnTimeout(-1, 60, TimeUnit.SECONDS).exceptionally(e -> -1).join();
      System.setIn(original);
    }
    assertThat(code.join()).isZero();
  }

  private static void assertPodWired(VncClient vnc, String uid) {
    VirtualMachine vm = vnc.resources(VirtualMachine.class).read(uid);
    assertThat(vm.uuid()).contains(uid);
    String parent = all(vnc, InstanceIp.class).stream()
        .filter(i -> i.instanceIpAddress().equals(Optional.of(HOST_IP)))
        .findFirst().orElseThrow().virtualMachineInterfaceRefs().get(0).uuid().orElseThrow();
    VirtualMachineInterface vmi = all(vnc, VirtualMachineInterface.class).stream()
        .filter(v -> v.virtualMachineRefs().stream()
            .anyMatch(r -> r.uuid().equals(Optional.of(uid))))
        .findFirst().orElseThrow();
    assertThat(vmi.virtualMachineInterfaceProperties().flatMap(p -> p.subInterfaceVlanTag())
        .orElseThrow()).isBetween(1L, 4094L);
    assertThat(vmi.virtualMachineInterfaceRefs()).extracting(r -> r.uuid().orElseThrow())
        .containsExactly(parent);
    String vmiUuid = vmi.uuid().orElseThrow();
    List<String> podIps = all(vnc, InstanceIp.class).stream()
        .filter(i -> i.virtualMachineInterfaceRefs().stream().map(Reference::uuid)
            .anyMatch(u -> u.equals(Optional.of(vmiUuid))))
        .map(i -> i.instanceIpAddress().orElseThrow()).toList();
    assertThat(podIps).singleElement()
        .matches(ip -> Ipv4Cidr.of("10.32.0.0/12").contains(Ipv4Address.of(ip)), "in 10.32/12");
  }

  private static <T extends VncResource> List<T> all(
      VncClient vnc, Class<T> type) {
    return vnc.resources(type).list(ListQuery.builder().detail(true).build());
  }

  private static String field(String json, String name) {
    return json.replaceAll(".*\"" + name + "\":\"([^\"]+)\".*", "$1");
  }

  /** Applies {@link #POD} with kubectl and returns the pod's UID. */
  private static String kubectlApply(String kubeconfig) {
    try {
      Process process = new ProcessBuilder(KUBECTL.toString(), "--kubeconfig", kubeconfig,
          "apply", "--validate=false", "-f", "-", "-o", "jsonpath={.metadata.uid}").start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(POD.getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(err).isZero();
      assertThat(out).as(err).isNotBlank();
      return out.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void requireKubectl() {
    if (!Files.isExecutable(KUBECTL)) {
      String message = KUBECTL + " is missing; .ci/run installs Debian's kubernetes-client";
      if (RealServerEnvironment.system().ci()) {
        Assertions.fail("CI=true but " + message);
      }
      Assumptions.abort(message);
    }
  }
}

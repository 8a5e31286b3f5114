package dev.nestedcontrail.sdk.cni;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.cni.daemon.CniDaemon;
import dev.nestedcontrail.sdk.cni.install.PluginShim;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daemon on a real Unix socket, called through the generated shim with sh and curl. */
class CniDaemonTest extends PluginTestBase {
  Path socket;

  @BeforeEach
  void start() {
    FakeAgentStubs.stubPod(h.agent, 7);
    socket = tempDir.resolve("run/cni.sock");
  }

  private Path shim(List<String> fallback) throws Exception {
    PluginShim shim = PluginShim.builder().daemonSocket(socket.toString()).javaCommand("sh")
        .javaOptions(fallback).build();
    return ShimRunner.write(tempDir, shim.script());
  }

  @Test
  void add_throughShimAndDaemon_returnsTheResultAndTheSocketIsOwnerOnly() throws Exception {
    Path script = shim(List.of("-c", "echo fallback-used; exit 3", "x"));
    try (CniDaemon daemon = CniDaemon.start(socket, h.plugin, 4)) {
      CniOutcome add = ShimRunner.run(script, h.config("1.0.0", ""), h.env("ADD"));

      assertThat(add).isEqualTo(CniOutcome.of(0,
          CniConformanceTest.expectedAddResult(CniVersion.V1_0_0)));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(daemon.socket())))
          .isEqualTo("rw-------");
      assertThat(h.recording.linkExists("vlan1b2c3d4e-5f")).isTrue();
    }
    assertThat(socket).doesNotExist();
  }

  @Test
  void error_throughShimAndDaemon_exitsOneWithTheErrorJson() throws Exception {
    Path script = shim(List.of("-c", "echo fallback-used; exit 3", "x"));
    Map<String, String> env = h.env("ADD");
    env.remove("CNI_IFNAME");
    try (CniDaemon daemon = CniDaemon.start(socket, h.plugin, 4)) {
      assertThat(daemon.socket()).isEqualTo(socket);
      CniOutcome add = ShimRunner.run(script, h.config("0.3.1", ""), env);

      assertThat(add.exitCode()).isEqualTo(1);
      assertThat(add.stdout()).startsWith("{\"cniVersion\":\"0.3.1\",\"code\":4,");
    }
  }

  @Test
  void shim_whenTheDaemonSocketIsStale_fallsBackToTheJvmWithTheSameInput() throws Exception {
    Files.createDirectories(socket.getParent());
    try (ServerSocketChannel stale = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      stale.bind(UnixDomainSocketAddress.of(socket));
    }
    Path script = shim(List.of("-c", "printf 'jvm got: '; cat", "x"));

    CniOutcome outcome = ShimRunner.run(script, "{\"cniVersion\":\"1.0.0\"}", h.env("VERSION"));

    assertThat(outcome).isEqualTo(CniOutcome.of(0, "jvm got: {\"cniVersion\":\"1.0.0\"}"));
  }

  @Test
  void shim_withoutADaemonSocket_execsTheJvm() throws Exception {
    Path script = shim(List.of("-c", "printf 'jvm args: %s' \"$*\"", "x"));

    CniOutcome outcome = ShimRunner.run(script, "", h.env("VERSION"));

    assertThat(outcome).isEqualTo(CniOutcome.of(0,
        "jvm args: -jar /opt/contrail/contrail-nested.jar cni"));
  }

  @Test
  void close_isIdempotent() {
    CniDaemon daemon = CniDaemon.start(socket, h.plugin, 1);
    daemon.close();
    daemon.close();
    assertThat(socket).doesNotExist();
  }
}

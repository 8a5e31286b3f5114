package dev.nestedcontrail.sdk.cni;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.cni.daemon.CniDaemon;
import dev.nestedcontrail.sdk.cni.install.PluginShim;
import dev.nestedcontrail.sdk.cni.install.ShimTransport;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The daemon on a real Unix socket, called through the generated shim with sh and each transport
 * (nc.openbsd, socat, curl; a transport missing on this machine skips its cases).
 */
class CniDaemonTest extends PluginTestBase {
  Path socket;

  @BeforeEach
  void start() {
    FakeAgentStubs.stubPod(h.agent, 7);
    socket = tempDir.resolve("run/cni.sock");
  }

  private Path shim(List<ShimTransport> transports, List<String> fallback) throws Exception {
    PluginShim shim = PluginShim.builder().daemonSocket(socket.toString()).javaCommand("sh")
        .javaOptions(fallback).transports(transports).build();
    return ShimRunner.write(tempDir, shim.script());
  }

  private Path shimOver(ShimTransport transport, List<String> fallback) throws Exception {
    Assumptions.assumeTrue(ShimRunner.onPath(transport.command()),
        transport.command() + " is not installed here");
    return shim(List.of(transport), fallback);
  }

  @ParameterizedTest
  @EnumSource(ShimTransport.class)
  void add_throughShimAndDaemon_returnsTheResultAndTheSocketIsOwnerOnly(ShimTransport transport)
      throws Exception {
    Path script = shimOver(transport, List.of("-c", "echo fallback-used; exit 3", "x"));
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

  @ParameterizedTest
  @EnumSource(ShimTransport.class)
  void error_throughShimAndDaemon_exitsOneWithTheErrorJson(ShimTransport transport)
      throws Exception {
    Path script = shimOver(transport, List.of("-c", "echo fallback-used; exit 3", "x"));
    Map<String, String> env = h.env("ADD");
    env.remove("CNI_IFNAME");
    try (CniDaemon daemon = CniDaemon.start(socket, h.plugin, 4)) {
      assertThat(daemon.socket()).isEqualTo(socket);
      CniOutcome add = ShimRunner.run(script, h.config("0.3.1", ""), env);

      assertThat(add.exitCode()).isEqualTo(1);
      assertThat(add.stdout()).startsWith("{\"cniVersion\":\"0.3.1\",\"code\":4,");
    }
  }

  @ParameterizedTest
  @EnumSource(ShimTransport.class)
  void error_withMultiLineNonAsciiConfig_reachesTheDaemonByteForByte(ShimTransport transport)
      throws Exception {
    Path script = shimOver(transport, List.of("-c", "echo fallback-used; exit 3", "x"));
    String config = h.config("1.0.0", "").replace("\"macvlan\"", "\"na\u00efve 100% \\\\n\"")
        .replace(",", ",\n  ") + "\n";
    try (CniDaemon daemon = CniDaemon.start(socket, h.plugin, 1)) {
      CniOutcome add = ShimRunner.run(script, config, h.env("ADD"));

      assertThat(add.exitCode()).isEqualTo(1);
      assertThat(add.stdout()).startsWith("{\"cniVersion\":\"1.0.0\",\"code\":7,")
          .contains("na\u00efve 100% \\\\n");
    }
  }

  @ParameterizedTest
  @EnumSource(value = ShimTransport.class, names = {"NETCAT_OPENBSD", "SOCAT"})
  void error_withNonAsciiConfig_underBashInAUtf8Locale_sendsTheByteLength(ShimTransport transport)
      throws Exception {
    Assumptions.assumeTrue(ShimRunner.onPath("bash"), "bash is not installed here");
    Path script = shimOver(transport, List.of("-c", "echo fallback-used; exit 3", "x"));
    String config = h.config("1.0.0", "").replace("\"macvlan\"", "\"\u00e9t\u00e9\"");
    Map<String, String> env = h.env("ADD");
    env.put("LC_ALL", "C.UTF-8");
    try (CniDaemon daemon = CniDaemon.start(socket, h.plugin, 1)) {
      CniOutcome add = ShimRunner.run("bash", script, config, env);

      assertThat(add.exitCode()).isEqualTo(1);
      assertThat(add.stdout()).contains("\"code\":7,").contains("\u00e9t\u00e9");
    }
  }

  @ParameterizedTest
  @EnumSource(ShimTransport.class)
  void shim_whenTheDaemonSocketIsStale_fallsBackToTheJvmWithTheSameInput(ShimTransport transport)
      throws Exception {
    Files.createDirectories(socket.getParent());
    try (ServerSocketChannel stale = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      stale.bind(UnixDomainSocketAddress.of(socket));
    }
    Path script = shimOver(transport, List.of("-c", "printf 'jvm got: '; cat", "x"));
    String config = "{\"cniVersion\":\"1.0.0\",\n  \"name\": \"a\\\\b %s\"\n}";

    CniOutcome outcome = ShimRunner.run(script, config, h.env("VERSION"));

    assertThat(outcome).isEqualTo(CniOutcome.of(0, "jvm got: " + config));
  }

  @Test
  void shim_withoutTransports_usesTheJvmEvenWithADaemon() throws Exception {
    Path script = shim(List.of(), List.of("-c", "printf 'jvm got: '; cat", "x"));
    try (CniDaemon daemon = CniDaemon.start(socket, h.plugin, 1)) {
      CniOutcome outcome = ShimRunner.run(script, "{}", h.env("VERSION"));

      assertThat(outcome).isEqualTo(CniOutcome.of(0, "jvm got: {}"));
    }
  }

  @Test
  void shim_withoutADaemonSocket_execsTheJvm() throws Exception {
    Path script = shim(List.of(ShimTransport.values()), List.of("-c", "printf 'jvm args: %s' \"$*\"", "x"));

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

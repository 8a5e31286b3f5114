package dev.nestedcontrail.sdk.cni.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.cni.VifType;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CniInstallerTest {
  @TempDir Path tmp;

  CniNetworkConfig config = CniNetworkConfig.builder().clusterName("k8s").metaPlugin("multus")
      .vifType(VifType.MACVLAN).parentInterface("ens3").vrouterIp("10.10.10.5")
      .pollTimeout(Duration.ofSeconds(5)).pollRetries(15).build();
  PluginShim shim = PluginShim.builder().build();

  @Test
  void install_intoEmptyFolders_writesConfigAndExecutableShim() throws Exception {
    Path net = tmp.resolve("etc/cni/net.d");
    Path bin = tmp.resolve("opt/cni/bin");

    InstallReport report = CniInstaller.of(net, bin).install(config, shim);

    Path conf = net.resolve("10-contrail.conf");
    Path plugin = bin.resolve("contrail-k8s-cni");
    assertThat(report.written()).containsExactly(conf, plugin);
    assertThat(report.changed()).isTrue();
    assertThat(Files.readString(conf)).isEqualTo(config.toJson());
    assertThat(CniNetworkConfig.parse(Files.readString(conf))).isEqualTo(config);
    assertThat(Files.readString(plugin)).startsWith("#!/bin/sh\n").endsWith(
        "exec 'java' '-XX:+UseSerialGC' '-XX:TieredStopAtLevel=1' '-Xshare:auto' -jar"
            + " '/opt/contrail/contrail-nested.jar' cni\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(plugin)))
        .isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(conf)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void install_secondRun_changesNothing() throws Exception {
    CniInstaller installer = CniInstaller.of(tmp.resolve("net"), tmp.resolve("bin"));
    installer.install(config, shim);
    Path conf = tmp.resolve("net/10-contrail.conf");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(conf, old);

    InstallReport second = installer.install(config, shim);

    assertThat(second.changed()).isFalse();
    assertThat(second.unchanged()).hasSize(2);
    assertThat(Files.getLastModifiedTime(conf)).isEqualTo(old);
  }

  @Test
  void install_whenOnlyTheConfigChanged_rewritesOnlyTheConfigAndLeavesNoTempFiles()
      throws Exception {
    CniInstaller installer = CniInstaller.of(tmp.resolve("net"), tmp.resolve("bin"));
    installer.install(config, shim);

    InstallReport report = installer.install(
        CniNetworkConfig.builder().from(config).vrouterIp("10.10.10.9").build(), shim);

    assertThat(report.written()).containsExactly(tmp.resolve("net/10-contrail.conf"));
    assertThat(Files.readString(tmp.resolve("net/10-contrail.conf"))).contains("10.10.10.9");
    try (Stream<Path> files = Files.list(tmp.resolve("net"))) {
      assertThat(files).containsExactly(tmp.resolve("net/10-contrail.conf"));
    }
  }

  @Test
  void install_whenTheFolderIsAFile_failsNamingThePath() throws Exception {
    Files.writeString(tmp.resolve("net"), "not a folder");

    assertThatThrownBy(() -> CniInstaller.of(tmp.resolve("net"), tmp.resolve("bin"))
        .install(config, shim)).isInstanceOf(ContrailClientException.class)
        .hasMessageContaining(tmp.resolve("net").toString());
  }

  @Test
  void shim_quotesWordsForSh() {
    assertThat(PluginShim.builder().jarPath("/opt/it's.jar").build().script())
        .contains("-jar '/opt/it'\\''s.jar' cni");
  }
}

package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.vnc.ReadOptions;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServicesTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkLocalCommandTest {
  private static final String TOPOLOGY = "connectivity: link-local-only\n"
      + "serviceIpPool: 10.10.10.0/24\n"
      + "config:    [192.168.1.100]\n"
      + "analytics: [192.168.1.100]\n"
      + "msgQueue:  [192.168.1.100]\n"
      + "configDb:  [192.168.1.100]\n"
      + "keystone:  [192.168.1.200]\n"
      + "vrouters:  [192.168.1.30]\n";
  private static final LinklocalServiceEntryType METADATA = LinklocalServiceEntryType.builder()
      .linklocalServiceName("metadata").linklocalServiceIp("169.254.169.254").linklocalServicePort(80L)
      .addIpFabricServiceIp("127.0.0.1").ipFabricServicePort(8775L).build();

  @TempDir Path dir;
  private final FakeConfigApi api = FakeConfigApi.start();
  private final VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(api.baseUrl())).build();

  @AfterEach
  void close() {
    vnc.close();
    api.close();
  }

  private GlobalVrouterConfig vrouterConfig() {
    return vnc.globalVrouterConfigs().readByFqName(LinkLocalServices.GLOBAL_VROUTER_CONFIG,
        ReadOptions.withoutChildrenAndBackRefs());
  }

  private Path topology() throws IOException {
    return Files.writeString(dir.resolve("topology.yaml"), TOPOLOGY);
  }

  private String[] args(String command, String... more) throws IOException {
    List<String> all = new ArrayList<>(List.of("linklocal", command, "--config-api", api.baseUrl(),
        "--topology", topology().toString()));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void diff_printsTheChangesAndWritesNothing() throws IOException {
    CapturedCli cli = new CapturedCli();

    assertThat(cli.run(args("diff"))).isEqualTo(0);

    assertThat(cli.out()).contains("linklocal_services: 6 to add", "+ \"Contrail Config\" 10.10.10.1:8082 -> 192.168.1.100:8082",
        "+ tcp 8082 timeout 2147483647 s", "dry run: nothing written");
    assertThat(api.writeCount()).isZero();
  }

  @Test
  void applyThenRollback_writesOnceSavesTheStateAndRestoresTheExactList() throws IOException {
    GlobalVrouterConfig empty = vrouterConfig();
    vnc.globalVrouterConfigs().update(empty, GlobalVrouterConfig.builder().from(empty)
        .linklocalServices(LinklocalServicesTypes.builder().addLinklocalServiceEntry(METADATA).build()).build());
    GlobalVrouterConfig before = vrouterConfig();
    api.clearRequests();
    Path state = dir.resolve("state.json");

    CapturedCli apply = new CapturedCli();
    assertThat(apply.run(args("apply", "--state", state.toString()))).as(apply.err()).isEqualTo(0);
    assertThat(api.writeCount()).isEqualTo(1);
    assertThat(apply.out()).contains("wrote global-vrouter-config 1 time", "rollback saved to " + state);
    assertThat(vrouterConfig().linklocalServices().orElseThrow().linklocalServiceEntry()).hasSize(7);

    CapturedCli again = new CapturedCli();
    assertThat(again.run(args("apply", "--state", state.toString()))).isEqualTo(0);
    assertThat(api.writeCount()).isEqualTo(1);
    assertThat(again.out()).contains("no changes", "nothing changed; " + state + " left as it is");

    CapturedCli dryRun = new CapturedCli();
    assertThat(dryRun.run(args("rollback", "--dry-run", "--state", state.toString()))).as(dryRun.err()).isEqualTo(0);
    assertThat(dryRun.out()).contains("linklocal_services: 7 entries -> 1", "flow_aging_timeout_list: 4 entries -> 0",
        "dry run: nothing written");
    assertThat(api.writeCount()).isEqualTo(1);

    CapturedCli rollback = new CapturedCli();
    assertThat(rollback.run(args("rollback", "--state", state.toString()))).as(rollback.err()).isEqualTo(0);
    assertThat(rollback.out()).contains("restored the global-vrouter-config from " + state);
    GlobalVrouterConfig after = vrouterConfig();
    assertThat(after.linklocalServices()).isEqualTo(before.linklocalServices());
    assertThat(after.flowAgingTimeoutList()).isEmpty();
    assertThat(api.writeCount()).isEqualTo(2);

    CapturedCli second = new CapturedCli();
    assertThat(second.run(args("rollback", "--state", state.toString()))).as(second.err()).isEqualTo(0);
    assertThat(api.writeCount()).isEqualTo(2);
  }

  @Test
  void rollbackWithoutStateFile_removesOnlyTheEntriesExactlyAsPlannedInOneWrite() throws IOException {
    Path state = dir.resolve("state.json");
    assertThat(new CapturedCli().run(args("apply", "--state", state.toString()))).isEqualTo(0);
    Files.delete(state);
    GlobalVrouterConfig applied = vrouterConfig();
    List<LinklocalServiceEntryType> edited = new ArrayList<>(applied.linklocalServices().orElseThrow().linklocalServiceEntry());
    LinklocalServiceEntryType changed = LinklocalServiceEntryType.builder().from(edited.get(0)).ipFabricServicePort(8443L).build();
    edited.set(0, changed);
    edited.add(METADATA);
    vnc.globalVrouterConfigs().update(applied, GlobalVrouterConfig.builder().from(applied)
        .linklocalServices(LinklocalServicesTypes.builder().linklocalServiceEntry(edited).build()).build());
    api.clearRequests();

    CapturedCli dryRun = new CapturedCli();
    assertThat(dryRun.run(args("rollback", "--dry-run", "--state", state.toString()))).as(dryRun.err()).isEqualTo(0);
    assertThat(dryRun.out()).contains("no rollback file", "5 to remove, 1 changed since planned (kept), 1 other",
        "dry run: nothing written");
    assertThat(api.writeCount()).isZero();

    CapturedCli rollback = new CapturedCli();
    assertThat(rollback.run(args("rollback", "--state", state.toString()))).as(rollback.err()).isEqualTo(0);
    assertThat(api.writeCount()).isEqualTo(1);
    assertThat(rollback.out()).contains("wrote global-vrouter-config 1 time",
        "left alone (previous values unknown without the rollback file): flow_aging_timeout_list");
    assertThat(vrouterConfig().linklocalServices().orElseThrow().linklocalServiceEntry()).containsExactly(changed, METADATA);
    assertThat(vrouterConfig().flowAgingTimeoutList()).isEqualTo(applied.flowAgingTimeoutList());

    CapturedCli second = new CapturedCli();
    assertThat(second.run(args("rollback", "--state", state.toString()))).as(second.err()).isEqualTo(0);
    assertThat(second.out()).contains("no changes");
    assertThat(api.writeCount()).isEqualTo(1);
  }

  @Test
  void rollback_whenTheStateFileIsFromAnotherConfigApi_exitsOneAndWritesNothing() throws IOException {
    Path state = dir.resolve("state.json");
    try (FakeConfigApi other = FakeConfigApi.start()) {
      CapturedCli apply = new CapturedCli();
      assertThat(apply.run("linklocal", "apply", "--config-api", other.baseUrl(), "--topology",
          topology().toString(), "--state", state.toString())).as(apply.err()).isEqualTo(0);
    }
    CapturedCli rollback = new CapturedCli();

    assertThat(rollback.run(args("rollback", "--state", state.toString()))).isEqualTo(1);
    assertThat(rollback.err()).contains("global-vrouter-config uuid:", "is not this config API's");
    assertThat(api.writeCount()).isZero();
  }

  @Test
  void diffDryRun_isAcceptedAndWritesNothing() throws IOException {
    CapturedCli cli = new CapturedCli();

    assertThat(cli.run(args("diff", "--dry-run"))).as(cli.err()).isEqualTo(0);
    assertThat(cli.out()).contains("6 to add", "dry run: nothing written");
    assertThat(api.writeCount()).isZero();
  }

  @Test
  void rollbackHelp_namesTheContractsOptions() {
    CapturedCli cli = new CapturedCli();

    assertThat(cli.run("linklocal", "rollback", "--help")).isEqualTo(0);
    assertThat(cli.out()).contains("--topology", "--config-api", "--dry-run", "--state", "--token", "--keystone")
        .doesNotContain("--service-ip-check");
  }

  @Test
  void applyDryRun_writesNeitherTheConfigNorTheStateFile() throws IOException {
    Path state = dir.resolve("state.json");
    CapturedCli cli = new CapturedCli();

    assertThat(cli.run(args("apply", "--dry-run", "--state", state.toString()))).isEqualTo(0);

    assertThat(cli.out()).contains("6 to add", "dry run: nothing written");
    assertThat(api.writeCount()).isZero();
    assertThat(state).doesNotExist();
  }

  @Test
  void apply_whenTheServerIsDown_exitsOneWithTheProblem() throws IOException {
    String[] args = args("apply", "--state", dir.resolve("s.json").toString());
    api.close();
    CapturedCli cli = new CapturedCli();

    assertThat(cli.run(args)).isEqualTo(1);
    assertThat(cli.err()).startsWith("linklocal: ");
    assertThat(dir.resolve("s.json")).doesNotExist();
  }

  @Test
  void applyHelp_namesTheDefaultRollbackFile() {
    CapturedCli cli = new CapturedCli();

    assertThat(cli.run("linklocal", "apply", "--help")).isEqualTo(0);
    assertThat(cli.out()).contains("--state", "linklocal-rollback.json", "--dry-run", "--token", "--keystone");
  }
}

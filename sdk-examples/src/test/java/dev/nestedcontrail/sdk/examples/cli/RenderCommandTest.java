package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class RenderCommandTest {
  private static final String ENV = String.join("\n",
      "# nested cluster", "export CONTRAIL_REGISTRY=\"hub.example.net/contrail\"",
      "CONTROLLER_NODES=10.10.10.1", "KUBERNETES_API_SERVER=192.168.100.5",
      "KUBEMANAGER_NESTED_MODE=1", "KUBERNETES_NESTED_VROUTER_VIP=10.10.10.5",
      "ANALYTICS_API_VIP=10.10.10.1", "");

  @TempDir
  Path dir;

  private final CapturedCli cli = new CapturedCli();

  private Path envFile(String text) throws IOException {
    return Files.writeString(dir.resolve("common.env"), text);
  }

  private static List<Object> documents(String yaml) {
    List<Object> result = new ArrayList<>();
    new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(result::add);
    return result;
  }

  @Test
  void render_writesTheEightDocumentsToStdout_andWarningsToStderr() throws IOException {
    int code = cli.run("render", "--env", envFile(ENV).toString());

    assertThat(code).isZero();
    List<Object> documents = documents(cli.out());
    assertThat(documents).hasSize(8);
    assertThat(((Map<?, ?>) ((Map<?, ?>) documents.get(0)).get("data"))
        .get("KUBERNESTES_NESTED_VROUTER_VIP")).isEqualTo("10.10.10.5");
    assertThat(cli.err()).contains("warning: ").contains("line 6: "
        + "KUBERNETES_NESTED_VROUTER_VIP is read as upstream's spelling")
        .contains("line 7: ANALYTICS_API_VIP is not used by the nested manifest");
  }

  @Test
  void render_withOut_writesTheFileAndNothingToStdout() throws IOException {
    Path target = dir.resolve("nested.yml");
    Files.writeString(target, "old");

    int code = cli.run("render", "--env", envFile(ENV).toString(), "--out", target.toString());

    assertThat(code).isZero();
    assertThat(cli.out()).isEmpty();
    assertThat(documents(Files.readString(target))).hasSize(8);
    try (var files = Files.list(dir)) {
      assertThat(files).extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("common.env", "nested.yml");
    }
  }

  @Test
  void render_explain_startsWithOneCommentPerFix() throws IOException {
    int code = cli.run("render", "--env", envFile(ENV).toString(), "--explain");

    assertThat(code).isZero();
    assertThat(cli.out()).startsWith("# fix KUBE_MANAGER_SELECTOR_KEPT: ")
        .contains("\n# fix CNI_SELECTOR_MATCHES_POD_LABELS: ")
        .contains("\n# fix NO_EMPTY_IMAGE_PULL_SECRET: ")
        .contains("\n# fix CONFIG_MAP_VALUES_ARE_STRINGS: upstream would not give strings for "
            + "env.KEYSTONE_AUTH_HOST (null)");
    assertThat(documents(cli.out())).hasSize(8);
  }

  @Test
  void render_leastPrivilege_replacesTheWildcardClusterRole() throws IOException {
    int code = cli.run("render", "--env", envFile(ENV).toString(), "--least-privilege");

    assertThat(code).isZero();
    Map<?, ?> role = (Map<?, ?>) documents(cli.out()).get(4);
    assertThat(role.get("kind")).isEqualTo("ClusterRole");
    assertThat(role.get("rules").toString()).doesNotContain("*").contains("networkpolicies");
  }

  @Test
  void render_keystonePassword_isRefusedWithoutRevealSecrets_andNeverPrinted() throws IOException {
    Path env = envFile(ENV + "AUTH_MODE=keystone\nKEYSTONE_AUTH_ADMIN_PASSWORD='Adm1nPa55'\n");

    int code = cli.run("render", "--env", env.toString());

    assertThat(code).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains("error: ").contains("keystoneAdminPassword")
        .contains("--reveal-secrets").doesNotContain("Adm1nPa55");
  }

  @Test
  void render_keystonePasswordWithRevealSecrets_putsItInConfigMapEnv() throws IOException {
    Path env = envFile(ENV + "AUTH_MODE=keystone\nKEYSTONE_AUTH_ADMIN_PASSWORD='Adm1nPa55'\n");

    int code = cli.run("render", "--env", env.toString(), "--reveal-secrets");

    assertThat(code).isZero();
    assertThat(((Map<?, ?>) ((Map<?, ?>) documents(cli.out()).get(0)).get("data"))
        .get("KEYSTONE_AUTH_ADMIN_PASSWORD")).isEqualTo("Adm1nPa55");
  }

  @Test
  void render_invalidEnv_printsEveryProblemToStderrAndExitsWithOne() throws IOException {
    int code = cli.run("render", "--env",
        envFile("CONTRAIL_REGISTRY=x\nLOG_LEVEL=$(echo)\nAUTH_MODE=ldap x\n").toString());

    assertThat(code).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).startsWith("error: invalid common.env: 2 problems")
        .contains("line 2: '$(' is not supported").contains("line 3: unquoted blank");
  }

  @Test
  void render_missingHostValues_namesTheVariablesAndExitsWithOne() throws IOException {
    int code = cli.run("render", "--env", envFile("CONTRAIL_REGISTRY=x\n").toString());

    assertThat(code).isEqualTo(1);
    assertThat(cli.err()).contains("CONTROLLER_NODES: must be set")
        .contains("KUBERNETES_API_SERVER: must be set");
  }

  @Test
  void render_missingFileOrOption_exitsWithOne() {
    assertThat(cli.run("render", "--env", dir.resolve("absent.env").toString())).isEqualTo(1);
    assertThat(cli.err()).contains("error: cannot read ");
    assertThat(cli.run("render")).isEqualTo(1);
    assertThat(cli.err()).contains("Missing required argument (specify one of these): "
        + "(--env=FILE | --topology=FILE)");
  }
}

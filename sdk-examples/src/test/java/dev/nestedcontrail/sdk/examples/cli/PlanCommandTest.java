package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

  private static final String TOPOLOGY = String.join("\n",
      "connectivity: link-local-only",
      "serviceIpPool: 10.20.0.0/28",
      "config: [172.16.0.10]",
      "analytics: [172.16.0.10]",
      "msgQueue: [172.16.0.10]",
      "configDb: [172.16.0.10, 172.16.0.11]",
      "keystone: [172.16.0.12]",
      "vrouters: [172.16.1.1, 172.16.1.2]",
      "");

  @TempDir
  Path dir;

  private final CapturedCli cli = new CapturedCli();

  private Path topology(String text) throws Exception {
    Path file = dir.resolve("topology.yaml");
    Files.writeString(file, text);
    return file;
  }

  private String out() {
    return cli.out();
  }

  private String err() {
    return cli.err();
  }

  @Test
  void plan_defaultFormat_printsTheSeedTable() throws Exception {
    int exit = cli.run("plan", "--topology", topology(TOPOLOGY).toString());

    assertThat(exit).isZero();
    assertThat(err()).isEmpty();
    assertThat(out()).isEqualTo(String.join("\n",
        "| LL Service Name    | Service IP | Service Port | Fabric IP   | Fabric Port |",
        "| ------------------ | ---------- | ------------ | ----------- | ----------- |",
        "| Contrail Config    | 10.20.0.1  | 8082         | 172.16.0.10 | 8082        |",
        "| Contrail Analytics | 10.20.0.1  | 8086         | 172.16.0.10 | 8086        |",
        "| Contrail Msg Queue | 10.20.0.1  | 5673         | 172.16.0.10 | 5673        |",
        "| Contrail VNC DB 1  | 10.20.0.1  | 9161         | 172.16.0.10 | 9161        |",
        "| Contrail VNC DB 2  | 10.20.0.2  | 9161         | 172.16.0.11 | 9161        |",
        "| Keystone           | 10.20.0.3  | 35357        | 172.16.0.12 | 35357       |",
        "| VRouter-172.16.1.1 | 10.20.0.4  | 9091         | 127.0.0.1   | 9091        |",
        "| VRouter-172.16.1.2 | 10.20.0.5  | 9091         | 127.0.0.1   | 9091        |",
        ""));
  }

  @Test
  void plan_jsonFormat_printsJson() throws Exception {
    int exit = cli.run("plan", "--topology", topology(TOPOLOGY).toString(),
        "--format", "json");

    assertThat(exit).isZero();
    assertThat(out()).startsWith("{\n  \"connectivity\": \"link-local-only\",")
        .contains("\"vrouterVip\": \"10.20.0.4\"");
  }

  @Test
  void plan_mermaidFormat_printsAFlowchart() throws Exception {
    int exit = cli.run("plan", "--topology", topology(TOPOLOGY).toString(),
        "--format", "MERMAID");

    assertThat(exit).isZero();
    assertThat(out()).startsWith("flowchart LR\n").contains("|\"Keystone\"|");
  }

  @Test
  void plan_invalidTopology_printsEveryProblemToStderrAndExitsOne() throws Exception {
    Path file = topology(TOPOLOGY.replace("172.16.1.1, 172.16.1.2", "172.16.1.300, 172.16.1.400")
        .replace("keystone: [172.16.0.12]", "keystone: [172.16.0.500]"));

    int exit = cli.run("plan", "--topology", file.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).isEqualTo("plan: invalid " + file + ": 3 problems\n"
        + "  - keystone[0]: 172.16.0.500 is not an IPv4 address\n"
        + "  - vrouters[0]: 172.16.1.300 is not an IPv4 address\n"
        + "  - vrouters[1]: 172.16.1.400 is not an IPv4 address\n");
  }

  @Test
  void plan_missingFile_printsTheCauseAndExitsOne() {
    Path missing = dir.resolve("nope.yaml");

    int exit = cli.run("plan", "--topology", missing.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err()).contains("cannot read topology file " + missing);
  }

  @Test
  void plan_unknownFormat_isAUsageError() throws Exception {
    int exit = cli.run("plan", "--topology", topology(TOPOLOGY).toString(),
        "--format", "xml");

    assertThat(exit).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("--format");
  }
}

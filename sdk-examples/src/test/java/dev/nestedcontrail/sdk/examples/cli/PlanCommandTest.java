package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

  private static final String SEED_OPTION2 = "connectivity: link-local-only\n"
      + "serviceIpPool: 10.10.10.0/24\n"
      + "config:    [192.168.1.100]\n"
      + "analytics: [192.168.1.100, 192.168.1.101]\n"
      + "msgQueue:  [192.168.1.100]\n"
      + "configDb:  [192.168.1.100, 192.168.1.101, 192.168.1.102]\n"
      + "keystone:  [192.168.1.200]\n"
      + "vrouters:  [192.168.1.30, 192.168.1.40, 192.168.1.50]\n";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureOutput() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private Path topology(String text) throws Exception {
    Path file = dir.resolve("topology.yaml");
    Files.writeString(file, text);
    return file;
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plan_defaultFormat_printsTheSeedTable() throws Exception {
    int exit = ContrailNested.run("plan", "--topology", topology(SEED_OPTION2).toString());

    assertThat(exit).isZero();
    assertThat(err()).isEmpty();
    assertThat(out()).startsWith(
        "| LL Service Name      | Service IP | Service Port | Fabric IP     | Fabric Port |\n")
        .contains("| Contrail VNC DB 3    | 10.10.10.3 | 9161         | 192.168.1.102 | 9161        |\n")
        .endsWith("| VRouter-192.168.1.50 | 10.10.10.7 | 9091         | 127.0.0.1     | 9091        |\n");
    assertThat(out().lines()).hasSize(2 + 11);
  }

  @Test
  void plan_jsonFormat_printsJson() throws Exception {
    int exit = ContrailNested.run("plan", "--topology", topology(SEED_OPTION2).toString(),
        "--format", "json");

    assertThat(exit).isZero();
    assertThat(out()).startsWith("{\n  \"connectivity\": \"link-local-only\",")
        .contains("\"vrouterVip\": \"10.10.10.5\"");
  }

  @Test
  void plan_mermaidFormat_printsAFlowchart() throws Exception {
    int exit = ContrailNested.run("plan", "--topology", topology(SEED_OPTION2).toString(),
        "--format", "MERMAID");

    assertThat(exit).isZero();
    assertThat(out()).startsWith("flowchart LR\n").contains("|\"Keystone\"|");
  }

  @Test
  void plan_invalidTopology_printsEveryProblemToStderrAndExitsOne() throws Exception {
    Path file = topology(SEED_OPTION2.replace("192.168.1.30, 192.168.1.40, 192.168.1.50",
        "192.168.1.300, 192.168.1.400, 192.168.1.500"));

    int exit = ContrailNested.run("plan", "--topology", file.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("invalid " + file + ": 3 problems",
        "vrouters[0]: 192.168.1.300 is not an IPv4 address",
        "vrouters[1]: 192.168.1.400 is not an IPv4 address",
        "vrouters[2]: 192.168.1.500 is not an IPv4 address");
  }

  @Test
  void plan_missingFile_printsTheCauseAndExitsOne() {
    Path missing = dir.resolve("nope.yaml");

    int exit = ContrailNested.run("plan", "--topology", missing.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err()).contains("cannot read topology file " + missing);
  }

  @Test
  void plan_unknownFormat_isAUsageError() throws Exception {
    int exit = ContrailNested.run("plan", "--topology", topology(SEED_OPTION2).toString(),
        "--format", "xml");

    assertThat(exit).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("--format");
  }
}

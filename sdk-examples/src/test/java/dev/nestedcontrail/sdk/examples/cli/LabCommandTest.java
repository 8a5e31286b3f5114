package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LabCommandTest {

  @Test
  void lab_printsOneJsonLine_andStopsWhenStdinCloses() {
    CapturedCli cli = new CapturedCli();
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(new byte[0]));
    int code;
    try {
      code = cli.run("lab", "--auth", "keystone");
    } finally {
      System.setIn(original);
    }

    assertThat(code).isZero();
    String[] lines = cli.out().split("\n");
    assertThat(lines).hasSize(1);
    assertThat(lines[0]).startsWith("{\"configApi\":\"http://127.0.0.1:")
        .contains("\"keystone\":\"http://127.0.0.1:", "\"kubernetes\":\"http://127.0.0.1:",
            "\"kubeconfig\":\"", "\"topology\":\"", "\"auth\":\"keystone\"")
        .doesNotContain("kubeManager");
    String kubeconfig = lines[0].replaceAll(".*\"kubeconfig\":\"([^\"]+)\".*", "$1");
    assertThat(Files.exists(Path.of(kubeconfig))).as("deleted on stop").isFalse();
  }
}

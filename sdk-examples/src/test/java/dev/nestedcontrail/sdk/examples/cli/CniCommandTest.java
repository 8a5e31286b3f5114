package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CniCommandTest {

  private static String[] run(String stdin, Map<String, String> env) {
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new CniCommand(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env))
        .setOut(new PrintWriter(out)).execute();
    return new String[] {Integer.toString(exit), out.toString()};
  }

  @Test
  void version_printsSupportedVersionsAndExitsZero() {
    String[] r = run("{\"cniVersion\":\"1.0.0\"}", Map.of("CNI_COMMAND", "VERSION"));

    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).isEqualTo("{\"cniVersion\":\"1.1.0\",\"supportedVersions\":["
        + "\"0.1.0\",\"0.2.0\",\"0.3.0\","
        + "\"0.3.1\",\"0.4.0\",\"1.0.0\",\"1.1.0\"]}");
  }

  @Test
  void add_withoutEnvironment_printsTheErrorJsonAndExitsOne() {
    String[] r = run("{\"cniVersion\":\"1.0.0\",\"name\":\"n\",\"type\":\"contrail-k8s-cni\"}",
        Map.of("CNI_COMMAND", "ADD"));

    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).startsWith("{\"cniVersion\":\"1.0.0\",\"code\":4,");
  }

  @Test
  void cni_isRegisteredInTheCommandLine() {
    assertThat(new CommandLine(ContrailNested.class).getSubcommands()).containsKey("cni");
  }
}

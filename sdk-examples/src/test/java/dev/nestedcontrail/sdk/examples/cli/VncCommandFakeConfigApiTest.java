package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VncCommandFakeConfigApiTest {
  private final FakeConfigApi fake = FakeConfigApi.start();
  @TempDir Path dir;

  @AfterEach
  void stop() {
    fake.close();
  }

  private CapturedCli run(int expectedCode, String... args) {
    CapturedCli cli = new CapturedCli();
    String[] full = new String[args.length + 2];
    full[0] = "vnc";
    System.arraycopy(args, 0, full, 1, args.length);
    full[full.length - 1] = "--config-api=" + fake.baseUrl();
    assertThat(cli.run(full)).as(cli.err()).isEqualTo(expectedCode);
    return cli;
  }

  @Test
  void createGetListUpdateDelete_roundTripThroughTheFake() throws IOException {
    Path file = Files.writeString(dir.resolve("vn.json"), "{\"virtual_network\": {\"fq_name\":"
        + " [\"default-domain\", \"default-project\", \"cli-net\"], \"parent_type\": \"project\"}}");
    String created = run(0, "create", "virtual_network", "--file", file.toString()).out();
    Matcher uuid = Pattern.compile("\"uuid\": \"([0-9a-f-]{36})\"").matcher(created);
    assertThat(uuid.find()).isTrue();
    String id = uuid.group(1);

    assertThat(run(0, "get", "virtual-network", "default-domain:default-project:cli-net").out())
        .contains("\"uuid\": \"" + id + "\"").contains("\"href\": ");
    assertThat(run(0, "fqname-to-id", "virtual-network", "default-domain:default-project:cli-net").out())
        .contains(id);
    Path update = Files.writeString(dir.resolve("upd.json"), "{\"display_name\": \"from the cli\"}");
    assertThat(run(0, "update", "virtual-network", id, "--file", update.toString()).out())
        .contains("\"display_name\": \"from the cli\"");
    assertThat(run(0, "list", "virtual-network", "--parent", "default-domain:default-project", "--detail",
        "--filter", "display_name==\"from the cli\"").out())
        .contains("\"virtual-networks\": [").contains(id).doesNotContain("ip-fabric");
    run(0, "delete", "virtual-network", id);
    assertThat(run(1, "get", "virtual-network", id).err()).contains("status 404");
  }

  @Test
  void deleteOfAProjectWithChildren_printsTheConflictAndExits1() {
    String id = run(0, "fqname-to-id", "project", "default-domain:default-project").out()
        .replaceAll("(?s).*\"uuid\": \"([0-9a-f-]{36})\".*", "$1");
    assertThat(run(1, "delete", "project", id).err()).contains("status 409: Delete when children still present");
  }
}

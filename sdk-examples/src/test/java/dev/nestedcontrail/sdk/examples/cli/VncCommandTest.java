package dev.nestedcontrail.sdk.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class VncCommandTest {
  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  private static final String UUID = "8f1a3e52-7a4b-4c7e-9b1d-2b1c8e6f0a11";
  private static final String VN = "{\"virtual-network\": {\"uuid\": \"" + UUID + "\", \"name\": \"pods\","
      + " \"fq_name\": [\"default-domain\", \"k8s\", \"pods\"], \"href\": \"http://h/virtual-network/" + UUID + "\","
      + " \"not_in_schema\": 1}}";

  @TempDir Path dir;
  private final CapturedCli cli = new CapturedCli();

  private String url() {
    return "http://127.0.0.1:" + api.getPort();
  }

  @Test
  void get_byFqNameWithUnderscoreType_printsTheObjectPretty() {
    api.stubFor(post("/fqname-to-id").willReturn(okJson("{\"uuid\": \"" + UUID + "\"}")));
    api.stubFor(get("/virtual-network/" + UUID).willReturn(okJson(VN)));
    int code = cli.run("vnc", "get", "--config-api", url(), "--token", "tok", "virtual_network", "default-domain:k8s:pods");
    assertThat(code).isEqualTo(0);
    assertThat(cli.out()).contains("{\n  \"virtual-network\": {\n    \"uuid\": \"" + UUID + "\"")
        .contains("\"not_in_schema\": 1").contains("\"href\": \"http://h/virtual-network/" + UUID + "\"");
    api.verify(getRequestedFor(urlEqualTo("/virtual-network/" + UUID)).withHeader("X-Auth-Token", equalTo("tok")));
    api.verify(postRequestedFor(urlEqualTo("/fqname-to-id")).withRequestBody(
        equalToJson("{\"type\": \"virtual-network\", \"fq_name\": [\"default-domain\", \"k8s\", \"pods\"]}")));
  }

  @Test
  void list_withParentDetailAndFilter_sendsTheQuery() {
    api.stubFor(get(urlEqualTo("/virtual-networks?parent_fq_name_str=default-domain%3Ak8s&detail=true"
        + "&filters=display_name%3D%3D%22pods%22")).willReturn(okJson("{\"virtual-networks\": [" + VN + "]}")));
    int code = cli.run("vnc", "list", "--config-api", url(), "virtual-network", "--parent", "default-domain:k8s",
        "--detail", "--filter", "display_name==\"pods\"");
    assertThat(code).as(cli.err()).isEqualTo(0);
    assertThat(cli.out()).contains("\"virtual-networks\": [").contains("\"virtual-network\": {");
  }

  @Test
  void fqNameToId_printsTheUuid() {
    api.stubFor(post("/fqname-to-id").willReturn(okJson("{\"uuid\": \"" + UUID + "\"}")));
    assertThat(cli.run("vnc", "fqname-to-id", "--config-api", url(), "project", "default-domain:k8s")).isEqualTo(0);
    assertThat(cli.out()).isEqualToIgnoringNewLines("{  \"uuid\": \"" + UUID + "\"}");
  }

  @Test
  void createUpdateDelete_sendTheFileAndTheUuid() throws IOException {
    Path create = Files.writeString(dir.resolve("vn.json"),
        "{\"virtual-network\": {\"fq_name\": [\"default-domain\", \"k8s\", \"pods\"], \"parent_type\": \"project\"}}");
    Path update = Files.writeString(dir.resolve("upd.json"), "{\"display_name\": \"new\"}");
    api.stubFor(post("/virtual-networks").willReturn(okJson("{\"virtual-network\": {\"uuid\": \"" + UUID + "\"}}")));
    api.stubFor(put("/virtual-network/" + UUID).willReturn(okJson("{\"virtual-network\": {\"uuid\": \"" + UUID + "\"}}")));
    api.stubFor(get("/virtual-network/" + UUID).willReturn(okJson(VN)));
    api.stubFor(delete("/virtual-network/" + UUID).willReturn(aResponse().withStatus(200)));

    assertThat(cli.run("vnc", "create", "--config-api", url(), "virtual-network", "--file", create.toString())).isEqualTo(0);
    assertThat(cli.run("vnc", "update", "--config-api", url(), "virtual-network", UUID, "--file", update.toString())).isEqualTo(0);
    assertThat(cli.run("vnc", "delete", "--config-api", url(), "virtual-network", UUID)).isEqualTo(0);

    api.verify(postRequestedFor(urlEqualTo("/virtual-networks")).withRequestBody(equalToJson(
        "{\"virtual-network\": {\"fq_name\": [\"default-domain\", \"k8s\", \"pods\"], \"parent_type\": \"project\"}}")));
    api.verify(putRequestedFor(urlEqualTo("/virtual-network/" + UUID))
        .withRequestBody(equalToJson("{\"virtual-network\": {\"display_name\": \"new\"}}")));
    api.verify(deleteRequestedFor(urlEqualTo("/virtual-network/" + UUID)));
    assertThat(cli.out()).contains("\"uuid\": \"" + UUID + "\"");
  }

  @Test
  void error_printsStatusAndServerMessage_andExits1() {
    api.stubFor(delete("/virtual-network/" + UUID).willReturn(aResponse().withStatus(409)
        .withBody("Delete when children still present: ['http://h/virtual-machine-interface/x']")));
    assertThat(cli.run("vnc", "delete", "--config-api", url(), "virtual-network", UUID)).isEqualTo(1);
    assertThat(cli.err()).contains("status 409: Delete when children still present");
  }

  @Test
  void unknownType_exits1NamingIt() {
    assertThat(cli.run("vnc", "get", "--config-api", url(), "virtual-netwerk", UUID)).isEqualTo(1);
    assertThat(cli.err()).contains("unknown type virtual-netwerk");
  }

  @Test
  void keystone_tokenIsFetchedAndSent() throws IOException {
    Path password = Files.writeString(dir.resolve("pw"), "secret\n");
    api.stubFor(post("/v3/auth/tokens").willReturn(aResponse().withStatus(201).withHeader("X-Subject-Token", "ks-tok")
        .withHeader("Content-Type", "application/json")
        .withBody("{\"token\": {\"expires_at\": \"2099-01-01T00:00:00.000000Z\", \"issued_at\": \"2026-01-01T00:00:00.000000Z\","
            + " \"methods\": [\"password\"], \"user\": {\"id\": \"u\", \"name\": \"admin\"}}}")));
    api.stubFor(get("/virtual-network/" + UUID).willReturn(okJson(VN)));
    int code = cli.run("vnc", "get", "--config-api", url(), "--keystone", url(), "--user", "admin",
        "--password-file", password.toString(), "--project", "admin", "--domain", "Default", "virtual-network", UUID);
    assertThat(code).as(cli.err()).isEqualTo(0);
    api.verify(getRequestedFor(urlEqualTo("/virtual-network/" + UUID)).withHeader("X-Auth-Token", equalTo("ks-tok")));
    api.verify(postRequestedFor(urlEqualTo("/v3/auth/tokens")).withRequestBody(
        com.github.tomakehurst.wiremock.client.WireMock.containing("\"password\":\"secret\"")));
  }
}

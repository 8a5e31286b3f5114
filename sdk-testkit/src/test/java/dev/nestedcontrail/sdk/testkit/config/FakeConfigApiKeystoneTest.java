package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.testkit.FakeKeystone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeConfigApiKeystoneTest extends ConfigApiHarness {
  FakeKeystone keystone;

  @Override
  FakeConfigApi startApi() {
    keystone = FakeKeystone.start();
    return FakeConfigApi.builder().keystone(keystone).start();
  }

  @AfterEach
  void stopKeystone() {
    keystone.close();
  }

  String token() {
    String body = "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"admin\", "
        + "\"domain\": {\"id\": \"default\"}, \"password\": \"admin\"}}}, \"scope\": {\"project\": {\"name\": \"admin\", "
        + "\"domain\": {\"id\": \"default\"}}}}}";
    okhttp3.Request.Builder request = new okhttp3.Request.Builder().url(keystone.v3Url() + "/auth/tokens")
        .post(okhttp3.RequestBody.create(body, JSON));
    Answer answer = call(request);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.header("X-Subject-Token");
  }

  @Test
  void withKeystone_missingOrInvalidOrRevokedToken_is401_andValidTokenPasses() {
    assertThat(get("/virtual-networks").status()).isEqualTo(401);
    assertThat(get("/virtual-networks", "X-Auth-Token", "forged").status()).isEqualTo(401);
    String token = token();
    assertThat(get("/virtual-networks", "X-Auth-Token", token).status()).isEqualTo(200);
    assertThat(post("/virtual-machines", "{\"virtual-machine\": {\"fq_name\": [\"k\"]}}", "X-AUTH-TOKEN", token).status())
        .isEqualTo(200);
    keystone.revoke(token);
    Answer revoked = get("/virtual-networks", "X-Auth-Token", token);
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.body()).isEqualTo("Authentication required");
  }
}

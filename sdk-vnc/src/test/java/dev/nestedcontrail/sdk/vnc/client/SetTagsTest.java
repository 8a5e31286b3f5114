package dev.nestedcontrail.sdk.vnc.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetTagsTest extends VncWireMock {

  @Test
  void setTags_sendsEveryTypeInOneRequest_withNullForRemovedTypes() {
    api.stubFor(post("/set-tag").willReturn(okJson("{}")));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("app", "web");
    values.put("namespace", "prod");
    try (VncClient vnc = client()) {
      vnc.setTags("virtual_machine_interface", "vmi-1", values, Set.of("tier"), true);
    }
    api.verify(1, postRequestedFor(urlEqualTo("/set-tag")).withRequestBody(equalToJson(
        "{\"obj_type\": \"virtual-machine-interface\", \"obj_uuid\": \"vmi-1\","
        + " \"app\": {\"value\": \"web\", \"is_global\": true},"
        + " \"namespace\": {\"value\": \"prod\", \"is_global\": true}, \"tier\": null}")));
  }

  @Test
  void setTags_whenATagIsMissing_throwsNotFound() {
    api.stubFor(post("/set-tag").willReturn(aResponse().withStatus(404)
        .withBody("Tag with FQName [u'app=web'] not found")));
    try (VncClient vnc = client()) {
      assertThatThrownBy(() -> vnc.setTags("virtual-machine-interface", "vmi-1",
          Map.of("app", "web"), Set.of(), false))
          .isInstanceOf(NotFoundException.class)
          .satisfies(e -> assertThat(((NotFoundException) e).statusCode()).isEqualTo(404));
    }
  }
}

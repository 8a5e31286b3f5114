package dev.nestedcontrail.sdk.cni.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.cni.CniPlugin;
import dev.nestedcontrail.sdk.cni.dataplane.RecordingDataPlane;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CniHttpHandlerTest {
  CniPlugin plugin = CniPlugin.builder().dataPlane(new RecordingDataPlane()).build();
  EmbeddedChannel channel = new EmbeddedChannel(new CniHttpHandler(plugin, Runnable::run));

  @AfterEach
  void close() {
    channel.finishAndReleaseAll();
    plugin.close();
  }

  private FullHttpResponse send(HttpMethod method, String uri, String body, String... headers) {
    FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri,
        Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
    for (int i = 0; i < headers.length; i += 2) {
      request.headers().set(headers[i], headers[i + 1]);
    }
    channel.writeInbound(request);
    return channel.readOutbound();
  }

  @Test
  void post_version_answersTheVersionJsonWithExitCodeZero() {
    FullHttpResponse response = send(HttpMethod.POST, "/cni", "{\"cniVersion\":\"1.0.0\"}",
        "CNI-Command", "VERSION");
    try {
      assertThat(response.status()).isEqualTo(HttpResponseStatus.OK);
      assertThat(response.headers().get("CNI-Exit-Code")).isEqualTo("0");
      assertThat(response.content().toString(StandardCharsets.UTF_8))
          .startsWith("{\"cniVersion\":\"1.1.0\",\"supportedVersions\":[");
    } finally {
      response.release();
    }
  }

  @Test
  void post_headersBecomeCniVariables_andAnErrorIs400WithTheErrorJson() {
    FullHttpResponse response = send(HttpMethod.POST, "/cni", "{\"cniVersion\":\"1.0.0\","
        + "\"name\":\"n\",\"type\":\"t\"}", "CNI-Command", "ADD", "CNI-ContainerId", "c1",
        "CNI-Ifname", "eth0", "CNI-Path", "/opt/cni/bin");
    try {
      assertThat(response.status()).isEqualTo(HttpResponseStatus.BAD_REQUEST);
      assertThat(response.headers().get("CNI-Exit-Code")).isEqualTo("1");
      assertThat(response.content().toString(StandardCharsets.UTF_8))
          .contains("\"code\":4", "[CNI_NETNS] missing");
    } finally {
      response.release();
    }
  }

  @Test
  void otherPaths_areNotFound() {
    FullHttpResponse response = send(HttpMethod.POST, "/other", "");
    try {
      assertThat(response.status()).isEqualTo(HttpResponseStatus.NOT_FOUND);
      assertThat(channel.isOpen()).isFalse();
    } finally {
      response.release();
    }
  }

  @Test
  void getOnCni_isMethodNotAllowed() {
    FullHttpResponse response = send(HttpMethod.GET, "/cni", "");
    try {
      assertThat(response.status()).isEqualTo(HttpResponseStatus.METHOD_NOT_ALLOWED);
    } finally {
      response.release();
    }
  }
}

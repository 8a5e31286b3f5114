package dev.nestedcontrail.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class EndpointUrlsTest {

  private static final List<String> PATHS = List.of(
      "/",
      "/virtual-network/5d3e0c8e-2b4c-4c6e-9d2a-000000000001",
      "/virtual-networks?parent_id=a,b&detail=true",
      "/fqname-to-id?x=a%20b&y=%E2%82%AC",
      "/a b/../c/./d",
      "/%7Euser/é?q=é#frag",
      "//evil.example/x",
      "/\\evil.example/x",
      "/a//b");

  @Test
  void url_forEveryPathAndServer_isTheUrlOfParsingTheWholeText() {
    Endpoints endpoints = Endpoints.parse(
        "http://127.0.0.1:8082,https://Config.Example:443/api,http://[::1]:9100/base/");
    EndpointUrls urls = new EndpointUrls(endpoints);
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint endpoint = endpoints.at(i);
      for (String path : PATHS) {
        assertThat(urls.url(endpoint, path))
            .as("%s + %s", endpoint, path)
            .isEqualTo(HttpUrl.get(endpoint.url(path)));
      }
    }
  }

  @Test
  void url_forAServerNotInTheList_parsesTheWholeText() {
    EndpointUrls urls = new EndpointUrls(Endpoints.parse("http://127.0.0.1:8082"));
    Endpoint other = Endpoint.parse("http://10.0.0.9:8082");

    assertThat(urls.url(other, "/virtual-networks").toString())
        .isEqualTo("http://10.0.0.9:8082/virtual-networks");
  }
}

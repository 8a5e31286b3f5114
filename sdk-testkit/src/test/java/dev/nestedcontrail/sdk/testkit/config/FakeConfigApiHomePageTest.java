package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.Fake;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.testkit.FakeServersExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeServersExtension.class)
class FakeConfigApiHomePageTest extends ConfigApiHarness {
  @Fake FakeConfigApi injected;

  @Test
  void homePage_linksCollectionsResourcesAndActions_withTheServersNames() {
    @SuppressWarnings("unchecked")
    List<Map<String, Map<String, Object>>> links = (List<Map<String, Map<String, Object>>>) get("/").json().get("links");
    assertThat(links).extracting(l -> l.get("link").get("href")).contains(
        api.baseUrl() + "/network-policys", api.baseUrl() + "/virtual-DNS", api.baseUrl() + "/fqname-to-id");
    assertThat(links).extracting(l -> l.get("link")).filteredOn(l -> "action".equals(l.get("rel")))
        .extracting(l -> l.get("name")).contains("name-to-id", "id-to-name", "ref-update");
  }

  @Test
  void fakeServersExtension_startsAFakeConfigApi() {
    assertThat(injected.count("project")).isEqualTo(1);
    assertThat(injected.baseUrl()).startsWith("http://127.0.0.1:");
  }
}

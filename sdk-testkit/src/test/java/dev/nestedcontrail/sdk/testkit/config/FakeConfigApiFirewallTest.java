package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeConfigApiFirewallTest extends ConfigApiHarness {
  static final String RULE = "{\"fq_name\": [\"default-policy-management\", \"r1\"], "
      + "\"parent_type\": \"policy-management\", \"direction\": \">\", "
      + "\"endpoint_1\": {\"tags\": [\"app=web\"]}, \"endpoint_2\": {\"any\": true}}";

  @Test
  void tagCreate_withoutTypeOrValue_is400_andTheTypeIsLowerCasedIntoTheName() {
    Answer missing = post("/tags", "{\"tag\": {\"fq_name\": [\"x\"], \"tag_type_name\": \"app\"}}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).isEqualTo("Tag must be created with a type and a value");
    String tag = create("tag", "{\"fq_name\": [\"x\"], \"tag_type_name\": \"App\", \"tag_value\": \"Web\"}");
    assertThat(read("tag", tag)).containsEntry("fq_name", List.of("app=Web"));
  }

  @Test
  void firewallRule_namingAMissingTag_is404_andAnExistingOneBecomesATagRef() {
    Answer missing = post("/firewall-rules", "{\"firewall-rule\": " + RULE + "}");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("app=web");

    String tag = create("tag", "{\"fq_name\": [\"app=web\"], \"tag_type_name\": \"app\", \"tag_value\": \"web\"}");
    String rule = create("firewall-rule", RULE);
    Map<String, Object> stored = read("firewall-rule", rule);
    assertThat(FakeConfigApiCrudTest.refUuids(stored, "tag_refs")).containsExactly(tag);
    assertThat(stored.get("endpoint_1").toString()).contains("tag_ids");

    Answer update = put("/firewall-rule/" + rule, "{\"firewall-rule\": {\"endpoint_1\": {\"tags\": [\"app=db\"]}}}");
    assertThat(update.status()).isEqualTo(404);
  }

  @Test
  void setTag_onAnUnknownObjectOrWithAnUnknownTag_is404() {
    String net = create("virtual-network", "{\"fq_name\": [\"default-domain\", \"default-project\", \"n\"]}");
    assertThat(post("/set-tag", "{\"obj_type\": \"virtual-network\", \"obj_uuid\": "
        + "\"00000000-0000-4000-8000-000000000001\", \"app\": {\"value\": \"web\", \"is_global\": true}}")
        .status()).isEqualTo(404);
    assertThat(post("/set-tag", "{\"obj_type\": \"virtual-network\", \"obj_uuid\": \"" + net
        + "\", \"nosuchtype\": {\"value\": \"web\", \"is_global\": true}}").status()).isEqualTo(404);
  }
}

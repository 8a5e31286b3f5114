package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.ConfigEventForwarder;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ConfigEventForwarderTest extends ConfigApiHarness {

  @Test
  void forwarder_sendsApiServerMessagesInCommitOrder_andSurvivesAFailingSink() {
    List<ConfigEvent> sent = new CopyOnWriteArrayList<>();
    String vm;
    ConfigEventForwarder forwarder = ConfigEventForwarder.attach(api, event -> {
      if (event.fqName().equals(List.of("boom"))) {
        throw new IllegalStateException("broker down");
      }
      sent.add(event);
    });
    try (forwarder) {
      create("virtual-machine", "{\"fq_name\": [\"boom\"]}");
      vm = create("virtual-machine", "{\"fq_name\": [\"fwd\"], \"uuid\": \"ffffffff-0000-4000-8000-000000000001\"}");
      put("/virtual-machine/" + vm, "{\"virtual-machine\": {\"server_type\": \"container\"}}");
      delete("/virtual-machine/" + vm);
    }
    assertThat(sent).extracting(ConfigEvent::operation).containsExactly(
        ConfigEvent.Operation.CREATE, ConfigEvent.Operation.UPDATE, ConfigEvent.Operation.DELETE);
    assertThat(sent).allSatisfy(e -> assertThat(e.uuid()).isEqualTo(vm));
    assertThat(sent.get(0).objDict()).hasValueSatisfying(d -> assertThat(d).containsEntry("name", "fwd"));
    assertThat(sent.get(0).toJson()).contains("\"uuid_mslong\":" + Long.toUnsignedString(0xffffffff00004000L));
    assertThat(sent.get(2).objDict()).isEmpty();
    assertThat(forwarder.forwarded()).isEqualTo(3);
    assertThat(forwarder.failed()).isEqualTo(1);
  }
}

package dev.nestedcontrail.sdk.vnc.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixtureRoundTripTest {
  @ParameterizedTest
  @ValueSource(strings = {"virtual-network", "virtual-machine-interface", "instance-ip",
      "global-vrouter-config", "project", "tag"})
  void fixture_readAndWrittenBack_isTheSameJson(String typeName) {
    String json = Fixtures.read(typeName + ".json");
    ResourceType<?> type = VncSchema.find(typeName).orElseThrow();

    VncResource resource = VncJson.readWrapped(type, json);
    String written = VncJson.writeWrapped(resource);

    assertThat(Fixtures.withoutNullsAndEmptyLists(VncJson.parseTree(written)))
        .isEqualTo(Fixtures.withoutNullsAndEmptyLists(VncJson.parseTree(json)));
    assertThat(VncJson.readWrapped(type, written)).isEqualTo(resource);
  }

  @ParameterizedTest
  @ValueSource(strings = {"virtual-network", "virtual-machine-interface", "instance-ip",
      "global-vrouter-config", "project", "tag"})
  void fixture_asGenericTree_convertsBackToTheSameResource(String typeName) {
    ResourceType<?> type = VncSchema.find(typeName).orElseThrow();
    VncResource resource = VncJson.readWrapped(type, Fixtures.read(typeName + ".json"));

    Map<String, Object> tree = VncJson.toTree(resource);

    assertThat(VncJson.fromTree(type, tree)).isEqualTo(resource);
    assertThat(tree.get("fq_name")).isEqualTo(resource.fqName());
  }
}

package dev.nestedcontrail.sdk.testkit.it.vnc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Five types outside the nested set, driven only by the generated metadata. */
class VncClientOtherTypesTest extends FakeVncHarness {

  @ParameterizedTest
  @CsvSource({
      "network-policy, project",
      "route-table, project",
      "interface-route-table, project",
      "service-health-check, project",
      "floating-ip-pool, virtual-network",
  })
  void crud_ofTypeOutsideTheNestedSet(String typeName, String parentType) {
    ResourceType<?> type = VncSchema.find(typeName).orElseThrow();
    List<String> parent = parentType.equals("project") ? PROJECT : network("fip-net", "10.50.0.0").fqName();
    crud(type, parent, parentType);
  }

  private <T extends VncResource> void crud(ResourceType<T> type, List<String> parent, String parentType) {
    ResourceOperations<T> ops = vnc.resources(type);
    List<String> fqName = new ArrayList<>(parent);
    fqName.add("it-" + type.typeName());
    T created = ops.create(VncJson.fromTree(type, Map.of("fq_name", fqName, "parent_type", parentType,
        "unknown_to_the_model", Map.of("kept", true))));
    String uuid = created.uuid().orElseThrow();

    T read = ops.readByFqName(fqName);
    assertThat(read.uuid()).contains(uuid);
    assertThat(read.parentType()).contains(parentType);
    assertThat(read.unknownFields()).containsEntry("unknown_to_the_model", "{\"kept\":true}");

    Map<String, Object> changed = VncJson.toTree(read);
    changed.put("display_name", "changed " + type.typeName());
    ops.update(read, VncJson.fromTree(type, changed));
    assertThat(ops.read(uuid).displayName()).contains("changed " + type.typeName());
    assertThat(ops.list(ListQuery.builder().parentFqName(parent).parentType(parentType).build()))
        .extracting(o -> o.uuid().orElseThrow()).contains(uuid);

    ops.delete(uuid);
    assertThat(ops.find(uuid)).isEmpty();
  }
}

package dev.nestedcontrail.sdk.vnc.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The JSON of config events, on fixtures written the way the api-server's dbe_publish writes them. */
class ConfigEventJsonTest {

  static String fixture(String name) {
    try (InputStream in = ConfigEventJsonTest.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object parsed(String json) throws IOException {
    return new Moshi.Builder().build().adapter(Object.class).fromJson(json);
  }

  @Test
  void decode_create_readsNamedFieldsAndKeepsTheOthers() {
    ConfigEvent event = ConfigEvent.fromJson(fixture("create-vmi.json"));

    assertThat(event.operation()).isEqualTo(ConfigEvent.Operation.CREATE);
    assertThat(event.type()).isEqualTo("virtual-machine-interface");
    assertThat(event.typeName()).isEqualTo("virtual_machine_interface");
    assertThat(event.uuid()).isEqualTo("b8013f6c-2f4e-4a8a-9e43-5d0c1a7e6f21");
    assertThat(event.fqName()).containsExactly("default-domain", "admin", "k8s__default__nginx-7c5b__b8013f6c");
    assertThat(event.requestId()).contains("req-3c1f5a0e-8d0b-4b7e-9a55-0f3b7d2c9e11");
    assertThat(event.otherFields()).containsOnlyKeys("request-id");
    Map<String, Object> dict = event.objDict().orElseThrow();
    assertThat(dict).containsEntry("display_name", "nginx-7c5b").containsEntry("parent_type", "project");
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) dict.get("virtual_machine_interface_properties");
    assertThat(properties).containsEntry("sub_interface_vlan_tag", 7L).containsEntry("interface_type", null);
  }

  @Test
  void decode_keeps64BitIdsExact() {
    Map<String, Object> dict = ConfigEvent.fromJson(fixture("create-vmi.json")).objDict().orElseThrow();
    Map<?, ?> uuid = (Map<?, ?>) ((Map<?, ?>) dict.get("id_perms")).get("uuid");

    assertThat(uuid.get("uuid_mslong")).isEqualTo(new BigInteger("13258839487296785487"));
    assertThat(uuid.get("uuid_lslong")).isEqualTo(new BigInteger("11412234858409187334"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"create-vmi.json", "update-implicit-vn.json", "delete-iip.json", "unknown-oper.json"})
  void encode_ofDecoded_givesTheSameJson(String name) throws IOException {
    String original = fixture(name);

    String encoded = ConfigEvent.fromJson(original).toJson();

    assertThat(parsed(encoded)).isEqualTo(parsed(original));
    assertThat(encoded).startsWith("{\"oper\":");
  }

  @Test
  void encode_writesJsonNullsAndExactIntegers() {
    String json = ConfigEvent.fromJson(fixture("delete-iip.json")).toJson();

    assertThat(json).contains("\"subnet_uuid\":null", "\"extra_dict\":{\"virtual_machine_interface_back_refs\":null}");
    assertThat(ConfigEvent.fromJson(fixture("create-vmi.json")).toJson()).contains("\"uuid_mslong\":13258839487296785487", "\"uuid_lslong\":11412234858409187334");
  }

  @Test
  void decode_updateImplicit_hasNoObjDict() {
    ConfigEvent event = ConfigEvent.fromJson(fixture("update-implicit-vn.json"));

    assertThat(event.operation()).isEqualTo(ConfigEvent.Operation.UPDATE_IMPLICIT);
    assertThat(event.oper()).isEqualTo("UPDATE-IMPLICIT");
    assertThat(event.objDict()).isEmpty();
  }

  @Test
  void decode_delete_keepsExtraDict() {
    ConfigEvent event = ConfigEvent.fromJson(fixture("delete-iip.json"));

    assertThat(event.operation()).isEqualTo(ConfigEvent.Operation.DELETE);
    assertThat(event.otherFields()).containsOnlyKeys("request-id", "extra_dict");
    assertThat(event.objDict().orElseThrow()).containsEntry("subnet_uuid", null);
  }

  @Test
  void decode_unknownOper_givesUnknownAndKeepsTheWireValueAndUnknownFields() {
    ConfigEvent event = ConfigEvent.fromJson(fixture("unknown-oper.json"));

    assertThat(event.operation()).isEqualTo(ConfigEvent.Operation.UNKNOWN);
    assertThat(event.oper()).isEqualTo("RESYNC");
    assertThat(event.otherFields()).containsEntry("since", 1732615200.25).containsEntry("partial", false);
    assertThat(event.requestId()).isEmpty();
  }

  @Test
  void decode_ofBodiesThatAreNotEvents_listsEveryProblem() {
    assertThatThrownBy(() -> ConfigEvent.fromJson("{\"oper\": \"CREATE\", \"type\""))
        .isInstanceOf(ValidationException.class).hasMessageContaining("body: not JSON");
    assertThatThrownBy(() -> ConfigEvent.fromJson("[1, 2]"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("body: not a JSON object");
    assertThatThrownBy(() -> ConfigEvent.fromJson("{} {}"))
        .isInstanceOf(ValidationException.class).hasMessage("invalid config event: body: not JSON (malformed JSON at path $)");
    assertThatThrownBy(() -> ConfigEvent.fromJson(
        "{\"oper\": 3, \"type\": \"project\", \"fq_name\": \"a:b\", \"obj_dict\": []}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            "oper: expected a non-blank string, got Long 3",
            "uuid: expected a non-blank string, got nothing",
            "fq_name: expected a list of strings, got String a:b",
            "obj_dict: expected an object, got UnmodifiableRandomAccessList []"));
  }

  @Test
  void operation_wireNames_matchTheApiServers() {
    assertThat(List.of(ConfigEvent.Operation.CREATE, ConfigEvent.Operation.UPDATE, ConfigEvent.Operation.DELETE,
        ConfigEvent.Operation.UPDATE_IMPLICIT)).extracting(ConfigEvent.Operation::wireName)
        .containsExactly("CREATE", "UPDATE", "DELETE", "UPDATE-IMPLICIT");
    assertThat(ConfigEvent.Operation.ofWireName("update-implicit")).isEqualTo(ConfigEvent.Operation.UNKNOWN);
    assertThatThrownBy(ConfigEvent.Operation.UNKNOWN::wireName).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void build_withBlankFieldsOrANamedFieldAmongTheOthers_failsNamingThemAll() {
    assertThatThrownBy(() -> ConfigEvent.builder().oper("CREATE").type(" ").uuid("")
        .putOtherField("fq_name", List.of("x")).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            "type: ' ' is blank", "uuid: '' is blank",
            "otherFields: 'fq_name' is a named field (set it through its own attribute)"));
  }

  @Test
  void of_buildsAnEventThatEncodesWithoutObjDict() {
    ConfigEvent event = ConfigEvent.of(ConfigEvent.Operation.UPDATE, "virtual-network", "u-1",
        List.of("default-domain", "admin", "vn1"));

    assertThat(event.toJson()).isEqualTo(
        "{\"oper\":\"UPDATE\",\"type\":\"virtual-network\",\"uuid\":\"u-1\",\"fq_name\":[\"default-domain\",\"admin\",\"vn1\"]}");
    assertThat(event).hasToString("ConfigEvent{UPDATE virtual-network u-1 default-domain:admin:vn1}");
  }
}

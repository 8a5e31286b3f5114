package dev.nestedcontrail.sdk.vnc.configdb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectAssemblerTest {
  private static final String U = "00000000-0000-4000-8000-000000000001";

  @Test
  void parse_keepsIntegersBeyond64BitsExact_andDropsNulls() {
    assertThat(JsonValues.parse("{\"ms\": 17365880163140632576, \"ls\": 42, \"f\": 1.5, \"n\": null, \"l\": [1, null]}"))
        .isEqualTo(Map.of("ms", new BigInteger("17365880163140632576"), "ls", 42L, "f", new java.math.BigDecimal("1.5"), "l", List.of(1L)));
    assertThat(JsonValues.parse("null")).isNull();
    assertThat(JsonValues.parse("not json")).isEqualTo("not json");
    assertThat(JsonValues.parse("\"a\" trailing")).isEqualTo("\"a\" trailing");
  }

  @Test
  void fqNames_encodeNonAsciiAsPythonQuotePlus_andDecodeBack() {
    assertThat(FqNames.encode(List.of("default-domain", "proj", "vn1"))).isEqualTo("default-domain:proj:vn1");
    assertThat(FqNames.encode(List.of("d", "réseau a"))).isEqualTo("d%3Ar%C3%A9seau+a");
    assertThat(FqNames.decode("d%3Ar%C3%A9seau+a:" + U)).containsExactly("d", "réseau a", U);
    assertThat(FqNames.decode("d:p:" + U)).containsExactly("d", "p", U);
  }

  @Test
  void assemble_withoutTypeOrFqName_isEmpty() {
    assertThat(ObjectAssembler.assemble(U, List.of(col("prop:display_name", "\"x\"")), u -> Optional.empty())).isEmpty();
  }

  @Test
  void assemble_readsOldFormatRefDataAsTheAttr_andSkipsMissingBackRefsAndChildren() {
    String other = "00000000-0000-4000-8000-000000000002";
    List<Column> columns = List.of(
        col("fq_name", "[\"a\"]"), col("type", "\"tag\""), col("META:latest_col_ts", "null"),
        col("backref:virtual_network:" + other, "{\"attr\": null, \"is_weakref\": false}"),
        col("children:tag:" + other, "null"),
        col("ref:network_policy:" + other, "{\"sequence\": {\"major\": 1}}"),
        col("propl:unknown_list:0", "\"x\""), col("relaxbackref:" + other, "null"));

    Map<String, Object> object = ObjectAssembler.assemble(U, columns, u -> Optional.empty()).orElseThrow();

    assertThat(object).isEqualTo(Map.of("uuid", U, "name", "a", "fq_name", List.of("a"),
        "network_policy_refs", List.of(Map.of("to", List.of("ERROR"), "attr", Map.of("sequence", Map.of("major", 1L)), "uuid", other)),
        "unknown_list", List.of("x")));
    assertThat(ObjectAssembler.linkedUuids(columns)).containsExactly(other);
  }

  private static Column col(String name, String value) {
    return new Column(name, value, 0);
  }
}

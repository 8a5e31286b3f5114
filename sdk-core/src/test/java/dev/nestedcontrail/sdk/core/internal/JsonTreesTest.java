package dev.nestedcontrail.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreesTest {
  private static final String TEXT =
      "{\"big\":18446744073709551615,\"long\":-42,\"dec\":1.50,\"exp\":1e3,\"n\":null,\"l\":[1,null,\"x\",true]}";

  @Test
  void parse_keepsEveryNumberExact_andNullsWhenAsked() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("big", new BigInteger("18446744073709551615"));
    expected.put("long", -42L);
    expected.put("dec", new BigDecimal("1.50"));
    expected.put("exp", new BigDecimal("1e3"));
    expected.put("n", null);
    expected.put("l", Arrays.asList(1L, null, "x", true));

    assertThat(JsonTrees.parse(TEXT, JsonTrees.Nulls.KEEP)).isEqualTo(expected);
    assertThat(JsonTrees.write(JsonTrees.parse(TEXT, JsonTrees.Nulls.KEEP))).isEqualTo(TEXT.replace("1e3", "1E+3"));
  }

  @Test
  void parse_dropsNullMembersAndElements_whenAsked() {
    assertThat(JsonTrees.parse(TEXT, JsonTrees.Nulls.DROP)).isEqualTo(Map.of(
        "big", new BigInteger("18446744073709551615"), "long", -42L, "dec", new BigDecimal("1.50"),
        "exp", new BigDecimal("1e3"), "l", List.of(1L, "x", true)));
    assertThat(JsonTrees.parse("null", JsonTrees.Nulls.DROP)).isNull();
  }

  @Test
  void parseObject_readsObjects_nullAsEmpty_andRejectsOtherValues() {
    assertThat(JsonTrees.parseObject("{\"a\":{\"b\":[]}}")).isEqualTo(Map.of("a", Map.of("b", List.of())));
    assertThat(JsonTrees.parseObject("null")).isEmpty();
    assertThatThrownBy(() -> JsonTrees.parseObject("[1]")).isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("expected a JSON object but got: [1]");
  }

  @Test
  void parse_malformedOrTrailingText_failsNamingTheText() {
    assertThatThrownBy(() -> JsonTrees.parse("{\"a\":", JsonTrees.Nulls.KEEP)).isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("malformed JSON").hasMessageContaining("{\"a\":");
    assertThatThrownBy(() -> JsonTrees.parse("{} []", JsonTrees.Nulls.KEEP)).isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("malformed JSON").hasMessageEndingWith(": {} []");
  }

  @Test
  void write_rejectsValuesThatAreNotTreeValues() {
    assertThatThrownBy(() -> JsonTrees.write(Map.of("a", new Object()))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
  }

  @Test
  @SuppressWarnings("unchecked")
  void freeze_copiesDeeplyIntoUnmodifiableCollections() {
    List<Object> inner = new ArrayList<>(List.of(1L));
    Map<String, Object> tree = new LinkedHashMap<>(Map.of("l", inner));

    Map<String, Object> frozen = (Map<String, Object>) JsonTrees.freeze(tree);
    inner.add(2L);

    assertThat(frozen).isEqualTo(Map.of("l", List.of(1L)));
    assertThatThrownBy(() -> frozen.put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) frozen.get("l")).add(3L)).isInstanceOf(UnsupportedOperationException.class);
  }
}

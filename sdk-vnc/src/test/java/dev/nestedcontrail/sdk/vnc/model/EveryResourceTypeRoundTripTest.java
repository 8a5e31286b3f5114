package dev.nestedcontrail.sdk.vnc.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EveryResourceTypeRoundTripTest {
  static Stream<ResourceType<?>> types() {
    return VncSchema.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void minimalInstance_builtWithBuilder_writesAndReadsBackEqual(ResourceType<?> type)
      throws ReflectiveOperationException {
    VncResourceBuilder builder =
        (VncResourceBuilder) type.javaClass().getMethod("builder").invoke(null);
    builder.uuid("8d5c7a1e-1111-4222-8333-944455566677")
        .fqName(List.of("default-domain", "x-" + type.typeName()))
        .name("x-" + type.typeName())
        .displayName("minimal");
    Method build = builder.getClass().getMethod("build");
    build.setAccessible(true);
    VncResource resource = (VncResource) build.invoke(builder);

    String json = VncJson.write(resource);
    VncResource back = readAs(type, json);

    assertThat(back).isEqualTo(resource);
    assertThat(back.resourceType()).isSameAs(type);
    assertThat(json).contains("\"fq_name\":[\"default-domain\",\"x-" + type.typeName() + "\"]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everyDeclaredMember_isKnownToTheCodec_andRoundTrips(ResourceType<?> type)
      throws ReflectiveOperationException {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("uuid", "8d5c7a1e-1111-4222-8333-944455566677");
    tree.put("fq_name", List.of("default-domain", "p", "n"));
    tree.put("name", "n");
    tree.put("href", "http://127.0.0.1:8082/" + type.typeName() + "/8d5c7a1e");
    tree.put("configuration_version", 2L);
    for (PropertyField p : type.properties()) {
      tree.put(p.wireName(), sample(p.javaType()));
    }
    for (RefField r : type.refs()) {
      tree.put(r.fieldName(), List.of(ref(r.hasData() ? r.attrClass().orElseThrow() : null)));
    }
    for (ChildField c : type.children()) {
      tree.put(c.fieldName(), List.of(ref(null)));
    }
    for (BackRefField b : type.backRefs()) {
      tree.put(b.fieldName(), List.of(ref(b.attrClass().orElse(null))));
    }
    tree.put("x_member_of_a_newer_release", Map.of("k", List.of(1L, "two")));

    VncResource resource = VncJson.fromTree(type, tree);

    assertThat(resource.unknownFields()).containsOnlyKeys("x_member_of_a_newer_release");
    assertThat(VncJson.toTree(resource)).isEqualTo(tree);
    assertThat(readAs(type, VncJson.write(resource))).isEqualTo(resource);
  }

  private static VncResource readAs(ResourceType<?> type, String json) {
    return VncJson.read(type, json);
  }

  private static Map<String, Object> ref(Class<?> attrClass) throws ReflectiveOperationException {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("to", List.of("default-domain", "p", "target"));
    ref.put("uuid", "00000000-0000-4000-8000-000000000001");
    ref.put("href", "http://127.0.0.1:8082/x/00000000-0000-4000-8000-000000000001");
    if (attrClass != null) {
      ref.put("attr", sample(attrClass));
    }
    return ref;
  }

  /** A JSON tree value of the given model type. */
  static Object sample(Class<?> javaType) throws ReflectiveOperationException {
    if (javaType == String.class) {
      return "s";
    } else if (javaType == Long.class) {
      return 7L;
    } else if (javaType == Boolean.class) {
      return true;
    } else if (javaType == BigInteger.class) {
      return new BigInteger("18446744073709551615");
    } else if (OpenEnum.class.isAssignableFrom(javaType)) {
      List<?> known = (List<?>) javaType.getMethod("knownValues").invoke(null);
      return ((OpenEnum) known.get(0)).value();
    }
    return Map.of("x_future_member", 1L);
  }
}

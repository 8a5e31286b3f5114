package dev.nestedcontrail.sdk.vnc.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nestedcontrail.sdk.vnc.model.PropertyField;
import dev.nestedcontrail.sdk.vnc.model.RefField;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Cross-checks the generated metadata against Juniper's YAML rendering of the same schema
 * ({@code reference/schema/yaml/*-schema.yml}), which was derived independently from the XSD.
 */
class SchemaAgreesWithYamlTest {
  private static final Set<String> COMMON =
      Set.of("id_perms", "perms2", "annotations", "display_name");
  /** The YAML lower-cases these; the XSD elements and the server keep {@code DNS}. */
  private static final Map<String, String> YAML_CASE = Map.of(
      "virtual_dns_data", "virtual_DNS_data",
      "virtual_dns_record_data", "virtual_DNS_record_data");

  @Test
  void everyYamlResourceType_hasTheSameParentsRefsAndProperties() throws IOException {
    Optional<Path> schema = SharedSchema.schemaFolder();
    assumeTrue(schema.isPresent(), "../shared/reference/schema not found");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(schema.get().resolve("yaml"))) {
      for (Path file : files.filter(f -> f.toString().endsWith("-schema.yml")).sorted().toList()) {
        Map<?, ?> yaml = load(file);
        if ("abstract".equals(yaml.get("type"))) {
          continue;
        }
        String id = String.valueOf(yaml.get("id"));
        Optional<ResourceType<?>> type = VncSchema.find(id);
        if (type.isEmpty()) {
          problems.add(id + ": no such resource type");
          continue;
        }
        compare(type.get(), yaml, problems);
        checked++;
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isEqualTo(VncSchema.all().size());
  }

  private static void compare(ResourceType<?> type, Map<?, ?> yaml, List<String> problems) {
    String name = type.typeName();
    Set<String> parents = keys(yaml.get("parents"));
    Set<String> ours = names(type.parentTypes().stream());
    if (!parents.equals(ours)) {
      problems.add(name + " parents: yaml " + parents + ", generated " + ours);
    }
    Map<?, ?> refs = yaml.get("references") instanceof Map ? (Map<?, ?>) yaml.get("references") : Map.of();
    Set<String> refTargets = keys(refs);
    refTargets.remove("tag");
    Set<String> ourRefs = names(type.refs().stream().map(RefField::targetType));
    ourRefs.remove("tag");
    if (!refTargets.equals(ourRefs)) {
      problems.add(name + " refs: yaml " + refTargets + ", generated " + ourRefs);
    }
    for (Map.Entry<?, ?> e : refs.entrySet()) {
      Optional<RefField> ref = type.refTo(String.valueOf(e.getKey()).replace('_', '-'));
      Map<?, ?> link = (Map<?, ?>) e.getValue();
      String attr = link.get("$ref") == null ? "" : String.valueOf(link.get("$ref"));
      String attrType = attr.substring(attr.lastIndexOf('/') + 1);
      if (ref.isPresent() && !attrType.equals(ref.get().attrType().orElse(""))) {
        problems.add(name + " " + e.getKey() + " attr: yaml " + attrType + ", generated "
            + ref.get().attrType());
      }
      String presence = String.valueOf(link.get("presence"));
      if (ref.isPresent() && presence.matches("[a-z-]+")
          && !presence.equals(ref.get().presence())) {
        problems.add(name + " " + e.getKey() + " presence: yaml " + presence);
      }
    }
    Map<?, ?> body = (Map<?, ?>) yaml.get("schema");
    Set<String> props = new TreeSet<>();
    if (body != null && body.get("properties") instanceof Map) {
      for (Object p : ((Map<?, ?>) body.get("properties")).keySet()) {
        props.add(YAML_CASE.getOrDefault(String.valueOf(p), String.valueOf(p)));
      }
    }
    Set<String> ourProps = type.properties().stream().map(PropertyField::wireName)
        .filter(p -> !COMMON.contains(p)).collect(Collectors.toCollection(TreeSet::new));
    if (!props.equals(ourProps)) {
      problems.add(name + " properties: yaml " + props + ", generated " + ourProps);
    }
  }

  /** Type names in lower-case underscore form, config-root left out (the YAML omits it at times). */
  private static Set<String> names(Stream<String> typeNames) {
    return typeNames.map(t -> t.replace('-', '_').toLowerCase(Locale.ROOT))
        .filter(t -> !t.equals("config_root"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> keys(Object map) {
    if (!(map instanceof Map)) {
      return new TreeSet<>();
    }
    return names(((Map<?, ?>) map).keySet().stream().map(String::valueOf));
  }

  private static Map<?, ?> load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
    }
  }
}

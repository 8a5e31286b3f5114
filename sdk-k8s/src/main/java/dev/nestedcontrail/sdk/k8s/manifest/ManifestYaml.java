package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Multi-document YAML through snakeyaml-engine: block style, no line folding, {@code ---} before
 * every document. ConfigMap values are always double-quoted; any other string a YAML 1.1 reader
 * would not read back as a string (yes, on, 0755, an empty string...) is double-quoted as well.
 */
final class ManifestYaml {
  private ManifestYaml() {}

  static String dump(List<KubernetesObject> objects) {
    DumpSettings settings = DumpSettings.builder()
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setExplicitStart(true)
        .setSplitLines(false)
        .setWidth(Integer.MAX_VALUE)
        .setIndent(2)
        .build();
    List<Object> documents = new ArrayList<>();
    for (KubernetesObject object : objects) {
      documents.add(object.kind().equals("ConfigMap") ? quoteData(object.content())
          : object.content());
    }
    return new Dump(settings, new Representer(settings)).dumpAllToString(documents.iterator());
  }

  private static Map<String, Object> quoteData(Map<String, Object> content) {
    Map<String, Object> copy = new LinkedHashMap<>(content);
    Object data = content.get("data");
    if (data instanceof Map) {
      Map<Object, Object> quoted = new LinkedHashMap<>();
      ((Map<?, ?>) data).forEach((k, v) -> quoted.put(k, new Quoted(String.valueOf(v))));
      copy.put("data", quoted);
    }
    return copy;
  }

  /** A string that is always written double-quoted. */
  private static final class Quoted {
    final String value;

    Quoted(String value) {
      this.value = value;
    }
  }

  private static final class Representer extends StandardRepresenter {
    Representer(DumpSettings settings) {
      super(settings);
      representers.put(Quoted.class,
          data -> representScalar(Tag.STR, ((Quoted) data).value, ScalarStyle.DOUBLE_QUOTED));
      representers.put(String.class, data -> {
        String text = (String) data;
        return YamlScalars.isNonString(text)
            ? representScalar(Tag.STR, text, ScalarStyle.DOUBLE_QUOTED)
            : representScalar(Tag.STR, text);
      });
    }
  }
}

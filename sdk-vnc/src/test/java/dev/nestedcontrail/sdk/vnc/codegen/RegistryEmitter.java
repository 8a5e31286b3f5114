package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.List;

/** Writes {@code VncSchema} and the codec registries. */
final class RegistryEmitter {
  private final String rootFile;

  RegistryEmitter(String rootFile) {
    this.rootFile = rootFile;
  }

  String schema(List<Schema.Resource> resources) {
    Src src = new Src(rootFile, Src.MODEL);
    src.lines("import dev.nestedcontrail.sdk.vnc.internal.schema.*;",
        "import java.util.HashMap;",
        "import java.util.List;",
        "import java.util.Locale;",
        "import java.util.Map;",
        "import java.util.Optional;", "",
        "/** The metadata of every resource type of the schema. */",
        "public final class VncSchema {");
    for (Schema.Resource r : resources) {
      src.line("  public static final ResourceType<" + r.className() + "> "
          + JavaNames.constant(r.typeName()) + " = " + r.className() + "Meta.TYPE;");
    }
    src.line("");
    src.line("  private static final List<ResourceType<?>> ALL = List.of(");
    for (int i = 0; i < resources.size(); i++) {
      src.line("      " + JavaNames.constant(resources.get(i).typeName())
          + (i + 1 < resources.size() ? "," : ");"));
    }
    return src.lines("",
        "  private static final Map<String, ResourceType<?>> BY_NAME = index();",
        "",
        "  private VncSchema() {}",
        "",
        "  /** Every resource type, sorted by type name. */",
        "  public static List<ResourceType<?>> all() {",
        "    return ALL;",
        "  }",
        "",
        "  /**",
        "   * The type with this name in hyphen or underscore form ({@code virtual-DNS},",
        "   * {@code virtual_DNS}); case is ignored when the exact name is unknown.",
        "   */",
        "  public static Optional<ResourceType<?>> find(String typeName) {",
        "    String hyphen = typeName.replace('_', '-');",
        "    ResourceType<?> exact = BY_NAME.get(hyphen);",
        "    return Optional.ofNullable(exact != null ? exact : BY_NAME.get(hyphen.toLowerCase(Locale.ROOT)));",
        "  }",
        "",
        "  private static Map<String, ResourceType<?>> index() {",
        "    Map<String, ResourceType<?>> map = new HashMap<>();",
        "    for (ResourceType<?> type : ALL) {",
        "      map.put(type.typeName(), type);",
        "      map.putIfAbsent(type.typeName().toLowerCase(Locale.ROOT), type);",
        "    }",
        "    return Map.copyOf(map);",
        "  }",
        "}").toString();
  }

  String resourceCodecs(List<Schema.Resource> resources) {
    Src src = codecsHeader("ResourceCodecs", "The codec of every resource type, by type name.",
        "Map<String, Codec<? extends VncResource>>");
    for (int i = 0; i < resources.size(); i++) {
      String cls = resources.get(i).className();
      src.line("        Map.entry(" + Src.lit(resources.get(i).typeName()) + ", Codec.of(" + cls
          + ".class, " + cls + "Codec::read, " + cls + "Codec::write))"
          + (i + 1 < resources.size() ? "," : ");"));
    }
    return footer(src);
  }

  String valueCodecs(List<String> classes) {
    Src src = codecsHeader("ValueCodecs", "The codec of every complex-type value class.",
        "Map<Class<?>, Codec<?>>");
    for (int i = 0; i < classes.size(); i++) {
      String cls = classes.get(i);
      src.line("        Map.entry(" + cls + ".class, Codec.of(" + cls + ".class, " + cls
          + "Codec::read, " + cls + "Codec::write))" + (i + 1 < classes.size() ? "," : ");"));
    }
    return footer(src);
  }

  private Src codecsHeader(String cls, String doc, String mapType) {
    Src src = new Src(rootFile, Src.CODECS);
    return src.lines("import dev.nestedcontrail.sdk.vnc.internal.json.Codec;",
        "import dev.nestedcontrail.sdk.vnc.model.*;",
        "import java.util.Map;", "",
        "/** " + doc + " */",
        "public final class " + cls + " {",
        "  private " + cls + "() {}", "",
        "  public static " + mapType + " all() {",
        "    return Map.ofEntries(");
  }

  private static String footer(Src src) {
    return src.lines("  }", "}").toString();
  }
}

package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the metadata class of one resource type ({@code VirtualNetworkMeta.TYPE}). */
final class MetaEmitter {
  private final Schema schema;
  private final Fields fields;

  MetaEmitter(Schema schema, Fields fields) {
    this.schema = schema;
    this.fields = fields;
  }

  String emit(Schema.Resource r) {
    String cls = r.className();
    Src src = new Src(schema.rootFile(), Src.META);
    src.lines("import static dev.nestedcontrail.sdk.vnc.internal.schema.MetaSupport.*;", "",
        "import dev.nestedcontrail.sdk.vnc.model.*;",
        "import java.util.List;", "",
        "/** The metadata of {@code " + r.typeName() + "}. */",
        "public final class " + cls + "Meta {",
        "  public static final ResourceType<" + cls + "> TYPE = ResourceType.<" + cls + ">builder()",
        "      .typeName(" + Src.lit(r.typeName()) + ")",
        "      .javaClass(" + cls + ".class)",
        "      .parentTypes(List.of(" + r.parents().stream().map(Src::lit)
            .collect(Collectors.joining(", ")) + "))");
    List<Schema.Prop> props = new ArrayList<>(schema.commonProps());
    props.addAll(r.props());
    list(src, "properties", props.stream().map(this::prop).toList());
    List<Schema.Link> refs = new ArrayList<>(schema.commonRefs());
    refs.addAll(r.refs());
    list(src, "refs", refs.stream().map(this::ref).toList());
    list(src, "children", r.children().stream().map(l -> "child(" + Src.lit(l.childField()) + ", "
        + Src.lit(l.name()) + ", " + Src.lit(l.to()) + ", " + Src.lit(l.presence()) + ", "
        + Src.lit(l.operations()) + ", " + l.derived() + ")").toList());
    list(src, "backRefs", r.backRefs().stream().map(l -> "backRef(" + Src.lit(l.backRefField())
        + ", " + Src.lit(l.name()) + ", " + Src.lit(l.from()) + ", " + attr(l) + ")").toList());
    return src.lines("      .build();", "",
        "  private " + cls + "Meta() {}",
        "}").toString();
  }

  private static void list(Src src, String method, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    src.line("      ." + method + "(List.of(");
    for (int i = 0; i < items.size(); i++) {
      src.line("          " + items.get(i) + (i + 1 < items.size() ? "," : "))"));
    }
  }

  private String prop(Schema.Prop p) {
    String javaType = fields.mapper().map(p.xsdType()).metaClass();
    String head = Src.lit(p.wireName()) + ", PropertyKind." + p.kind() + ", "
        + Src.lit(p.xsdType()) + ", " + javaType + ", " + Src.lit(p.presence()) + ", "
        + Src.lit(p.operations());
    if (p.member().isEmpty()) {
      return "prop(" + head + ")";
    }
    return "collection(" + head + ", " + Src.lit(p.member()) + ", "
        + (p.mapKey().isEmpty() ? "null" : Src.lit(JavaNames.wire(p.mapKey()))) + ")";
  }

  private String ref(Schema.Link l) {
    return "ref(" + Src.lit(l.refField()) + ", " + Src.lit(l.name()) + ", " + Src.lit(l.to())
        + ", " + attr(l) + ", " + Src.lit(l.presence()) + ", " + Src.lit(l.operations()) + ", "
        + l.derived() + ")";
  }

  private String attr(Schema.Link l) {
    if (l.dataType().isEmpty()) {
      return "null, null";
    }
    return Src.lit(l.dataType()) + ", " + fields.mapper().map(l.dataType()).metaClass();
  }
}

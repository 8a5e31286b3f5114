package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.List;

/** Writes the immutable value classes: complex types, resources and {@code VncResource}. */
final class ValueEmitter {
  private final String rootFile;

  ValueEmitter(String rootFile) {
    this.rootFile = rootFile;
  }

  String complex(String cls, String xsdName, List<FieldSpec> fields) {
    Src src = header(fields);
    src.lines("/** The XSD complex type {@code " + xsdName + "}. */",
        "@Value.Immutable", "public abstract class " + cls + " {");
    fields.forEach(f -> f.accessor(src, "public abstract "));
    unknownFields(src, "public abstract ");
    builder(src, cls, "");
    return src.line("}").toString();
  }

  String resource(Schema.Resource r, List<FieldSpec> own) {
    String cls = r.className();
    Src src = header(own);
    src.lines("/** The resource type {@code " + r.typeName() + "}. */",
        "@Value.Immutable(copy = false)",
        "public abstract class " + cls + " implements VncResource {");
    own.forEach(f -> f.accessor(src, "public abstract "));
    src.lines("  @Override",
        "  public final ResourceType<" + cls + "> resourceType() {",
        "    return VncSchema." + JavaNames.constant(r.typeName()) + ";",
        "  }",
        "");
    builder(src, cls, " implements VncResourceBuilder");
    return src.line("}").toString();
  }

  String resourceInterface(List<FieldSpec> fields) {
    Src src = header(fields);
    src.lines("/**",
        " * The members every resource has: identity, and what the schema gives all types.",
        " */",
        "public interface VncResource {");
    fields.forEach(f -> f.accessor(src, ""));
    unknownFields(src, "");
    src.lines("  /** The metadata of this object's type. */", "  ResourceType<?> resourceType();");
    return src.line("}").toString();
  }

  String builderInterface(List<FieldSpec> fields) {
    Src src = new Src(rootFile, Src.MODEL);
    src.lines("import java.util.Map;", "",
        "/** The setters of the members every resource has, shared by all resource builders. */",
        "public interface VncResourceBuilder {");
    fields.forEach(f -> f.builderSetter(src));
    src.line("  VncResourceBuilder unknownFields(Map<String, ? extends String> entries);");
    return src.line("}").toString();
  }

  private Src header(List<FieldSpec> fields) {
    Src src = new Src(rootFile, Src.MODEL);
    if (fields.stream().anyMatch(FieldSpec::list)) {
      src.line("import java.util.List;");
    }
    src.line("import java.util.Map;");
    if (fields.stream().anyMatch(f -> !f.list())) {
      src.line("import java.util.Optional;");
    }
    return src.lines("import org.immutables.value.Value;", "");
  }

  private static void unknownFields(Src src, String modifiers) {
    src.lines("  /** JSON members this model does not know: name to value as JSON text, in order. */",
        "  " + modifiers + "Map<String, String> unknownFields();", "");
  }

  private static void builder(Src src, String cls, String implementsClause) {
    src.lines("  public static Builder builder() {",
        "    return new Builder();",
        "  }",
        "",
        "  public static final class Builder extends Immutable" + cls + ".Builder"
            + implementsClause + " {}");
  }
}

package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.List;

/** Writes the streaming JSON codecs: one per value class, and the shared resource part. */
final class CodecEmitter {
  private final String rootFile;

  CodecEmitter(String rootFile) {
    this.rootFile = rootFile;
  }

  /** The codec of a complex type ({@code resource} false) or of a resource type's own fields. */
  String emit(String cls, List<FieldSpec> fields, boolean resource) {
    Src src = header(fields);
    src.lines("/** Reads and writes {@link " + cls + "} as JSON. */",
        "public final class " + cls + "Codec {",
        "  private " + cls + "Codec() {}",
        "",
        "  public static " + cls + " read(JsonReader in) throws IOException {",
        "    " + cls + ".Builder b = " + cls + ".builder();",
        "    Map<String, String> unknown = JsonSupport.readObject(in, name -> {");
    cases(src, fields, resource ? "VncResourceCodec.readCommon(in, name, b)" : "false");
    src.lines("    });",
        "    return b.unknownFields(unknown).build();",
        "  }",
        "",
        "  public static void write(JsonWriter out, " + cls + " v) throws IOException {",
        "    out.beginObject();");
    if (resource) {
      src.line("    VncResourceCodec.writeCommon(out, v);");
    }
    fields.forEach(f -> f.write(src));
    return src.lines("    JsonSupport.writeUnknown(out, v.unknownFields());",
        "    out.endObject();",
        "  }",
        "}").toString();
  }

  /** The members every resource has, read through {@code VncResourceBuilder}. */
  String common(List<FieldSpec> fields) {
    Src src = header(fields);
    src.lines("/** Reads and writes the members every resource has. */",
        "public final class VncResourceCodec {",
        "  private VncResourceCodec() {}",
        "",
        "  /** Reads member {@code name} into {@code b}; false when it is not a common member. */",
        "  public static boolean readCommon(JsonReader in, String name, VncResourceBuilder b)",
        "      throws IOException {");
    cases(src, fields, "false");
    src.lines("  }",
        "",
        "  public static void writeCommon(JsonWriter out, VncResource v) throws IOException {");
    fields.forEach(f -> f.write(src));
    return src.lines("  }", "}").toString();
  }

  private static void cases(Src src, List<FieldSpec> fields, String fallback) {
    src.line("      switch (name) {");
    fields.forEach(f -> f.readCase(src));
    src.lines("        default:", "          return " + fallback + ";", "      }");
  }

  private Src header(List<FieldSpec> fields) {
    Src src = new Src(rootFile, Src.CODECS);
    src.lines("import com.squareup.moshi.JsonReader;",
        "import com.squareup.moshi.JsonWriter;",
        "import dev.nestedcontrail.sdk.vnc.internal.json.JsonSupport;");
    if (fields.stream().anyMatch(f -> f.type().java().startsWith("Reference<"))) {
      src.line("import dev.nestedcontrail.sdk.vnc.internal.json.ReferenceCodec;");
    }
    return src.lines("import dev.nestedcontrail.sdk.vnc.model.*;",
        "import java.io.IOException;",
        "import java.util.Map;",
        "");
  }
}

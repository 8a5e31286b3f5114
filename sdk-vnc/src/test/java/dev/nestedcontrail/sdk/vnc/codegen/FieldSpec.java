package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One JSON member of a generated value: its wire name, Java accessor and type. */
record FieldSpec(String wire, String member, JType type, boolean list, String doc) {
  static FieldSpec of(String wire, JType type, boolean list) {
    return of(wire, type, list, "");
  }

  static FieldSpec of(String wire, JType type, boolean list, String doc) {
    return new FieldSpec(wire, JavaNames.member(wire), type, list, doc);
  }

  String javaType() {
    return (list ? "List<" : "Optional<") + type.java() + ">";
  }

  void accessor(Src src, String modifiers) {
    String text = doc.isBlank() ? "." : ": " + Javadoc.escape(doc);
    Javadoc.write(src, "{@code " + wire + "}" + text);
    src.line("  " + modifiers + javaType() + " " + member + "();");
    src.line("");
  }

  void readCase(Src src) {
    src.line("        case " + Src.lit(wire) + ":");
    if (list) {
      src.line("          b." + member + "(JsonSupport.readList(in, " + type.reader() + "));");
    } else {
      src.line("          if (!JsonSupport.skipNull(in)) {");
      src.line("            b." + member + "(" + type.readCall() + ");");
      src.line("          }");
    }
    src.line("          return true;");
  }

  /** The builder setter this field gets in {@code VncResourceBuilder}. */
  void builderSetter(Src src) {
    String single = type.java().equals("Long") ? "long"
        : type.java().equals("Boolean") ? "boolean" : type.java();
    String param = list ? "Iterable<" + (type.java().equals("String") ? "" : "? extends ")
        + type.java() + "> elements" : single + " value";
    src.line("  VncResourceBuilder " + member + "(" + param + ");");
    src.line("");
  }

  void write(Src src) {
    String method = list ? "writeList" : "writeOptional";
    src.line("    JsonSupport." + method + "(out, " + Src.lit(wire) + ", v." + member + "(), "
        + type.writer() + ");");
  }

  /** Fails when two fields share a wire name or a Java name. */
  static void checkUnique(String owner, List<FieldSpec> fields) {
    Set<String> seen = new HashSet<>();
    for (FieldSpec f : fields) {
      if (!seen.add("w:" + f.wire()) || !seen.add("j:" + f.member())) {
        throw new IllegalStateException(owner + ": duplicate field " + f.wire());
      }
    }
  }
}

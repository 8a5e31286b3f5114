package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes an open enumeration class for a string simple type with enumeration values. */
final class EnumEmitter {
  private final String rootFile;

  EnumEmitter(String rootFile) {
    this.rootFile = rootFile;
  }

  String emit(String cls, XsdTypes.SimpleType type) {
    Src src = new Src(rootFile, Src.MODEL);
    src.lines("import java.util.List;", "",
        "/** The XSD enumeration {@code " + type.name() + "}; unknown values are kept. */",
        "public final class " + cls + " extends OpenEnum {");
    List<String> constants = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String value : type.enumValues()) {
      if (seen.contains(value)) {
        continue;
      }
      seen.add(value);
      String name = JavaNames.enumConstant(value);
      while (constants.contains(name)) {
        name = name + "_";
      }
      constants.add(name);
      src.line("  public static final " + cls + " " + name + " = new " + cls + "("
          + Src.lit(value) + ", true);");
    }
    src.line("");
    src.line("  private static final List<" + cls + "> KNOWN = List.of(" + String.join(", ", constants) + ");");
    return src.lines("",
        "  private " + cls + "(String value, boolean known) {",
        "    super(value, known);",
        "  }",
        "",
        "  /** The constant with this wire value, or an unknown value that is kept as it is. */",
        "  public static " + cls + " of(String value) {",
        "    return lookup(KNOWN, value, v -> new " + cls + "(v, false));",
        "  }",
        "",
        "  /** The values the schema lists, in schema order. */",
        "  public static List<" + cls + "> knownValues() {",
        "    return KNOWN;",
        "  }",
        "}").toString();
  }
}

package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.Locale;
import java.util.Set;

/** Java names for schema names. Wire names are never derived back from these. */
final class JavaNames {
  private static final Set<String> RESERVED = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "record",
      "yield", "build", "from", "builder", "of", "hashCode", "equals", "toString", "getClass",
      "unknownFields", "resourceType");

  private JavaNames() {}

  /** {@code virtual-DNS} to {@code VirtualDns}. */
  static String className(String typeName) {
    StringBuilder sb = new StringBuilder();
    for (String part : typeName.split("[-_]")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0)))
            .append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  /** An XSD type name as a Java class name (kept, first letter upper case). */
  static String typeClass(String xsdName) {
    return Character.toUpperCase(xsdName.charAt(0)) + xsdName.substring(1);
  }

  /** {@code ip_fabric_DNS_service_name} to {@code ipFabricDnsServiceName}. */
  static String member(String wireName) {
    String cls = className(wireName);
    String name = Character.toLowerCase(cls.charAt(0)) + cls.substring(1);
    return RESERVED.contains(name) ? name + "Value" : name;
  }

  /** {@code virtual-DNS} to {@code VIRTUAL_DNS}. */
  static String constant(String typeName) {
    return typeName.replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** An enumeration value as a constant name: {@code <>} to {@code LT_GT}, {@code 10G} to {@code _10G}. */
  static String enumConstant(String value) {
    StringBuilder sb = new StringBuilder();
    for (char c : value.toCharArray()) {
      String word = symbol(c);
      if (word != null) {
        sb.append('_').append(word).append('_');
      } else if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      } else {
        sb.append('_');
      }
    }
    String name = sb.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    if (name.isEmpty()) {
      return "EMPTY";
    }
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  private static String symbol(char c) {
    switch (c) {
      case '<':
        return "LT";
      case '>':
        return "GT";
      case '=':
        return "EQ";
      case '!':
        return "NOT";
      case '*':
        return "ANY";
      default:
        return null;
    }
  }

  /** A schema element name as a JSON member name: {@code ip-prefix} to {@code ip_prefix}. */
  static String wire(String elementName) {
    return elementName.replace('-', '_');
  }
}

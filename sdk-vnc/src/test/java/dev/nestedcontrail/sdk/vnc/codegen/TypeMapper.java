package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.Map;

/** Maps XSD type names to model Java types. */
final class TypeMapper {
  private static final JType STRING = JType.scalar("String", "String");
  private static final JType LONG = JType.scalar("Long", "Long");
  private static final JType BOOLEAN = JType.scalar("Boolean", "Boolean");
  private static final JType UNSIGNED_LONG = JType.scalar("java.math.BigInteger", "BigInteger");
  private static final Map<String, JType> BUILT_IN = Map.ofEntries(
      Map.entry("integer", LONG), Map.entry("int", LONG), Map.entry("long", LONG),
      Map.entry("short", LONG), Map.entry("byte", LONG), Map.entry("unsignedInt", LONG),
      Map.entry("unsignedShort", LONG), Map.entry("unsignedByte", LONG),
      Map.entry("nonNegativeInteger", LONG), Map.entry("positiveInteger", LONG),
      Map.entry("unsignedLong", UNSIGNED_LONG), Map.entry("boolean", BOOLEAN));

  private final XsdTypes types;

  TypeMapper(XsdTypes types) {
    this.types = types;
  }

  /** The Java type of a value of this XSD type; unknown and string-like types map to String. */
  JType map(String xsdType) {
    String local = xsdType.substring(xsdType.indexOf(':') + 1);
    boolean builtIn = xsdType.startsWith("xsd:");
    if (!builtIn && types.complexTypes.containsKey(local)) {
      return JType.complex(JavaNames.typeClass(local));
    }
    if (!builtIn && types.simpleTypes.containsKey(local)) {
      XsdTypes.SimpleType simple = types.simpleTypes.get(local);
      if (!simple.enumValues().isEmpty() && isString(simple.base())) {
        return JType.enumeration(JavaNames.typeClass(local));
      }
      return "union".equals(simple.base()) ? STRING : map(simple.base());
    }
    return BUILT_IN.getOrDefault(local, STRING);
  }

  boolean isComplex(String xsdType) {
    return !xsdType.startsWith("xsd:")
        && types.complexTypes.containsKey(xsdType.substring(xsdType.indexOf(':') + 1));
  }

  static boolean isString(String base) {
    return base.endsWith(":string") || base.equals("string");
  }
}

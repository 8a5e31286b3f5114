package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.List;
import java.util.Locale;

/** Writes {@code VncResourceAccessors}: one typed accessor per resource type for the client. */
final class AccessorEmitter {
  static final String CLIENT = "dev.nestedcontrail.sdk.vnc";

  private final String rootFile;

  AccessorEmitter(String rootFile) {
    this.rootFile = rootFile;
  }

  String emit(List<Schema.Resource> resources) {
    Src src = new Src(rootFile, CLIENT);
    src.lines("import dev.nestedcontrail.sdk.vnc.model.*;", "",
        "/**",
        " * One accessor per resource type of the schema, e.g. {@code virtualNetworks()}; each returns",
        " * {@link #resources(ResourceType)} of that type. {@link VncClient} is the only subclass.",
        " */",
        "public abstract class VncResourceAccessors {",
        "  VncResourceAccessors() {}", "",
        "  /** The operations on one resource type. */",
        "  public abstract <T extends VncResource> ResourceOperations<T> resources(ResourceType<T> type);");
    for (Schema.Resource r : resources) {
      src.lines("",
          "  /** The operations on {@code " + r.typeName() + "}. */",
          "  public final ResourceOperations<" + r.className() + "> " + accessor(r.className()) + "() {",
          "    return resources(VncSchema." + JavaNames.constant(r.typeName()) + ");",
          "  }");
    }
    return src.line("}").toString();
  }

  /** The lower-camel English plural of a class name: {@code NetworkPolicy} to {@code networkPolicies}. */
  static String accessor(String className) {
    String lower = Character.toLowerCase(className.charAt(0)) + className.substring(1);
    String last = lower.substring(lower.length() - 1).toLowerCase(Locale.ROOT);
    if (last.equals("y") && !"aeiou".contains(lower.substring(lower.length() - 2, lower.length() - 1))) {
      return lower.substring(0, lower.length() - 1) + "ies";
    }
    if (last.equals("s") || last.equals("x") || lower.endsWith("sh") || lower.endsWith("ch")) {
      return lower + "es";
    }
    return lower + "s";
  }
}

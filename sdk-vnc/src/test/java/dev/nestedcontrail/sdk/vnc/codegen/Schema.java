package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.List;
import java.util.SortedMap;

/**
 * The data model the generator writes: resource types (sorted by type name) with everything
 * attached to them, the properties and refs every type has ({@code 'all'}), and the XSD types.
 */
record Schema(
    SortedMap<String, Resource> resources,
    List<Prop> commonProps,
    List<Link> commonRefs,
    XsdTypes types,
    String rootFile) {

  /** A {@code Link} statement; {@code dataType} is empty when the link carries no data. */
  record Link(String name, String from, String to, boolean has, boolean derived, String dataType,
      String presence, String operations, String doc) {
    String refField() {
      return JavaNames.wire(to) + "_refs";
    }

    String childField() {
      return JavaNames.wire(to) + "s";
    }

    String backRefField() {
      return JavaNames.wire(from) + "_back_refs";
    }
  }

  /** A property; kind is SIMPLE, COMPLEX, LIST or MAP; member and mapKey only for LIST/MAP. */
  record Prop(String wireName, String kind, String xsdType, String member, String mapKey,
      String presence, String operations, String doc) {}

  record Resource(String typeName, List<String> parents, List<Prop> props, List<Link> refs,
      List<Link> children, List<Link> backRefs) {
    String className() {
      return JavaNames.className(typeName);
    }
  }
}

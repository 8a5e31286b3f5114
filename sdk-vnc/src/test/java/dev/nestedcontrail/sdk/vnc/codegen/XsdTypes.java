package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the XSD structure declares: simple types, complex types with their fields, top-level
 * elements with their types, and the text of every {@code #IFMAP-SEMANTICS-IDL} comment, all in
 * document order (the first declaration of a name wins).
 */
final class XsdTypes {
  static final String IDL_MARK = "#IFMAP-SEMANTICS-IDL";

  /** A simple type: its restriction base ("union" for unions) and enumeration values. */
  record SimpleType(String name, String base, List<String> enumValues) {}

  /** A field of a complex type: its element name, XSD type, list-ness and required flag. */
  record Field(String wireName, String xsdType, boolean list, boolean required, String doc) {}

  record ComplexType(String name, List<Field> fields) {}

  final Map<String, SimpleType> simpleTypes = new LinkedHashMap<>();
  final Map<String, ComplexType> complexTypes = new LinkedHashMap<>();
  final Map<String, String> elements = new LinkedHashMap<>();
  final List<String> idlComments = new ArrayList<>();

  static XsdTypes of(List<Document> documents) {
    XsdTypes types = new XsdTypes();
    for (Document doc : documents) {
      types.collectComments(doc.getDocumentElement());
      for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element) {
          types.topLevel((Element) n);
        }
      }
    }
    return types;
  }

  private void collectComments(Node node) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Comment && ((Comment) n).getData().contains(IDL_MARK)) {
        String data = ((Comment) n).getData();
        idlComments.add(data.substring(data.indexOf(IDL_MARK) + IDL_MARK.length()));
      } else if (n instanceof Element) {
        collectComments(n);
      }
    }
  }

  private void topLevel(Element e) {
    String name = e.getAttribute("name");
    switch (e.getTagName()) {
      case "xsd:simpleType":
        simpleTypes.putIfAbsent(name, simpleType(name, e));
        break;
      case "xsd:complexType":
        complexTypes.putIfAbsent(name, new ComplexType(name, fields(e)));
        break;
      case "xsd:element":
        elements.putIfAbsent(name, e.getAttribute("type"));
        break;
      default:
        break;
    }
  }

  private static SimpleType simpleType(String name, Element e) {
    if (e.getElementsByTagName("xsd:union").getLength() > 0) {
      return new SimpleType(name, "union", List.of());
    }
    NodeList restrictions = e.getElementsByTagName("xsd:restriction");
    if (restrictions.getLength() == 0) {
      return new SimpleType(name, "xsd:string", List.of());
    }
    Element restriction = (Element) restrictions.item(0);
    List<String> values = new ArrayList<>();
    for (Node n = restriction.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().endsWith("enumeration")) {
        values.add(((Element) n).getAttribute("value"));
      }
    }
    return new SimpleType(name, restriction.getAttribute("base"), values);
  }

  /** The {@code description} attribute, or {@code description_1}, {@code description_2}... */
  private static String description(Element e) {
    StringBuilder sb = new StringBuilder(e.getAttribute("description"));
    for (int i = 1; e.hasAttribute("description_" + i); i++) {
      sb.append(' ').append(e.getAttribute("description_" + i));
    }
    return sb.toString();
  }

  /** Every element below the complex type (through all/sequence/choice), in order. */
  private static List<Field> fields(Element complexType) {
    List<Field> out = new ArrayList<>();
    NodeList elements = complexType.getElementsByTagName("xsd:element");
    for (int i = 0; i < elements.getLength(); i++) {
      Element e = (Element) elements.item(i);
      String type = e.getAttribute("type");
      boolean list = "unbounded".equals(e.getAttribute("maxOccurs"));
      boolean required = "true".equals(e.getAttribute("required"));
      out.add(new Field(e.getAttribute("name"), type, list, required, description(e)));
    }
    return out;
  }
}

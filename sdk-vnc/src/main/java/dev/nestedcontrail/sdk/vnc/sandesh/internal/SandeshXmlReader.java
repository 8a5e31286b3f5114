package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads what {@link SandeshXmlWriter} writes (and what pysandesh and the C++ library write): the
 * header struct followed by one sandesh element. DTDs and external entities are refused.
 */
public final class SandeshXmlReader {

  private static final String ROOT = "sandesh-frame";
  private final XMLInputFactory factory;

  public SandeshXmlReader() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
  }

  /**
   * Parses one message.
   *
   * @throws IOException when the text is not a Sandesh message, naming what is wrong
   */
  public SandeshMessage read(String xml) throws IOException {
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(new StringReader("<" + ROOT + ">" + xml + "</" + ROOT + ">"));
      r.nextTag();
      expectStart(r, "root");
      expectStart(next(r), "header");
      SandeshHeader header = SandeshHeader.fromStruct(readStruct(r));
      expectStart(next(r), "sandesh");
      String name = r.getLocalName();
      if (!"sandesh".equals(r.getAttributeValue(null, "type"))) {
        throw new IOException("<" + name + "> after the header lacks type=\"sandesh\"");
      }
      SandeshStruct body = SandeshStruct.of(name, readFields(r));
      if (next(r).getEventType() != XMLStreamConstants.END_ELEMENT || !ROOT.equals(r.getLocalName())) {
        throw new IOException("more than one sandesh after the header: <" + r.getLocalName() + ">");
      }
      return SandeshMessage.of(header, body);
    } catch (XMLStreamException e) {
      throw new IOException("not well-formed Sandesh XML: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException("invalid Sandesh message: " + e.getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // a StringReader holds no resource
        }
      }
    }
  }

  private static XMLStreamReader next(XMLStreamReader r) throws XMLStreamException {
    r.nextTag();
    return r;
  }

  private static void expectStart(XMLStreamReader r, String what) throws IOException {
    if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
      throw new IOException("expected the " + what + " element but the message ended");
    }
  }

  /** At a struct's start tag: reads it up to and including its end tag. */
  private static SandeshStruct readStruct(XMLStreamReader r) throws XMLStreamException, IOException {
    String name = r.getLocalName();
    return SandeshStruct.of(name, readFields(r));
  }

  /** Reads fields until the end tag of the enclosing element. */
  private static List<SandeshField> readFields(XMLStreamReader r) throws XMLStreamException, IOException {
    List<SandeshField> fields = new ArrayList<>();
    while (next(r).getEventType() == XMLStreamConstants.START_ELEMENT) {
      fields.add(readField(r));
    }
    return fields;
  }

  private static SandeshField readField(XMLStreamReader r) throws XMLStreamException, IOException {
    String name = r.getLocalName();
    WireType type = null;
    Integer id = null;
    Map<String, String> annotations = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String attr = r.getAttributeLocalName(i);
      String value = r.getAttributeValue(i);
      if ("type".equals(attr)) {
        type = WireType.fromWire(value)
            .orElseThrow(() -> new IOException("field " + name + ": unknown type '" + value + "'"));
      } else if ("identifier".equals(attr)) {
        id = parseInt(value, "field " + name + " identifier");
      } else {
        annotations.put(attr, value);
      }
    }
    if (type == null || id == null || type == WireType.SANDESH) {
      throw new IOException("field " + name + ": needs type and identifier attributes");
    }
    Object value;
    if (type.scalar()) {
      value = r.getElementText();
    } else {
      expectStart(next(r), "value of field " + name);
      value = type == WireType.STRUCT ? readStruct(r) : readContainer(r, type);
      if (next(r).getEventType() != XMLStreamConstants.END_ELEMENT) {
        throw new IOException("field " + name + ": more than one value");
      }
    }
    return SandeshField.builder().name(name).type(type).id(id).annotations(annotations).value(value).build();
  }

  private static SandeshContainer readContainer(XMLStreamReader r, WireType kind)
      throws XMLStreamException, IOException {
    String tag = r.getLocalName();
    if (!tag.equals(kind.wireName())) {
      throw new IOException("expected <" + kind.wireName() + "> but got <" + tag + ">");
    }
    boolean map = kind == WireType.MAP;
    WireType elementType = attributeType(r, map ? "key" : "type");
    WireType valueType = map ? attributeType(r, "value") : null;
    int size = parseInt(r.getAttributeValue(null, "size"), "<" + tag + "> size");
    List<Object> elements = new ArrayList<>();
    while (next(r).getEventType() == XMLStreamConstants.START_ELEMENT) {
      WireType t = map && elements.size() % 2 == 1 ? valueType : elementType;
      if (t.scalar()) {
        if (!"element".equals(r.getLocalName())) {
          throw new IOException("<" + tag + "> of " + t.wireName() + " holds <" + r.getLocalName() + ">");
        }
        elements.add(r.getElementText());
      } else if (t == WireType.STRUCT) {
        elements.add(readStruct(r));
      } else {
        elements.add(readContainer(r, t));
      }
    }
    SandeshContainer.Builder b = SandeshContainer.builder();
    b.kind(kind).elementType(elementType).addAllElements(elements);
    if (valueType != null) {
      b.valueType(valueType);
    }
    SandeshContainer container = b.build();
    if (container.size() != size || (map && elements.size() % 2 != 0)) {
      throw new IOException("<" + tag + "> says size=\"" + size + "\" but holds " + container.size());
    }
    return container;
  }

  private static WireType attributeType(XMLStreamReader r, String attribute) throws IOException {
    String value = r.getAttributeValue(null, attribute);
    if (value == null) {
      throw new IOException("<" + r.getLocalName() + "> lacks the " + attribute + " attribute");
    }
    return WireType.fromWire(value)
        .orElseThrow(() -> new IOException("<" + r.getLocalName() + "> " + attribute + ": unknown type '" + value + "'"));
  }

  private static int parseInt(String text, String what) throws IOException {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IOException(what + ": '" + text + "' is not a number", e);
    }
  }
}

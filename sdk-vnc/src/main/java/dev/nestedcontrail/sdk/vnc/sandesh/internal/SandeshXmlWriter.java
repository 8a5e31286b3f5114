package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import java.util.Map;

/**
 * Writes a message the way Sandesh's XML protocol ({@code TXMLProtocol}) does: the header struct,
 * then {@code <Name type="sandesh">} with one element per set field. Strings escape {@code & < > '};
 * {@code xml} fields are wrapped in CDATA.
 */
public final class SandeshXmlWriter {

  private SandeshXmlWriter() {}

  public static String write(SandeshMessage message) {
    StringBuilder sb = new StringBuilder(512);
    writeStruct(sb, message.header().toStruct());
    SandeshStruct body = message.body();
    sb.append('<').append(body.name()).append(" type=\"sandesh\">");
    writeFields(sb, body);
    sb.append("</").append(body.name()).append('>');
    return sb.toString();
  }

  private static void writeStruct(StringBuilder sb, SandeshStruct struct) {
    sb.append('<').append(struct.name()).append('>');
    writeFields(sb, struct);
    sb.append("</").append(struct.name()).append('>');
  }

  private static void writeFields(StringBuilder sb, SandeshStruct struct) {
    for (SandeshField f : struct.fields()) {
      sb.append('<').append(f.name()).append(" type=\"").append(f.type().wireName())
          .append("\" identifier=\"").append(f.id()).append('"');
      for (Map.Entry<String, String> a : f.annotations().entrySet()) {
        sb.append(' ').append(a.getKey()).append("=\"").append(escapeAttribute(a.getValue())).append('"');
      }
      sb.append('>');
      writeValue(sb, f.type(), f.value());
      sb.append("</").append(f.name()).append('>');
    }
  }

  private static void writeValue(StringBuilder sb, WireType type, Object value) {
    if (value instanceof SandeshStruct) {
      writeStruct(sb, (SandeshStruct) value);
    } else if (value instanceof SandeshContainer) {
      writeContainer(sb, (SandeshContainer) value);
    } else if (type == WireType.XML) {
      sb.append("<![CDATA[").append(((String) value).replace("]]>", "]]]]><![CDATA[>")).append("]]>");
    } else {
      sb.append(escapeText((String) value));
    }
  }

  private static void writeContainer(StringBuilder sb, SandeshContainer c) {
    String tag = c.kind().wireName();
    sb.append('<').append(tag);
    if (c.kind() == WireType.MAP) {
      sb.append(" key=\"").append(c.elementType().wireName()).append("\" value=\"")
          .append(c.valueType().orElseThrow().wireName()).append('"');
    } else {
      sb.append(" type=\"").append(c.elementType().wireName()).append('"');
    }
    sb.append(" size=\"").append(c.size()).append("\">");
    for (int i = 0; i < c.elements().size(); i++) {
      WireType t = c.kind() == WireType.MAP && i % 2 == 1 ? c.valueType().orElseThrow() : c.elementType();
      Object e = c.elements().get(i);
      if (t.scalar()) {
        sb.append("<element>");
        writeValue(sb, t, e);
        sb.append("</element>");
      } else {
        writeValue(sb, t, e);
      }
    }
    sb.append("</").append(tag).append('>');
  }

  /** Escapes text as pysandesh's {@code writeString} does. */
  static String escapeText(String text) {
    return text.replace("&", "&amp;").replace("'", "&apos;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String escapeAttribute(String text) {
    return escapeText(text).replace("\"", "&quot;");
  }
}

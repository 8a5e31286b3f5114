package dev.nestedcontrail.sdk.k8s.client.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Just enough DER to turn PKCS#1 and SEC1 private keys into PKCS#8. */
final class Der {
  static final int INTEGER = 0x02;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;
  /** Context-specific constructed tag [0], which holds the curve OID in SEC1. */
  static final int CONTEXT_0 = 0xa0;

  /** One tag-length-value element: {@code content} is the value bytes. */
  record Element(int tag, byte[] content, byte[] encoded) {}

  private Der() {}

  /** The elements directly inside {@code data}, in order. */
  static List<Element> children(byte[] data) {
    List<Element> result = new ArrayList<>();
    int pos = 0;
    while (pos < data.length) {
      if (data.length - pos < 2) {
        throw new IllegalArgumentException("truncated DER element at offset " + pos);
      }
      int start = pos;
      int tag = data[pos++] & 0xff;
      int length = data[pos++] & 0xff;
      if (length >= 0x80) {
        int octets = length & 0x7f;
        if (octets == 0 || octets > 4 || pos + octets > data.length) {
          throw new IllegalArgumentException("unsupported DER length at offset " + start);
        }
        length = 0;
        for (int i = 0; i < octets; i++) {
          length = (length << 8) | (data[pos++] & 0xff);
        }
      }
      if (length < 0 || pos + length > data.length) {
        throw new IllegalArgumentException("DER element at offset " + start + " overruns the data");
      }
      result.add(new Element(tag, Arrays.copyOfRange(data, pos, pos + length),
          Arrays.copyOfRange(data, start, pos + length)));
      pos += length;
    }
    return result;
  }

  /** The single element that {@code data} holds, which must have the given tag. */
  static Element single(byte[] data, int tag, String what) {
    List<Element> elements = children(data);
    if (elements.size() != 1 || elements.get(0).tag() != tag) {
      throw new IllegalArgumentException(what + " is not a DER element with tag 0x"
          + Integer.toHexString(tag));
    }
    return elements.get(0);
  }

  static byte[] encode(int tag, byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      content.writeBytes(part);
    }
    int length = content.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    if (length < 0x80) {
      out.write(length);
    } else {
      int octets = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
      out.write(0x80 | octets);
      for (int i = octets - 1; i >= 0; i--) {
        out.write((length >>> (8 * i)) & 0xff);
      }
    }
    out.writeBytes(content.toByteArray());
    return out.toByteArray();
  }
}

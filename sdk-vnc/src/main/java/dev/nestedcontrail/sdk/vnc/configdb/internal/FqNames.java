package dev.nestedcontrail.sdk.vnc.configdb.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The column names of {@code obj_fq_name_table}: {@code <fq_name joined by ':'>:<uuid>}. Contrail
 * stores an ASCII fq_name as it is and a non-ASCII one as Python 2 {@code quote_plus} of its UTF-8
 * bytes (so its own colons become {@code %3A}).
 */
public final class FqNames {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private FqNames() {}

  /** The stored form of {@code fqName}, without the uuid. */
  public static String encode(List<String> fqName) {
    String joined = String.join(":", fqName);
    if (joined.chars().allMatch(c -> c < 0x80)) {
      return joined;
    }
    StringBuilder sb = new StringBuilder();
    for (byte b : joined.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.' || c == '-') {
        sb.append((char) c);
      } else if (c == ' ') {
        sb.append('+');
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  /** The fq_name and uuid of a stored column name (the last element is the uuid). */
  public static List<String> decode(String column) {
    String text = column;
    if (column.indexOf('%') >= 0) {
      try {
        text = URLDecoder.decode(column, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        text = column;
      }
    }
    return Arrays.asList(text.split(":", -1));
  }
}

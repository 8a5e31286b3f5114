package dev.nestedcontrail.sdk.vnc.codegen;

/** Javadoc comments from schema descriptions. */
final class Javadoc {
  private static final int WIDTH = 96;

  private Javadoc() {}

  /** Schema text made safe for a Javadoc comment, whitespace collapsed. */
  static String escape(String text) {
    return text.trim().replaceAll("\\s+", " ")
        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*/", "*&#47;").replace("@", "&#64;").replace("{", "&#123;")
        .replace("}", "&#125;").replace("\\", "&#92;");
  }

  /** Writes a comment at member indentation, wrapped; the text is already escaped. */
  static void write(Src src, String text) {
    String oneLine = "  /** " + text + " */";
    if (oneLine.length() <= WIDTH) {
      src.line(oneLine);
      return;
    }
    src.line("  /**");
    StringBuilder line = new StringBuilder("   *");
    for (String word : text.split(" ")) {
      if (line.length() + 1 + word.length() > WIDTH && line.length() > 4) {
        src.line(line.toString());
        line = new StringBuilder("   *");
      }
      line.append(' ').append(word);
    }
    src.line(line.toString());
    src.line("   */");
  }
}

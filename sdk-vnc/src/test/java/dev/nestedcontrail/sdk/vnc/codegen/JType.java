package dev.nestedcontrail.sdk.vnc.codegen;

/**
 * A Java type of the model with the code that reads and writes one JSON value of it.
 *
 * @param java the type as written in sources
 * @param readCall an expression reading one value from {@code in}
 * @param reader an expression of type {@code ValueReader<java>}
 * @param writer an expression of type {@code ValueWriter<java>}
 * @param metaClass the class literal for metadata
 */
record JType(String java, String readCall, String reader, String writer, String metaClass) {
  static JType scalar(String java, String suffix) {
    return new JType(java, "JsonSupport.read" + suffix + "(in)", "JsonSupport::read" + suffix,
        "JsonSupport::write" + suffix, java + ".class");
  }

  static JType enumeration(String java) {
    return new JType(java, java + ".of(JsonSupport.readString(in))",
        "r -> " + java + ".of(JsonSupport.readString(r))", "JsonSupport::writeEnum",
        java + ".class");
  }

  static JType complex(String java) {
    return new JType(java, java + "Codec.read(in)", java + "Codec::read", java + "Codec::write",
        java + ".class");
  }

  /** A {@code Reference<A>} to a link target, with or without link data. */
  static JType reference(JType attr) {
    if (attr == null) {
      return new JType("Reference<Void>", "", "ReferenceCodec.plain()",
          "ReferenceCodec.plainWriter()", "Reference.class");
    }
    return new JType("Reference<" + attr.java() + ">", "",
        "ReferenceCodec.reader(" + attr.reader() + ")",
        "ReferenceCodec.writer(" + attr.writer() + ")", "Reference.class");
  }
}

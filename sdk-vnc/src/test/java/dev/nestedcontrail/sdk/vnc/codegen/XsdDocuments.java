package dev.nestedcontrail.sdk.vnc.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Parses a schema file and, depth first in document order, every file it includes. */
final class XsdDocuments {
  private XsdDocuments() {}

  static List<Document> load(Path root) {
    List<Document> out = new ArrayList<>();
    load(root.toAbsolutePath().normalize(), new LinkedHashSet<>(), out, builder());
    return out;
  }

  private static void load(Path file, Set<Path> seen, List<Document> out, DocumentBuilder builder) {
    if (!seen.add(file)) {
      return;
    }
    Document doc;
    try {
      doc = builder.parse(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException("cannot parse " + file + ": " + e.getMessage(), e);
    }
    out.add(doc);
    NodeList includes = doc.getElementsByTagName("xsd:include");
    for (int i = 0; i < includes.getLength(); i++) {
      String location = ((Element) includes.item(i)).getAttribute("schemaLocation");
      load(file.resolveSibling(location).normalize(), seen, out, builder);
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setExpandEntityReferences(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.nestedcontrail.sdk.vnc.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates the config data model of sdk-vnc from the Contrail schema.
 *
 * <p>Usage: {@code VncModelGenerator SCHEMA OUT}, where SCHEMA is a folder (its
 * {@code all_cfg.xsd} is read when present, else {@code vnc_cfg.xsd}) or an XSD file, and OUT is
 * the source root ({@code sdk-vnc/src/main/java}). Generated files that are no longer produced are
 * deleted. The output depends only on the schema: sorted and stable.
 */
public final class VncModelGenerator {
  private VncModelGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: VncModelGenerator SCHEMA_DIR_OR_XSD OUT_SOURCE_ROOT");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    SortedMap<String, String> files = generate(Path.of(args[0]));
    for (Path stale : generatedFiles(out)) {
      if (!files.containsKey(relative(out, stale))) {
        Files.delete(stale);
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path target = out.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + files.size() + " files under " + out);
  }

  /** The schema root file for a folder or file argument. */
  static Path rootFile(Path schema) {
    if (!Files.isDirectory(schema)) {
      return schema;
    }
    Path all = schema.resolve("all_cfg.xsd");
    return Files.exists(all) ? all : schema.resolve("vnc_cfg.xsd");
  }

  /** Every generated source, keyed by its path relative to the source root. */
  public static SortedMap<String, String> generate(Path schemaPath) {
    Path root = rootFile(schemaPath);
    String rootName = root.getFileName().toString();
    XsdTypes types = XsdTypes.of(XsdDocuments.load(root));
    Schema schema = SchemaBuilder.build(types, rootName);
    Fields fields = new Fields(schema);
    SortedMap<String, String> out = new TreeMap<>();
    ValueEmitter values = new ValueEmitter(rootName);
    CodecEmitter codecs = new CodecEmitter(rootName);
    EnumEmitter enums = new EnumEmitter(rootName);
    MetaEmitter meta = new MetaEmitter(schema, fields);
    List<String> complexClasses = new ArrayList<>();
    for (XsdTypes.ComplexType type : types.complexTypes.values()) {
      String cls = JavaNames.typeClass(type.name());
      List<FieldSpec> specs = fields.complex(type);
      complexClasses.add(cls);
      out.put(Src.path(Src.MODEL, cls), values.complex(cls, type.name(), specs));
      out.put(Src.path(Src.CODECS, cls + "Codec"), codecs.emit(cls, specs, false));
    }
    complexClasses.sort(null);
    for (XsdTypes.SimpleType type : types.simpleTypes.values()) {
      if (!type.enumValues().isEmpty() && TypeMapper.isString(type.base())) {
        String cls = JavaNames.typeClass(type.name());
        out.put(Src.path(Src.MODEL, cls), enums.emit(cls, type));
      }
    }
    List<FieldSpec> common = new ArrayList<>(Fields.identity());
    common.addAll(fields.common());
    out.put(Src.path(Src.MODEL, "VncResource"), values.resourceInterface(common));
    out.put(Src.path(Src.MODEL, "VncResourceBuilder"), values.builderInterface(common));
    out.put(Src.path(Src.CODECS, "VncResourceCodec"), codecs.common(common));
    List<Schema.Resource> resources = new ArrayList<>(schema.resources().values());
    for (Schema.Resource r : resources) {
      String cls = r.className();
      out.put(Src.path(Src.MODEL, cls), values.resource(r, fields.own(r)));
      out.put(Src.path(Src.CODECS, cls + "Codec"), codecs.emit(cls, fields.own(r), true));
      out.put(Src.path(Src.META, cls + "Meta"), meta.emit(r));
    }
    RegistryEmitter registry = new RegistryEmitter(rootName);
    out.put(Src.path(Src.MODEL, "VncSchema"), registry.schema(resources));
    out.put(Src.path(Src.CODECS, "ResourceCodecs"), registry.resourceCodecs(resources));
    out.put(Src.path(Src.CODECS, "ValueCodecs"), registry.valueCodecs(complexClasses));
    out.put(Src.path(AccessorEmitter.CLIENT, "VncResourceAccessors"), new AccessorEmitter(rootName).emit(resources));
    return out;
  }

  /** The files under a source root that carry the generated-file mark. */
  public static List<Path> generatedFiles(Path sourceRoot) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String pkg : List.of(Src.MODEL, Src.CODECS, Src.META, AccessorEmitter.CLIENT)) {
      Path dir = sourceRoot.resolve(pkg.replace('.', '/'));
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.sorted().toList()) {
          if (p.toString().endsWith(".java") && isGenerated(p)) {
            out.add(p);
          }
        }
      }
    }
    return out;
  }

  private static boolean isGenerated(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.startsWith("// " + Src.MARK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String relative(Path sourceRoot, Path file) {
    return sourceRoot.relativize(file).toString().replace('\\', '/');
  }
}

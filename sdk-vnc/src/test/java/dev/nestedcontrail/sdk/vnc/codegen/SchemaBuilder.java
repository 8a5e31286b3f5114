package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Joins the XSD types and the IDL statements into a {@link Schema}. */
final class SchemaBuilder {
  private static final String ALL = "all";

  private final XsdTypes types;
  private final TypeMapper mapper;
  private final TreeSet<String> identities = new TreeSet<>();
  private final List<Schema.Link> links = new ArrayList<>();
  private final List<Schema.Prop> commonProps = new ArrayList<>();
  private final List<Schema.Link> commonRefs = new ArrayList<>();
  private final Map<String, List<Schema.Prop>> props = new TreeMap<>();

  private SchemaBuilder(XsdTypes types) {
    this.types = types;
    this.mapper = new TypeMapper(types);
  }

  static Schema build(XsdTypes types, String rootFile) {
    SchemaBuilder b = new SchemaBuilder(types);
    types.elements.forEach((name, type) -> {
      if (type.endsWith("IdentityType")) {
        b.identities.add(name);
      }
    });
    for (String comment : types.idlComments) {
      if (!comment.contains(":=")) {
        IdlParser.parse(comment).forEach(b::statement);
      }
    }
    return b.schema(rootFile);
  }

  private static String identifier(String name) {
    return name.substring(name.indexOf(':') + 1);
  }

  private void statement(IdlStatement s) {
    switch (s.kind()) {
      case "Link":
        link(s);
        break;
      case "Property":
        prop(s, null, s.arg(2), s.arg(3));
        break;
      case "ListProperty":
        prop(s, "LIST", s.arg(2), s.arg(3));
        break;
      case "MapProperty":
        prop(s, "MAP", s.arg(3), s.arg(4));
        break;
      default:
        break;
    }
  }

  private void link(IdlStatement s) {
    List<String> kinds = List.of(s.arg(3).split(","));
    boolean has = kinds.contains("has");
    if (!has && !kinds.contains("ref")) {
      return;
    }
    String name = s.arg(0);
    String from = identifier(s.arg(1));
    String to = identifier(s.arg(2));
    Schema.Link link = new Schema.Link(name, from, to, has, kinds.contains("derived"),
        types.elements.getOrDefault(name, ""), presence(s.arg(4)),
        operations(s.arg(4), s.arg(5)), description(s, 4));
    if (from.equals(ALL)) {
      commonRefs.add(link);
    } else {
      identities.add(from);
      links.add(link);
    }
    identities.add(to);
  }

  /**
   * A property statement. One whose element is not declared (commented out in the XSD) is
   * skipped: the server then has no type for it, and a value read is kept as an unknown member.
   */
  private void prop(IdlStatement s, String collectionKind, String presence, String operations) {
    String element = s.arg(0);
    if (!types.elements.containsKey(element)) {
      return;
    }
    String xsdType = types.elements.get(element);
    String kind = collectionKind != null ? collectionKind
        : mapper.isComplex(xsdType) ? "COMPLEX" : "SIMPLE";
    String member = "";
    if (collectionKind != null) {
      XsdTypes.ComplexType wrapper = types.complexTypes.get(identifier(xsdType));
      member = JavaNames.wire(wrapper.fields().get(0).wireName());
    }
    Schema.Prop prop = new Schema.Prop(JavaNames.wire(element), kind, xsdType, member,
        "MAP".equals(collectionKind) ? s.arg(2) : "", presence(presence),
        operations(presence, operations), description(s, "MAP".equals(collectionKind) ? 3 : 2));
    String ident = identifier(s.arg(1));
    if (ident.equals(ALL)) {
      commonProps.add(prop);
    } else {
      identities.add(ident);
      props.computeIfAbsent(ident, k -> new ArrayList<>()).add(prop);
    }
  }

  /**
   * The presence argument, or {@code optional} when a statement omits presence and operations
   * (some old ones give the description in their place).
   */
  private static String presence(String arg) {
    return arg.matches("[a-z-]+") ? arg : "optional";
  }

  /** The description: the argument after presence and operations, or the last one. */
  private static String description(IdlStatement s, int presenceIndex) {
    boolean complete = s.arg(presenceIndex).matches("[a-z-]+");
    String last = s.args().size() > presenceIndex ? s.args().get(s.args().size() - 1) : "";
    return complete ? s.arg(presenceIndex + 2) : last;
  }

  /** The operations argument, or {@code CRUD} when omitted. */
  private static String operations(String presenceArg, String arg) {
    return presenceArg.matches("[a-z-]+") && arg.matches("[CRUD]+") ? arg : "CRUD";
  }

  private Schema schema(String rootFile) {
    SortedMap<String, Schema.Resource> resources = new TreeMap<>();
    Comparator<Schema.Link> byTo = Comparator.comparing(Schema.Link::to);
    Comparator<Schema.Link> byFrom = Comparator.comparing(Schema.Link::from);
    for (String type : identities) {
      List<String> parents = new ArrayList<>();
      List<Schema.Link> refs = new ArrayList<>();
      List<Schema.Link> children = new ArrayList<>();
      List<Schema.Link> backRefs = new ArrayList<>();
      for (Schema.Link l : links) {
        if (l.has() && l.to().equals(type)) {
          parents.add(l.from());
        }
        if (l.from().equals(type)) {
          (l.has() ? children : refs).add(l);
        }
        if (!l.has() && l.to().equals(type)) {
          backRefs.add(l);
        }
      }
      for (Schema.Link common : commonRefs) {
        if (common.to().equals(type)) {
          for (String from : identities) {
            backRefs.add(new Schema.Link(common.name(), from, type, false, common.derived(),
                common.dataType(), common.presence(), common.operations(), common.doc()));
          }
        }
      }
      refs.sort(byTo);
      children.sort(byTo);
      backRefs.sort(byFrom);
      List<Schema.Prop> own = new ArrayList<>(props.getOrDefault(type, List.of()));
      own.sort(Comparator.comparing(Schema.Prop::wireName));
      resources.put(type, new Schema.Resource(type, parents.stream().sorted().distinct().toList(),
          own, refs, children, backRefs));
    }
    return new Schema(resources, commonProps, commonRefs, types, rootFile);
  }
}

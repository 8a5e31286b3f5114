package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.ArrayList;
import java.util.List;

/** The fields of each generated value, in the order they are declared and written. */
final class Fields {
  private static final JType STRING = JType.scalar("String", "String");

  private final Schema schema;
  private final TypeMapper mapper;

  Fields(Schema schema) {
    this.schema = schema;
    this.mapper = new TypeMapper(schema.types());
  }

  TypeMapper mapper() {
    return mapper;
  }

  List<FieldSpec> complex(XsdTypes.ComplexType type) {
    List<FieldSpec> out = new ArrayList<>();
    for (XsdTypes.Field f : type.fields()) {
      out.add(FieldSpec.of(JavaNames.wire(f.wireName()), mapper.map(f.xsdType()), f.list(),
          f.doc()));
    }
    FieldSpec.checkUnique(type.name(), out);
    return out;
  }

  /** The identity members every object has, which the schema does not declare. */
  static List<FieldSpec> identity() {
    return List.of(
        FieldSpec.of("uuid", STRING, false, "the object's id, canonical lower-case form."),
        FieldSpec.of("name", STRING, false, "the last element of the fq_name."),
        FieldSpec.of("fq_name", STRING, true, "the parent's fq_name plus the name."),
        FieldSpec.of("parent_type", STRING, false, "the parent's type name, e.g. project."),
        FieldSpec.of("parent_uuid", STRING, false, "the parent's uuid (read-only)."),
        FieldSpec.of("parent_href", STRING, false, "the parent's URL (read-only)."),
        FieldSpec.of("href", STRING, false, "this object's URL (read-only)."),
        FieldSpec.of("configuration_version", JType.scalar("Long", "Long"), false,
            "the configuration version of the object."));
  }

  /** The properties and refs the schema gives every type ({@code 'all'}). */
  List<FieldSpec> common() {
    List<FieldSpec> out = new ArrayList<>();
    for (Schema.Prop p : schema.commonProps()) {
      out.add(prop(p));
    }
    for (Schema.Link l : schema.commonRefs()) {
      out.add(FieldSpec.of(l.refField(), attrReference(l), true, l.doc()));
    }
    return out;
  }

  /** Identity, common and own members of a resource type. */
  List<FieldSpec> all(Schema.Resource r) {
    List<FieldSpec> out = new ArrayList<>(identity());
    out.addAll(common());
    out.addAll(ownUnchecked(r));
    FieldSpec.checkUnique(r.typeName(), out);
    return out;
  }

  /** The members a resource type declares itself. */
  List<FieldSpec> own(Schema.Resource r) {
    all(r);
    return ownUnchecked(r);
  }

  private List<FieldSpec> ownUnchecked(Schema.Resource r) {
    List<FieldSpec> out = new ArrayList<>();
    for (Schema.Prop p : r.props()) {
      out.add(prop(p));
    }
    for (Schema.Link l : r.refs()) {
      out.add(FieldSpec.of(l.refField(), attrReference(l), true, l.doc()));
    }
    for (Schema.Link l : r.children()) {
      out.add(FieldSpec.of(l.childField(), JType.reference(null), true,
          "children of type " + l.to() + " (read-only)."));
    }
    for (Schema.Link l : r.backRefs()) {
      out.add(FieldSpec.of(l.backRefField(), attrReference(l), true,
          "the " + l.from() + " objects that ref this one (read-only)."));
    }
    return out;
  }

  private FieldSpec prop(Schema.Prop p) {
    return FieldSpec.of(p.wireName(), mapper.map(p.xsdType()), false, p.doc());
  }

  JType attrReference(Schema.Link l) {
    return JType.reference(l.dataType().isEmpty() ? null : mapper.map(l.dataType()));
  }
}

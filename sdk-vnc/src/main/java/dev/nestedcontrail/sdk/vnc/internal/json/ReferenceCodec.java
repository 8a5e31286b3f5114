package dev.nestedcontrail.sdk.vnc.internal.json;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link Reference} entries. With an attr codec (links with data) {@code attr}
 * is always written, as JSON null when empty; without one an {@code attr} member read from the
 * server is kept verbatim among the unknown members.
 */
public final class ReferenceCodec {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("to", "uuid", "href", "attr");

  private ReferenceCodec() {}

  /** The reader of refs whose link has no data. */
  public static ValueReader<Reference<Void>> plain() {
    return in -> read(in, null);
  }

  /** The writer of refs whose link has no data. */
  public static ValueWriter<Reference<Void>> plainWriter() {
    return (out, ref) -> write(out, ref, null);
  }

  public static <A> ValueReader<Reference<A>> reader(ValueReader<A> attr) {
    return in -> read(in, attr);
  }

  public static <A> ValueWriter<Reference<A>> writer(ValueWriter<A> attr) {
    return (out, ref) -> write(out, ref, attr);
  }

  private static <A> Reference<A> read(JsonReader in, @Nullable ValueReader<A> attr)
      throws IOException {
    Reference.Builder<A> b = Reference.builder();
    Map<String, String> unknown = Map.of();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0:
          b.to(JsonSupport.readList(in, JsonSupport::readString));
          break;
        case 1:
          if (!JsonSupport.skipNull(in)) {
            b.uuid(in.nextString());
          }
          break;
        case 2:
          if (!JsonSupport.skipNull(in)) {
            b.href(in.nextString());
          }
          break;
        case 3:
          if (attr == null) {
            unknown = JsonSupport.putUnknown(unknown, "attr", JsonSupport.readRaw(in));
          } else if (!JsonSupport.skipNull(in)) {
            b.attr(attr.read(in));
          }
          break;
        default:
          unknown = JsonSupport.putUnknown(unknown, in.nextName(), JsonSupport.readRaw(in));
      }
    }
    in.endObject();
    return b.unknownFields(unknown).build();
  }

  private static <A> void write(JsonWriter out, Reference<A> ref, @Nullable ValueWriter<A> attr)
      throws IOException {
    out.beginObject();
    JsonSupport.writeList(out, "to", ref.to(), JsonSupport::writeString);
    JsonSupport.writeOptional(out, "uuid", ref.uuid(), JsonSupport::writeString);
    JsonSupport.writeOptional(out, "href", ref.href(), JsonSupport::writeString);
    if (attr != null) {
      out.name("attr");
      if (ref.attr().isPresent()) {
        attr.write(out, ref.attr().get());
      } else {
        boolean serializeNulls = out.getSerializeNulls();
        out.setSerializeNulls(true);
        out.nullValue();
        out.setSerializeNulls(serializeNulls);
      }
    }
    JsonSupport.writeUnknown(out, ref.unknownFields());
    out.endObject();
  }
}

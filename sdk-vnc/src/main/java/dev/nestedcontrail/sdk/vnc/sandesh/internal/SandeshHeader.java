package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The {@code SandeshHeader} struct that precedes every message (fields 1 to 15 of
 * {@code sandesh.sandesh}); written as {@code <SandeshHeader>...</SandeshHeader>}.
 */
@Value.Immutable
public abstract class SandeshHeader {

  static final String STRUCT_NAME = "SandeshHeader";

  /** {@code Namespace} (the scope; empty in practice). */
  @Value.Default
  public String namespace() {
    return "";
  }

  /** {@code Timestamp}: microseconds since the epoch, UTC. */
  public abstract long timestamp();

  public abstract String module();

  /** {@code Source}: the generator's host name. */
  public abstract String source();

  @Value.Default
  public String context() {
    return "";
  }

  public abstract int sequenceNum();

  @Value.Default
  public int versionSig() {
    return 0;
  }

  /** {@code Type}: one of the {@code TYPE_*} numbers of {@link SandeshConstants}. */
  public abstract int type();

  @Value.Default
  public int hints() {
    return 0;
  }

  @Value.Default
  public int level() {
    return SandeshConstants.LEVEL_INVALID;
  }

  @Value.Default
  public String category() {
    return "";
  }

  public abstract String nodeType();

  public abstract String instanceId();

  public abstract Optional<String> ipAddress();

  public abstract OptionalInt pid();

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the control hint is set. */
  public boolean control() {
    return (hints() & SandeshConstants.CONTROL_HINT) != 0;
  }

  /** The struct as written on the wire. */
  public SandeshStruct toStruct() {
    List<SandeshField> f = new ArrayList<>();
    f.add(SandeshField.string("Namespace", 1, namespace()));
    f.add(SandeshField.scalar("Timestamp", WireType.I64, 2, Long.toString(timestamp())));
    f.add(SandeshField.string("Module", 3, module()));
    f.add(SandeshField.string("Source", 4, source()));
    f.add(SandeshField.string("Context", 5, context()));
    f.add(i32("SequenceNum", 6, sequenceNum()));
    f.add(i32("VersionSig", 7, versionSig()));
    f.add(i32("Type", 8, type()));
    f.add(i32("Hints", 9, hints()));
    f.add(i32("Level", 10, level()));
    f.add(SandeshField.string("Category", 11, category()));
    f.add(SandeshField.string("NodeType", 12, nodeType()));
    f.add(SandeshField.string("InstanceId", 13, instanceId()));
    ipAddress().ifPresent(ip -> f.add(SandeshField.string("IPAddress", 14, ip)));
    pid().ifPresent(p -> f.add(i32("Pid", 15, p)));
    return SandeshStruct.of(STRUCT_NAME, f);
  }

  /**
   * Reads the header struct; unknown fields are ignored, as Sandesh skips them.
   *
   * @throws IOException when a required field is missing or a number does not parse
   */
  public static SandeshHeader fromStruct(SandeshStruct s) throws IOException {
    if (!STRUCT_NAME.equals(s.name())) {
      throw new IOException("expected <" + STRUCT_NAME + "> but got <" + s.name() + ">");
    }
    Builder b = builder();
    b.namespace(s.text("Namespace").orElse(""));
    b.timestamp(number(s, "Timestamp"));
    b.module(required(s, "Module"));
    b.source(required(s, "Source"));
    b.context(s.text("Context").orElse(""));
    b.sequenceNum((int) number(s, "SequenceNum"));
    b.versionSig((int) optionalNumber(s, "VersionSig", 0));
    b.type((int) number(s, "Type"));
    b.hints((int) optionalNumber(s, "Hints", 0));
    b.level((int) optionalNumber(s, "Level", SandeshConstants.LEVEL_INVALID));
    b.category(s.text("Category").orElse(""));
    b.nodeType(s.text("NodeType").orElse(""));
    b.instanceId(s.text("InstanceId").orElse(""));
    s.text("IPAddress").ifPresent(b::ipAddress);
    if (s.field("Pid").isPresent()) {
      b.pid((int) number(s, "Pid"));
    }
    return b.build();
  }

  private static SandeshField i32(String name, int id, int value) {
    return SandeshField.scalar(name, WireType.I32, id, Integer.toString(value));
  }

  private static String required(SandeshStruct s, String name) throws IOException {
    Optional<String> text = s.text(name);
    if (text.isEmpty()) {
      throw new IOException(STRUCT_NAME + "." + name + " is missing");
    }
    return text.get();
  }

  private static long number(SandeshStruct s, String name) throws IOException {
    String text = required(s, name);
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IOException(STRUCT_NAME + "." + name + ": '" + text + "' is not a number", e);
    }
  }

  private static long optionalNumber(SandeshStruct s, String name, long fallback) throws IOException {
    return s.field(name).isPresent() ? number(s, name) : fallback;
  }

  public static final class Builder extends ImmutableSandeshHeader.Builder {}
}

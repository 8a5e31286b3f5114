package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The two session control messages of {@code sandesh_ctrl.sandesh}:
 * {@code SandeshCtrlClientToServer} (generator to collector) and
 * {@code SandeshCtrlServerToClient} (the collector's answer).
 */
public final class ControlMessages {

  private ControlMessages() {}

  /** What a generator says in {@code SandeshCtrlClientToServer}. */
  @Value.Immutable
  public abstract static class Hello {
    public abstract GeneratorIdentity identity();

    /** {@code sucessful_connections} (sic): connections made so far, this one included. */
    public abstract long successfulConnections();

    public abstract List<String> uveTypes();

    public abstract long pid();

    public abstract long httpPort();

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder extends ImmutableHello.Builder {}
  }

  public static SandeshStruct clientToServer(Hello hello) {
    GeneratorIdentity id = hello.identity();
    List<SandeshField> f = new ArrayList<>();
    f.add(SandeshField.string("source", 1, id.source()));
    f.add(SandeshField.string("module_name", 2, id.module()));
    f.add(SandeshField.scalar("sucessful_connections", WireType.U32, 3, Long.toString(hello.successfulConnections())));
    f.add(SandeshField.list("uve_types", 4, SandeshContainer.list(WireType.STRING, hello.uveTypes())));
    f.add(SandeshField.scalar("pid", WireType.U32, 5, Long.toString(hello.pid())));
    f.add(SandeshField.scalar("http_port", WireType.U32, 6, Long.toString(hello.httpPort())));
    f.add(SandeshField.string("node_type_name", 7, id.nodeType()));
    f.add(SandeshField.string("instance_id_name", 8, id.instanceId()));
    return SandeshStruct.of(SandeshConstants.CLIENT_TO_SERVER, f);
  }

  /**
   * Reads {@code SandeshCtrlClientToServer}; like the collector, refuses an empty node type or
   * instance id.
   */
  public static Hello readClientToServer(SandeshStruct body) throws IOException {
    if (!SandeshConstants.CLIENT_TO_SERVER.equals(body.name())) {
      throw new IOException("expected " + SandeshConstants.CLIENT_TO_SERVER + " but got " + body.name());
    }
    String nodeType = body.text("node_type_name").orElse("");
    String instance = body.text("instance_id_name").orElse("");
    if (nodeType.isEmpty() || instance.isEmpty()) {
      throw new IOException(body.name() + " with empty node type or instance id from "
          + body.text("source").orElse("?") + ":" + body.text("module_name").orElse("?"));
    }
    List<String> types = new ArrayList<>();
    body.field("uve_types").map(SandeshField::value).filter(SandeshContainer.class::isInstance)
        .ifPresent(c -> ((SandeshContainer) c).elements().forEach(e -> types.add(String.valueOf(e))));
    try {
      GeneratorIdentity identity = GeneratorIdentity.builder().source(body.text("source").orElse(""))
          .module(body.text("module_name").orElse("")).nodeType(nodeType).instanceId(instance).build();
      return Hello.builder().identity(identity)
          .successfulConnections(Long.parseLong(body.text("sucessful_connections").orElse("0")))
          .uveTypes(types).pid(Long.parseLong(body.text("pid").orElse("0")))
          .httpPort(Long.parseLong(body.text("http_port").orElse("0"))).build();
    } catch (RuntimeException e) {
      throw new IOException(body.name() + ": " + e.getMessage(), e);
    }
  }

  /** {@code SandeshCtrlServerToClient} with no UVE type sequence numbers. */
  public static SandeshStruct serverToClient(boolean success) {
    return SandeshStruct.of(SandeshConstants.SERVER_TO_CLIENT, List.of(
        SandeshField.list("type_info", 1, SandeshContainer.list(WireType.STRUCT, List.of())),
        SandeshField.scalar("success", WireType.BOOL, 2, Boolean.toString(success))));
  }

  /** The {@code success} of a {@code SandeshCtrlServerToClient}. */
  public static boolean readSuccess(SandeshStruct body) throws IOException {
    if (!SandeshConstants.SERVER_TO_CLIENT.equals(body.name())) {
      throw new IOException("expected " + SandeshConstants.SERVER_TO_CLIENT + " but got " + body.name());
    }
    return "true".equals(body.text("success").orElse("false"));
  }
}

package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionInfo;
import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.NodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessState;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code NodeStatusUVE { 1: NodeStatus data }} ({@code nodeinfo.sandesh}) and its nested
 * {@code ProcessStatus} and {@code ConnectionInfo} ({@code process_info.sandesh}), both ways. The
 * UVE's table travels in the {@code key} annotation of {@code NodeStatus.name}.
 */
public final class NodeStatusCodec {

  public static final String UVE_NAME = "NodeStatusUVE";
  static final String DATA = "NodeStatus";

  private NodeStatusCodec() {}

  /** The body of a {@code NodeStatusUVE} for {@code table}, such as {@code ObjectKubernetesManagerNode}. */
  public static SandeshStruct toUveBody(NodeStatus status, String table) {
    List<SandeshField> f = new ArrayList<>();
    f.add(SandeshField.builder().name("name").type(WireType.STRING).id(1)
        .annotations(Map.of("key", table)).value(status.name()).build());
    if (status.deleted()) {
      f.add(SandeshField.scalar("deleted", WireType.BOOL, 2, "true"));
    }
    if (!status.processStatus().isEmpty()) {
      List<SandeshStruct> processes = new ArrayList<>();
      status.processStatus().forEach(p -> processes.add(process(p)));
      f.add(SandeshField.builder().name("process_status").type(WireType.LIST).id(4)
          .annotations(Map.of("aggtype", "union"))
          .value(SandeshContainer.list(WireType.STRUCT, processes)).build());
    }
    status.description().ifPresent(d -> f.add(SandeshField.string("description", 7, d)));
    SandeshStruct data = SandeshStruct.of(DATA, f);
    return SandeshStruct.of(UVE_NAME, List.of(SandeshField.struct("data", 1, data)));
  }

  /** The table named by the UVE's key annotation. */
  public static String table(SandeshStruct uveBody) throws IOException {
    return data(uveBody).field("name").map(n -> n.annotations().get("key"))
        .filter(k -> k != null && !k.isEmpty())
        .orElseThrow(() -> new IOException(UVE_NAME + ": NodeStatus.name has no key annotation"));
  }

  /**
   * Reads a {@code NodeStatusUVE} body.
   *
   * @throws IOException when a required field is missing or a state is unknown
   */
  public static NodeStatus fromUveBody(SandeshStruct uveBody) throws IOException {
    SandeshStruct data = data(uveBody);
    NodeStatus.Builder b = NodeStatus.builder();
    b.name(text(data, "name"));
    b.deleted(data.text("deleted").map("true"::equals).orElse(false));
    for (SandeshStruct p : structs(data, "process_status")) {
      b.addProcessStatus(process(p));
    }
    data.text("description").ifPresent(b::description);
    return b.build();
  }

  private static SandeshStruct process(ProcessStatus p) {
    List<SandeshField> f = new ArrayList<>();
    f.add(SandeshField.string("module_id", 1, p.moduleId()));
    f.add(SandeshField.string("instance_id", 2, p.instanceId()));
    f.add(SandeshField.string("state", 3, p.state().wireName()));
    List<SandeshStruct> connections = new ArrayList<>();
    for (ConnectionInfo c : p.connectionInfos()) {
      List<SandeshField> cf = new ArrayList<>();
      cf.add(SandeshField.string("type", 1, c.type()));
      cf.add(SandeshField.string("name", 2, c.name()));
      cf.add(SandeshField.list("server_addrs", 3, SandeshContainer.list(WireType.STRING, c.serverAddrs())));
      cf.add(SandeshField.string("status", 4, c.status().wireName()));
      c.description().ifPresent(d -> cf.add(SandeshField.string("description", 5, d)));
      connections.add(SandeshStruct.of("ConnectionInfo", cf));
    }
    f.add(SandeshField.list("connection_infos", 4, SandeshContainer.list(WireType.STRUCT, connections)));
    p.description().ifPresent(d -> f.add(SandeshField.string("description", 5, d)));
    return SandeshStruct.of("ProcessStatus", f);
  }

  private static ProcessStatus process(SandeshStruct p) throws IOException {
    ProcessStatus.Builder b = ProcessStatus.builder();
    b.moduleId(text(p, "module_id")).instanceId(text(p, "instance_id"));
    String state = text(p, "state");
    b.state(ProcessState.fromWire(state)
        .orElseThrow(() -> new IOException("ProcessStatus.state: unknown '" + state + "'")));
    for (SandeshStruct c : structs(p, "connection_infos")) {
      ConnectionInfo.Builder cb = ConnectionInfo.builder();
      cb.type(text(c, "type")).name(c.text("name").orElse(""));
      for (Object addr : container(c, "server_addrs").map(SandeshContainer::elements).orElse(List.of())) {
        cb.addServerAddrs((String) addr);
      }
      String status = text(c, "status");
      cb.status(ConnectionStatus.fromWire(status)
          .orElseThrow(() -> new IOException("ConnectionInfo.status: unknown '" + status + "'")));
      c.text("description").ifPresent(cb::description);
      b.addConnectionInfos(cb.build());
    }
    p.text("description").ifPresent(b::description);
    return b.build();
  }

  private static SandeshStruct data(SandeshStruct uveBody) throws IOException {
    Optional<Object> data = uveBody.field("data").map(SandeshField::value);
    if (!UVE_NAME.equals(uveBody.name()) || data.isEmpty() || !(data.get() instanceof SandeshStruct)
        || !DATA.equals(((SandeshStruct) data.get()).name())) {
      throw new IOException("expected " + UVE_NAME + " with a NodeStatus data field but got " + uveBody.name());
    }
    return (SandeshStruct) data.get();
  }

  private static String text(SandeshStruct s, String field) throws IOException {
    return s.text(field).orElseThrow(() -> new IOException(s.name() + "." + field + " is missing"));
  }

  private static Optional<SandeshContainer> container(SandeshStruct s, String field) {
    return s.field(field).map(SandeshField::value).filter(SandeshContainer.class::isInstance)
        .map(SandeshContainer.class::cast);
  }

  private static List<SandeshStruct> structs(SandeshStruct s, String field) throws IOException {
    List<SandeshStruct> result = new ArrayList<>();
    for (Object e : container(s, field).map(SandeshContainer::elements).orElse(List.of())) {
      if (!(e instanceof SandeshStruct)) {
        throw new IOException(s.name() + "." + field + " holds a non-struct element");
      }
      result.add((SandeshStruct) e);
    }
    return result;
  }
}

package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.NodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.SyslogLevel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the messages a generator sends, with headers as pysandesh fills them: timestamp from the
 * clock in microseconds, a sequence number per message name starting at 1, the generator's
 * identity, and type, hints, level and context per kind of message. Thread-safe.
 */
public final class MessageFactory {

  private final GeneratorIdentity identity;
  private final Clock clock;
  private final Map<String, AtomicInteger> sequences = new ConcurrentHashMap<>();

  public MessageFactory(GeneratorIdentity identity, Clock clock) {
    this.identity = identity;
    this.clock = clock;
  }

  public GeneratorIdentity identity() {
    return identity;
  }

  /** {@code SandeshCtrlClientToServer} with the control hint and context {@code ctrl}. */
  public SandeshMessage hello(long successfulConnections, List<String> uveTypes, long pid) {
    ControlMessages.Hello hello = ControlMessages.Hello.builder().identity(identity)
        .successfulConnections(successfulConnections).uveTypes(uveTypes).pid(pid).httpPort(0).build();
    SandeshStruct body = ControlMessages.clientToServer(hello);
    return SandeshMessage.of(header(body.name()).type(SandeshConstants.TYPE_REQUEST)
        .hints(SandeshConstants.CONTROL_HINT).context(SandeshConstants.CTRL_CONTEXT).build(), body);
  }

  /** {@code NodeStatusUVE} for {@code table}, with the key hint. */
  public SandeshMessage nodeStatus(NodeStatus status, String table) {
    SandeshStruct body = NodeStatusCodec.toUveBody(status, table);
    return SandeshMessage.of(header(body.name()).type(SandeshConstants.TYPE_UVE)
        .hints(SandeshConstants.KEY_HINT).build(), body);
  }

  /** A systemlog sandesh {@code <prefix><Level>Log { 1: string log_msg }}, category {@code __default__}. */
  public SandeshMessage systemLog(String prefix, SyslogLevel level, String text) {
    String name = prefix + level.word() + "Log";
    SandeshStruct body = SandeshStruct.of(name, List.of(SandeshField.string("log_msg", 1, text)));
    return SandeshMessage.of(header(name).type(SandeshConstants.TYPE_SYSTEM).level(level.code())
        .category(SandeshConstants.DEFAULT_CATEGORY).build(), body);
  }

  private SandeshHeader.Builder header(String name) {
    Instant now = clock.instant();
    long micros = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1_000L);
    int seq = sequences.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    SandeshHeader.Builder b = SandeshHeader.builder();
    b.timestamp(micros).module(identity.module()).source(identity.source()).sequenceNum(seq)
        .nodeType(identity.nodeType()).instanceId(identity.instanceId());
    return b;
  }
}

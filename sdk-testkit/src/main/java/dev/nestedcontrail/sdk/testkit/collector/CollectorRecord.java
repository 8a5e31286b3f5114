package dev.nestedcontrail.sdk.testkit.collector;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.SystemLog;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a fake collector has seen, shared by its sessions; thread-safe. Like the real collector it
 * keys live sessions by generator identity.
 */
public final class CollectorRecord {

  private final List<Handshake> handshakes = new CopyOnWriteArrayList<>();
  private final List<ReceivedNodeStatus> nodeStatuses = new CopyOnWriteArrayList<>();
  private final List<SystemLog> systemLogs = new CopyOnWriteArrayList<>();
  private final List<String> otherMessages = new CopyOnWriteArrayList<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final Map<GeneratorIdentity, Channel> sessions = new ConcurrentHashMap<>();
  private final List<CollectorListener> listeners = new CopyOnWriteArrayList<>();

  /** Tells {@code listener} about everything received from now on. */
  public void addListener(CollectorListener listener) {
    listeners.add(listener);
  }

  public List<Handshake> handshakes() {
    return List.copyOf(handshakes);
  }

  public List<ReceivedNodeStatus> nodeStatuses() {
    return List.copyOf(nodeStatuses);
  }

  public List<SystemLog> systemLogs() {
    return List.copyOf(systemLogs);
  }

  /** Names of decoded messages that are neither NodeStatus UVEs nor system logs. */
  public List<String> otherMessages() {
    return List.copyOf(otherMessages);
  }

  /** Why sessions were refused or closed, and messages that could not be decoded. */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  public int openSessions() {
    return sessions.size();
  }

  /**
   * Registers a session; returns the other live session of the same generator if there is one,
   * in which case nothing is registered (the collector then closes both).
   */
  Optional<Channel> register(Handshake handshake, Channel channel) {
    GeneratorIdentity identity = handshake.generator();
    Channel existing = sessions.putIfAbsent(identity, channel);
    if (existing != null && existing != channel) {
      return Optional.of(existing);
    }
    handshakes.add(handshake);
    listeners.forEach(l -> l.handshake(handshake));
    channel.closeFuture().addListener(f -> sessions.remove(identity, channel));
    return Optional.empty();
  }

  void nodeStatus(ReceivedNodeStatus status) {
    nodeStatuses.add(status);
    listeners.forEach(l -> l.nodeStatus(status));
  }

  void systemLog(SystemLog log) {
    systemLogs.add(log);
    listeners.forEach(l -> l.systemLog(log));
  }

  void other(String name) {
    otherMessages.add(name);
  }

  void error(String error) {
    errors.add(error);
  }
}

package dev.nestedcontrail.sdk.testkit.it.vnc;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Records every callback, in order, with the thread it ran on. */
final class RecordingListener implements ConfigEventListener {
  final List<ConfigEvent> events = new CopyOnWriteArrayList<>();
  final List<String> timeline = new CopyOnWriteArrayList<>();
  final List<String> threads = new CopyOnWriteArrayList<>();
  final List<Endpoint> reconnectedTo = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(ConfigEvent event) {
    threads.add(Thread.currentThread().getName());
    events.add(event);
    timeline.add("event " + event.uuid());
  }

  @Override
  public void onDisconnected(ContrailException cause) {
    threads.add(Thread.currentThread().getName());
    timeline.add("disconnected");
  }

  @Override
  public void onReconnected(Endpoint broker) {
    threads.add(Thread.currentThread().getName());
    reconnectedTo.add(broker);
    timeline.add("reconnected");
  }

  List<String> uuids() {
    return events.stream().map(ConfigEvent::uuid).collect(Collectors.toList());
  }
}

package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Deletes the dependents (by {@code metadata.ownerReferences} uid) of every deleted object, in its namespace. */
public final class GarbageCollector implements Consumer<KubeEvent> {
  private final KubeStore store;

  public GarbageCollector(KubeStore store) {
    this.store = store;
  }

  @Override
  public void accept(KubeEvent event) {
    if (!event.type().equals("DELETED")) {
      return;
    }
    String uid = Trees.string(event.object(), "metadata", "uid").orElse("");
    Optional<String> namespace = event.resource().namespaced()
        ? Optional.of(KubeStore.namespaceOf(event.object())) : Optional.empty();
    for (KubeResource r : KubeResources.ALL) {
      if (!r.namespaced() && namespace.isPresent()) {
        continue;
      }
      for (Map<String, Object> o : store.list(r, r.namespaced() ? namespace : Optional.empty())) {
        if (Trees.maps(o, "metadata", "ownerReferences").stream().anyMatch(ref -> uid.equals(ref.get("uid")))) {
          store.delete(r, KubeStore.namespaceOf(o), KubeStore.nameOf(o));
        }
      }
    }
  }
}

package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What an apply replaced, so that it can be undone, also from another process ({@link #toJson()},
 * {@link #parse}): the global-vrouter-config's link-local services, port translation pools and
 * flow aging entries as they were before and as written, and the node network's Fabric SNAT
 * setting before it was enabled.
 */
@Value.Immutable
public abstract class VrouterConfigRollback {
  private static final String BEFORE = "globalVrouterConfigBefore";
  private static final String WRITTEN = "globalVrouterConfigWritten";
  private static final String SNAT = "fabricSnat";

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableVrouterConfigRollback.Builder {}

  /** Identity plus the three properties an apply may change, as read before the first write. */
  public abstract GlobalVrouterConfig before();

  /** The same properties as the apply wrote them (equal to {@link #before()} when nothing was written). */
  public abstract GlobalVrouterConfig written();

  /** The Fabric SNAT step, when the apply had one. */
  public abstract Optional<FabricSnatChange> fabricSnat();

  /** Whether the apply changed anything. */
  public final boolean hasChanges() {
    return !before().equals(written()) || fabricSnat().map(FabricSnatChange::written).orElse(false);
  }

  /** The rollback as a JSON document (the wire form of the config objects). */
  public final String toJson() {
    Map<String, @Nullable Object> tree = new LinkedHashMap<>();
    tree.put(BEFORE, VncJson.toTree(before()));
    tree.put(WRITTEN, VncJson.toTree(written()));
    fabricSnat().ifPresent(snat -> {
      Map<String, @Nullable Object> net = new LinkedHashMap<>();
      net.put("fq_name", snat.network());
      net.put("uuid", snat.networkUuid());
      net.put("previous", snat.previous().orElse(null));
      net.put("written", snat.written());
      tree.put(SNAT, net);
    });
    return VncJson.writeTreeIndented(tree);
  }

  /**
   * Reads {@link #toJson()} output.
   *
   * @throws ContrailClientException when the text is not such a document
   */
  public static VrouterConfigRollback parse(String json) {
    Object tree = VncJson.parseTree(json);
    Map<String, ?> root = map(tree, "the document");
    Builder rollback = builder();
    rollback.before(VncJson.fromTree(VncSchema.GLOBAL_VROUTER_CONFIG, map(root.get(BEFORE), BEFORE)))
        .written(VncJson.fromTree(VncSchema.GLOBAL_VROUTER_CONFIG, map(root.get(WRITTEN), WRITTEN)));
    if (root.get(SNAT) != null) {
      Map<String, ?> snat = map(root.get(SNAT), SNAT);
      FabricSnatChange.Builder change = FabricSnatChange.builder();
      if (!(snat.get("fq_name") instanceof List<?> fqName) || !(snat.get("uuid") instanceof String uuid)) {
        throw notARollback(SNAT + " has no fq_name list or uuid");
      }
      fqName.forEach(part -> change.addNetwork(String.valueOf(part)));
      Object previous = snat.get("previous");
      rollback.fabricSnat(change.networkUuid(uuid)
          .previous(previous instanceof Boolean b ? Optional.of(b) : Optional.empty())
          .written(Boolean.TRUE.equals(snat.get("written"))).build());
    }
    return rollback.build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> map(@Nullable Object tree, String what) {
    if (!(tree instanceof Map)) {
      throw notARollback(what + " is not a JSON object");
    }
    return (Map<String, ?>) tree;
  }

  private static ContrailClientException notARollback(String problem) {
    return new ContrailClientException("not a link-local rollback document: " + problem);
  }
}

package dev.nestedcontrail.sdk.vnc.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the schema says about one resource type: its wire names and paths, allowed parents,
 * properties, refs, children and back refs. The instances live in {@link VncSchema}.
 *
 * @param <T> the resource value class
 */
@Value.Immutable
public abstract class ResourceType<T extends VncResource> {
  /** The wire type name, e.g. {@code virtual-network} or {@code virtual-DNS}. */
  public abstract String typeName();

  public abstract Class<T> javaClass();

  /**
   * The type names of the allowed parents, e.g. {@code [project]}; {@code config-root} for
   * global objects; empty for root-level objects without a parent (virtual-machine).
   */
  public abstract List<String> parentTypes();

  public abstract List<PropertyField> properties();

  public abstract List<RefField> refs();

  public abstract List<ChildField> children();

  public abstract List<BackRefField> backRefs();

  /** The key wrapping an object in request and response bodies, e.g. {@code virtual-network}. */
  public final String jsonKey() {
    return typeName();
  }

  /** The type name in underscore form, e.g. {@code virtual_network}. */
  public final String underscoreName() {
    return typeName().replace('-', '_');
  }

  /** The path of one object (append {@code /<uuid>}), e.g. {@code /virtual-network}. */
  public final String path() {
    return "/" + typeName();
  }

  /** The collection path, the type name plus a literal {@code s}, e.g. {@code /network-policys}. */
  public final String collectionPath() {
    return "/" + collectionKey();
  }

  /** The key of list responses, e.g. {@code network-policys}. */
  public final String collectionKey() {
    return typeName() + "s";
  }

  public final Optional<PropertyField> property(String wireName) {
    return properties().stream().filter(p -> p.wireName().equals(wireName)).findFirst();
  }

  public final Optional<RefField> ref(String fieldName) {
    return refs().stream().filter(r -> r.fieldName().equals(fieldName)).findFirst();
  }

  /** The ref list pointing at objects of {@code targetType} (hyphen form). */
  public final Optional<RefField> refTo(String targetType) {
    return refs().stream().filter(r -> r.targetType().equals(targetType)).findFirst();
  }

  public final Optional<ChildField> child(String fieldName) {
    return children().stream().filter(c -> c.fieldName().equals(fieldName)).findFirst();
  }

  public final Optional<BackRefField> backRef(String fieldName) {
    return backRefs().stream().filter(b -> b.fieldName().equals(fieldName)).findFirst();
  }

  public static <T extends VncResource> Builder<T> builder() {
    return new Builder<>();
  }

  public static final class Builder<T extends VncResource> extends ImmutableResourceType.Builder<T> {}
}

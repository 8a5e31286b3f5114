package dev.nestedcontrail.sdk.vnc.model;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a ref list ({@code network_ipam_refs}), a back-ref list or a children list:
 * {@code {"to": [...], "uuid": "...", "href": "...", "attr": ...}}.
 *
 * <p>On write the server identifies the target by {@code uuid}, or by {@code to} when there is no
 * uuid. {@code A} is the link's data type ({@link Void} for links without data); refs of links
 * with data are always written with an {@code attr} key, JSON null when {@link #attr()} is empty.
 *
 * @param <A> the link data type, or {@link Void}
 */
@Value.Immutable
public abstract class Reference<A> {
  /** The target's fq_name ({@code to}). */
  public abstract List<String> to();

  public abstract Optional<String> uuid();

  public abstract Optional<String> href();

  /** The link data ({@code attr}); always empty for links without data. */
  public abstract Optional<A> attr();

  /** JSON members this model does not know: name to value as JSON text, in the order read. */
  public abstract Map<String, String> unknownFields();

  @Value.Check
  protected void check() {
    if (to().isEmpty() && uuid().isEmpty()) {
      throw ValidationException.of("reference", "to: [] and no uuid; one of them must name the target");
    }
  }

  public static <A> Builder<A> builder() {
    return new Builder<>();
  }

  /** A reference to the object with this uuid. */
  public static <A> Reference<A> toUuid(String uuid) {
    return Reference.<A>builder().uuid(uuid).build();
  }

  /** A reference to the object with this fq_name. */
  public static <A> Reference<A> toFqName(List<String> fqName) {
    return Reference.<A>builder().to(fqName).build();
  }

  /** The builder; {@code to} or {@code uuid} should be set. */
  public static final class Builder<A> extends ImmutableReference.Builder<A> {}
}

package dev.nestedcontrail.sdk.vnc;

import java.util.List;
import org.immutables.value.Value;

/** What {@code /id-to-fqname} answers: the object's type (hyphen form), fq_name and uuid. */
@Value.Immutable
public abstract class ObjectIdentity {
  public abstract String type();

  public abstract List<String> fqName();

  public abstract String uuid();

  public static ObjectIdentity of(String type, List<String> fqName, String uuid) {
    return builder().type(type).fqName(fqName).uuid(uuid).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableObjectIdentity.Builder {}
}

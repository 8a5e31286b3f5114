package dev.nestedcontrail.sdk.vnc.configdb;

import java.util.List;
import org.immutables.value.Value;

/** One entry of {@code obj_fq_name_table}: an object's type, fq_name and uuid. */
@Value.Immutable
public abstract class ConfigObjectId {

  /** The type in the database's underscore form, such as {@code virtual_network}. */
  public abstract String type();

  public abstract List<String> fqName();

  public abstract String uuid();

  public static ConfigObjectId of(String type, List<String> fqName, String uuid) {
    return builder().type(type).fqName(fqName).uuid(uuid).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableConfigObjectId.Builder {}
}

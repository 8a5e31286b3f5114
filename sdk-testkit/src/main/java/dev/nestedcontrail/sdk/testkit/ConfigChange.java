package dev.nestedcontrail.sdk.testkit;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One committed change of a {@link FakeConfigApi}, as the api-server publishes it on
 * {@code vnc_config.object-update}: {@code oper} CREATE, UPDATE or DELETE, the hyphen type name,
 * uuid and fq_name, and for CREATE and UPDATE the stored object dict as JSON.
 */
@Value.Immutable
public abstract class ConfigChange {
  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableConfigChange.Builder {}

  public abstract String oper();

  public abstract String type();

  public abstract String uuid();

  public abstract List<String> fqName();

  /** The object dict (JSON text) after the change; empty for DELETE. */
  public abstract Optional<String> objectJson();
}

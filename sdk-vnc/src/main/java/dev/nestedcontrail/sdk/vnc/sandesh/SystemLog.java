package dev.nestedcontrail.sdk.vnc.sandesh;

import java.time.Instant;
import org.immutables.value.Value;

/** A system log message as a collector receives it. */
@Value.Immutable
public abstract class SystemLog {

  /** The sandesh name, such as {@code KubeManagerErrorLog}. */
  public abstract String messageName();

  public abstract SyslogLevel level();

  /** The text ({@code log_msg}). */
  public abstract String text();

  /** Category; {@code __default__} when the sender named none. */
  public abstract String category();

  /** The sender's host name. */
  public abstract String source();

  public abstract String module();

  /** When the sender created the message (microsecond precision). */
  public abstract Instant timestamp();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableSystemLog.Builder {}
}

package dev.nestedcontrail.sdk.vnc.configdb;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where and how {@link ConfigDb} reads: contact points, local datacenter, optional credentials,
 * the optional cluster id that prefixes the keyspace ({@code <clusterId>_config_db_uuid}, as
 * Contrail's {@code cluster_id} option does), timeouts and the page size of bulk reads.
 */
@Value.Immutable
public abstract class ConfigDbSettings {
  /** The keyspace name without the cluster prefix. */
  public static final String KEYSPACE = "config_db_uuid";

  private static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9_]+");
  private static final int MAX_KEYSPACE_LENGTH = 48;

  /**
   * The nodes to contact first; the driver fails over between them and discovers the others. Empty
   * only when {@link ConfigDb.Builder#session} supplies the caller's session.
   */
  public abstract List<ContactPoint> contactPoints();

  /** The datacenter whose nodes are queried; {@code datacenter1} (Cassandra's default) unless set. */
  @Value.Default
  public String localDatacenter() {
    return "datacenter1";
  }

  public abstract Optional<ConfigDbCredentials> credentials();

  /** Contrail's {@code cluster_id}; when set, the keyspace is {@code <clusterId>_config_db_uuid}. */
  public abstract Optional<String> clusterId();

  /** Timeout for opening a connection to one node. */
  @Value.Default
  public Duration connectTimeout() {
    return Duration.ofSeconds(5);
  }

  /** Timeout of one CQL request (each page of a paged read is one request). */
  @Value.Default
  public Duration requestTimeout() {
    return Duration.ofSeconds(10);
  }

  /** Rows per page when listing a type, and objects per batch in bulk reads. */
  @Value.Default
  public int pageSize() {
    return 200;
  }

  /** The keyspace read: {@code config_db_uuid}, prefixed with {@code <clusterId>_} when set. */
  @Value.Derived
  public String keyspace() {
    return clusterId().map(id -> id + "_" + KEYSPACE).orElse(KEYSPACE);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (localDatacenter().isBlank()) {
      problems.add("localDatacenter: is blank (expected a datacenter name such as datacenter1)");
    }
    clusterId().ifPresent(id -> {
      if (!CLUSTER_ID.matcher(id).matches()) {
        problems.add("clusterId: '" + id + "' is not a valid keyspace prefix (expected letters, digits and _)");
      } else if (keyspace().length() > MAX_KEYSPACE_LENGTH) {
        problems.add("clusterId: '" + id + "' makes the keyspace name " + keyspace().length()
            + " characters long (Cassandra allows " + MAX_KEYSPACE_LENGTH + ")");
      }
    });
    checkPositive(problems, "connectTimeout", connectTimeout());
    checkPositive(problems, "requestTimeout", requestTimeout());
    if (pageSize() < 1 || pageSize() > 10_000) {
      problems.add("pageSize: " + pageSize() + " is out of range (expected 1 to 10000)");
    }
    ValidationException.throwIfAny("config DB settings", problems);
  }

  private static void checkPositive(List<String> problems, String field, Duration value) {
    if (value.isNegative() || value.isZero()) {
      problems.add(field + ": " + value + " is not positive");
    }
  }

  public static final class Builder extends ImmutableConfigDbSettings.Builder {}
}

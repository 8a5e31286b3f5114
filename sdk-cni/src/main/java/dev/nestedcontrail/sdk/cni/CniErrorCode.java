package dev.nestedcontrail.sdk.cni;

/**
 * The error codes a CNI plugin reports in its error JSON. Codes 1 to 99 are the spec's; 100 and up
 * are this plugin's own, as the spec allows.
 */
public enum CniErrorCode {
  /** The network config asks for a CNI version this plugin does not speak. */
  INCOMPATIBLE_VERSION(1),
  /** A field (in the network config or {@code CNI_ARGS}) is not supported. */
  UNSUPPORTED_FIELD(2),
  /** The container or its network namespace does not exist. */
  UNKNOWN_CONTAINER(3),
  /** A {@code CNI_*} environment variable is missing or malformed. */
  INVALID_ENVIRONMENT(4),
  /** Reading or writing a local file failed. */
  IO_FAILURE(5),
  /** The network config on stdin is not valid JSON. */
  DECODE_FAILURE(6),
  /** The network config is JSON but its content is wrong. */
  INVALID_NETWORK_CONFIG(7),
  /** Transient: the vrouter agent does not know the pod yet or cannot be reached; retry later. */
  TRY_AGAIN_LATER(11),
  /** STATUS: the plugin cannot serve ADD now (the vrouter agent is unreachable). */
  PLUGIN_NOT_AVAILABLE(50),
  /** The kernel refused a change (a link, address or route). */
  DATA_PLANE_FAILURE(100),
  /** The vrouter agent answered with an error that retrying will not fix. */
  AGENT_FAILURE(101),
  /** The interface in the container does not match the result of the earlier ADD (CHECK). */
  CHECK_MISMATCH(102),
  /** A failure this plugin did not expect; the details say what it was. */
  INTERNAL_ERROR(999);

  private final int code;

  CniErrorCode(int code) {
    this.code = code;
  }

  /** The numeric code written in the error JSON. */
  public int code() {
    return code;
  }
}

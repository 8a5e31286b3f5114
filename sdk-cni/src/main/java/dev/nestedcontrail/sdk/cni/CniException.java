package dev.nestedcontrail.sdk.cni;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.util.Objects;

/**
 * A CNI operation failed; it becomes the error JSON ({@code code}, {@code msg}, {@code details})
 * that the plugin prints. {@link CniPlugin#execute} never throws it: it turns it into a {@link
 * CniOutcome}.
 */
public final class CniException extends ContrailClientException {
  private static final long serialVersionUID = 1L;

  private final CniErrorCode code;
  private final String details;

  public CniException(CniErrorCode code, String msg, String details) {
    super(msg);
    this.code = Objects.requireNonNull(code, "code == null");
    this.details = Objects.requireNonNull(details, "details == null");
  }

  public CniException(CniErrorCode code, String msg, String details, Throwable cause) {
    super(msg, cause);
    this.code = Objects.requireNonNull(code, "code == null");
    this.details = Objects.requireNonNull(details, "details == null");
  }

  public CniErrorCode code() {
    return code;
  }

  /** The short, human-readable message ({@code msg} in the error JSON). */
  public String msg() {
    return getMessage();
  }

  /** More context for the operator ({@code details} in the error JSON); may be empty. */
  public String details() {
    return details;
  }
}

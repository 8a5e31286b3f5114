package dev.nestedcontrail.sdk.testkit;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A request as a {@link FakeConfigApi} logged it: method, path, query parameters and body. */
@Value.Immutable
public abstract class RecordedRequest {
  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRecordedRequest.Builder {}

  public abstract String method();

  public abstract String path();

  public abstract Map<String, List<String>> query();

  public abstract String body();

  @Override
  public String toString() {
    return method() + " " + path() + (query().isEmpty() ? "" : " " + query());
  }
}

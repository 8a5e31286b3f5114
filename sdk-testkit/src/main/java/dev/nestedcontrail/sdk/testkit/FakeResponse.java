package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The answer of a {@link FakeHandler}: a status, headers and either a whole body or a stream that
 * stays open as long as its opener (or the client) wants, sent with chunked transfer encoding.
 */
@Value.Immutable
public abstract class FakeResponse {
  public static final String JSON = "application/json";
  public static final String TEXT = "text/plain; charset=utf-8";

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFakeResponse.Builder {}

  /** {@code body} (maps, lists, strings, numbers, booleans, null) written as JSON. */
  public static FakeResponse json(int status, Object body) {
    return builder().status(status).putHeader("Content-Type", JSON).body(JsonCodec.write(body)).build();
  }

  /** A plain-text body in UTF-8. */
  public static FakeResponse text(int status, String body) {
    return builder().status(status).putHeader("Content-Type", TEXT).body(body).build();
  }

  /** No body. */
  public static FakeResponse empty(int status) {
    return builder().status(status).build();
  }

  /**
   * A chunked response: the headers go out at once, then {@code opener} gets the open stream (on
   * the I/O thread; keep it and send from any thread).
   */
  public static FakeResponse stream(int status, String contentType, Consumer<ResponseStream> opener) {
    return builder().status(status).putHeader("Content-Type", contentType).stream(opener).build();
  }

  public abstract int status();

  /** Response headers by name, as given. */
  public abstract Map<String, String> headers();

  /** The whole body; empty for a streamed response. */
  @Value.Default
  public String body() {
    return "";
  }

  /** The opener of a streamed response. */
  public abstract Optional<Consumer<ResponseStream>> stream();

  /** A copy with header {@code name} set to {@code value}. */
  public FakeResponse withHeader(String name, String value) {
    return builder().from(this).putHeader(name, value).build();
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (status() < 100 || status() > 599) {
      problems.add("status: " + status() + " is not an HTTP status (100..599)");
    }
    if (stream().isPresent() && !body().isEmpty()) {
      problems.add("body: a streamed response has no whole body");
    }
    ValidationException.throwIfAny("FakeResponse", problems);
  }
}

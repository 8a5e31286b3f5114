package dev.nestedcontrail.sdk.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * An ordered, non-empty list of equivalent servers. A client starts at one of them (spread across
 * clients), moves to the next one when a connection fails, and stays there.
 */
@Value.Immutable
public abstract class Endpoints {

  public abstract List<Endpoint> endpoints();

  public static Builder builder() {
    return new Builder();
  }

  public static Endpoints of(Endpoint... endpoints) {
    return builder().addEndpoints(endpoints).build();
  }

  public static Endpoints of(List<Endpoint> endpoints) {
    return builder().addAllEndpoints(endpoints).build();
  }

  /**
   * Parses a comma-separated list such as {@code http://a:8082,http://b:8082}; every bad entry is
   * reported.
   *
   * @throws ValidationException when the list is empty or an entry is not a server URL
   */
  public static Endpoints parse(String commaSeparatedUrls) {
    List<String> problems = new ArrayList<>();
    List<Endpoint> parsed = new ArrayList<>();
    List<String> parts = Arrays.asList(commaSeparatedUrls.split(","));
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i).strip();
      if (part.isEmpty()) {
        continue;
      }
      try {
        parsed.add(Endpoint.parse(part));
      } catch (ValidationException e) {
        for (String problem : e.problems()) {
          problems.add("endpoints[" + i + "]: " + problem);
        }
      }
    }
    if (parsed.isEmpty() && problems.isEmpty()) {
      problems.add("endpoints: '" + commaSeparatedUrls + "' lists no server (expected at least one URL)");
    }
    ValidationException.throwIfAny("endpoints", problems);
    return of(parsed);
  }

  /** The number of servers. */
  public int size() {
    return endpoints().size();
  }

  /** The server at {@code index} modulo the size, so any int picks one. */
  public Endpoint at(int index) {
    return endpoints().get(Math.floorMod(index, size()));
  }

  @Override
  public String toString() {
    return endpoints().toString();
  }

  @Value.Check
  void check() {
    if (endpoints().isEmpty()) {
      throw ValidationException.of("endpoints", "endpoints: the list is empty (expected at least one server)");
    }
  }

  public static final class Builder extends ImmutableEndpoints.Builder {}
}

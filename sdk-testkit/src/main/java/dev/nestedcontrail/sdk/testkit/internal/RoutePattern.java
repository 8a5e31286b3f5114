package dev.nestedcontrail.sdk.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path pattern such as {@code /v3/projects/{id}}: literal segments match exactly, {@code {name}}
 * matches one non-empty segment, and a last {@code {name*}} matches the rest of the path (possibly
 * several segments). A trailing slash in the request path is ignored.
 */
public final class RoutePattern {
  private final String pattern;
  private final List<String> segments;

  private RoutePattern(String pattern, List<String> segments) {
    this.pattern = pattern;
    this.segments = segments;
  }

  public static RoutePattern parse(String pattern) {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("route pattern: " + pattern + " does not start with /");
    }
    List<String> segments = split(pattern);
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      boolean variable = s.startsWith("{") && s.endsWith("}");
      if (!variable && (s.contains("{") || s.contains("}"))) {
        throw new IllegalArgumentException("route pattern: " + pattern + " has a malformed segment " + s);
      }
      if (variable && s.endsWith("*}") && i != segments.size() - 1) {
        throw new IllegalArgumentException("route pattern: " + pattern + " has " + s + " before the last segment");
      }
    }
    return new RoutePattern(pattern, segments);
  }

  /** The variables bound when {@code path} matches; empty when it does not. */
  public Optional<Map<String, String>> match(String path) {
    List<String> actual = split(path);
    Map<String, String> variables = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      if (expected.endsWith("*}")) {
        if (i >= actual.size()) {
          return Optional.empty();
        }
        variables.put(expected.substring(1, expected.length() - 2), String.join("/", actual.subList(i, actual.size())));
        return Optional.of(variables);
      }
      if (i >= actual.size()) {
        return Optional.empty();
      }
      if (expected.startsWith("{")) {
        variables.put(expected.substring(1, expected.length() - 1), actual.get(i));
      } else if (!expected.equals(actual.get(i))) {
        return Optional.empty();
      }
    }
    return actual.size() == segments.size() ? Optional.of(variables) : Optional.empty();
  }

  private static List<String> split(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return pattern;
  }
}

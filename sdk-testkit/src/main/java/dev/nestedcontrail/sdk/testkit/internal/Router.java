package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.testkit.FakeHandler;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Routes by method and path pattern, first registered match wins. Immutable once built. */
public final class Router {
  private final List<Route> routes;

  public Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  /** One route: a method (upper case), a pattern and the handler. */
  public record Route(String method, RoutePattern pattern, FakeHandler handler) {
    public static Route of(String method, String pattern, FakeHandler handler) {
      return new Route(method.toUpperCase(Locale.ROOT), RoutePattern.parse(pattern), handler);
    }
  }

  /** What routing found: a handler with its path variables, or the methods the path allows (for 405). */
  public record Match(Optional<FakeHandler> handler, Map<String, String> variables, Set<String> allowed) {}

  public Match route(String method, String path) {
    Set<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Optional<Map<String, String>> variables = route.pattern().match(path);
      if (variables.isEmpty()) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Match(Optional.of(route.handler()), variables.get(), Set.of());
      }
      allowed.add(route.method());
    }
    return new Match(Optional.empty(), Map.of(), allowed);
  }
}

package dev.nestedcontrail.sdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutePatternTest {

  @Test
  void match_literalPath_matchesOnlyItself_ignoringTrailingSlash() {
    RoutePattern p = RoutePattern.parse("/v3/auth/tokens");

    assertThat(p.match("/v3/auth/tokens")).contains(Map.of());
    assertThat(p.match("/v3/auth/tokens/")).contains(Map.of());
    assertThat(p.match("/v3/auth")).isEmpty();
    assertThat(p.match("/v3/auth/tokens/x")).isEmpty();
  }

  @Test
  void match_variables_bindOneSegmentEach() {
    RoutePattern p = RoutePattern.parse("/api/{group}/namespaces/{ns}/pods");

    assertThat(p.match("/api/v1/namespaces/kube-system/pods")).contains(Map.of("group", "v1", "ns", "kube-system"));
    assertThat(p.match("/api/v1/namespaces//pods")).isEmpty();
  }

  @Test
  void match_restVariable_bindsTheRemainingPath() {
    RoutePattern p = RoutePattern.parse("/files/{path*}");

    assertThat(p.match("/files/a/b/c")).contains(Map.of("path", "a/b/c"));
    assertThat(p.match("/files")).isEmpty();
  }

  @Test
  void parse_rejectsMalformedPatterns() {
    assertThatThrownBy(() -> RoutePattern.parse("v3")).hasMessageContaining("does not start with /");
    assertThatThrownBy(() -> RoutePattern.parse("/a{b}")).hasMessageContaining("malformed segment a{b}");
    assertThatThrownBy(() -> RoutePattern.parse("/{rest*}/x")).hasMessageContaining("before the last segment");
  }

  @Test
  void route_prefersTheMatchingMethod_andListsAllowedMethodsOtherwise() {
    Router router = new Router(java.util.List.of(
        Router.Route.of("get", "/things/{id}", r -> null),
        Router.Route.of("DELETE", "/things/{id}", r -> null)));

    assertThat(router.route("GET", "/things/1").variables()).isEqualTo(Map.of("id", "1"));
    Router.Match put = router.route("PUT", "/things/1");
    assertThat(put.handler()).isEmpty();
    assertThat(put.allowed()).containsExactly("DELETE", "GET");
    assertThat(router.route("GET", "/other").allowed()).isEmpty();
  }
}

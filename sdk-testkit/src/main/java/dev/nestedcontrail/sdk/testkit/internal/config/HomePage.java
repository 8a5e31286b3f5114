package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** {@code GET /}: the links clients discover collections, resources and actions from. */
public final class HomePage {
  /** Action name on the home page and its path; the names differ from the paths as on the server. */
  private static final List<List<String>> ACTIONS = List.of(
      List.of("name-to-id", "/fqname-to-id", "POST"),
      List.of("id-to-name", "/id-to-fqname", "POST"),
      List.of("ref-update", "/ref-update", "POST"),
      List.of("ref-relax-for-delete", "/ref-relax-for-delete", "POST"),
      List.of("prop-collection-get", "/prop-collection-get", "GET"),
      List.of("prop-collection-update", "/prop-collection-update", "POST"),
      List.of("list-bulk-collection", "/list-bulk-collection", "POST"),
      List.of("set-tag", "/set-tag", "POST"),
      List.of("chown", "/chown", "POST"));

  private final Supplier<String> baseUrl;

  public HomePage(Supplier<String> baseUrl) {
    this.baseUrl = baseUrl;
  }

  public FakeResponse get(FakeRequest request) {
    String base = baseUrl.get();
    List<Object> links = new ArrayList<>();
    links.add(link("root", "config-root", base + "/config-root", "GET"));
    for (ResourceType<?> type : VncSchema.all()) {
      if (!type.typeName().equals("config-root")) {
        links.add(link("collection", type.typeName(), base + type.collectionPath(), null));
        links.add(link("resource-base", type.typeName(), base + type.path(), null));
      }
    }
    ACTIONS.forEach(a -> links.add(link("action", a.get(0), base + a.get(1), a.get(2))));
    Map<String, @Nullable Object> page = new LinkedHashMap<>();
    page.put("href", base);
    page.put("links", links);
    return HttpBodies.json(page);
  }

  private static Map<String, @Nullable Object> link(String rel, String name, String href, @Nullable String method) {
    Map<String, @Nullable Object> link = new LinkedHashMap<>();
    link.put("rel", rel);
    link.put("name", name);
    link.put("href", href);
    link.put("method", method);
    return HttpBodies.wrap("link", link);
  }
}

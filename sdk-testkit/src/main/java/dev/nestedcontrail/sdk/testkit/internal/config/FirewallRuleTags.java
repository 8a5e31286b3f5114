package dev.nestedcontrail.sdk.testkit.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The api-server's handling of the tags a firewall rule's endpoints name
 * ({@code firewall_rule.py} {@code _frs_fix_endpoint_tag}): each name {@code <type>=<value>}
 * must be an existing tag, looked up in the rule's project and then globally, or only globally
 * for a rule under {@code policy-management} or a name prefixed {@code global:}; 404 otherwise.
 * The server fills the endpoints' {@code tag_ids} and replaces the rule's {@code tag_refs} with
 * refs to those tags.
 */
final class FirewallRuleTags {
  private final ConfigStore store;

  FirewallRuleTags(ConfigStore store) {
    this.store = store;
  }

  /**
   * Resolves the endpoint tags of a create or update body of the rule, filling their
   * {@code tag_ids}; the rule's new {@code tag_refs}, empty when the body has no endpoint.
   */
  Optional<List<Map<String, @Nullable Object>>> resolve(StoredObject rule,
      Map<String, @Nullable Object> body) {
    List<Map<String, @Nullable Object>> refs = new ArrayList<>();
    boolean anyEndpoint = false;
    for (String key : List.of("endpoint_1", "endpoint_2")) {
      Optional<Map<String, @Nullable Object>> endpoint = Trees.map(body, key)
          .or(() -> Trees.map(rule.body(), key));
      if (endpoint.isEmpty()) {
        continue;
      }
      anyEndpoint = true;
      List<Object> ids = new ArrayList<>();
      for (Object name : Trees.list(endpoint.get(), "tags")) {
        StoredObject tag = tag(rule, String.valueOf(name));
        Trees.string(tag.body(), "tag_id").ifPresent(id -> ids.add(Long.decode(id)));
        if (refs.stream().noneMatch(r -> tag.uuid().equals(r.get("uuid")))) {
          Map<String, @Nullable Object> ref = new LinkedHashMap<>();
          ref.put("to", tag.fqName());
          ref.put("uuid", tag.uuid());
          ref.put("attr", null);
          refs.add(ref);
        }
      }
      endpoint.get().put("tag_ids", ids);
      body.put(key, endpoint.get());
    }
    return anyEndpoint ? Optional.of(refs) : Optional.empty();
  }

  private StoredObject tag(StoredObject rule, String name) {
    boolean global = name.startsWith("global:");
    String bare = global ? name.substring("global:".length()) : name;
    List<List<String>> candidates = new ArrayList<>();
    if (!global && !"policy-management".equals(rule.body().get("parent_type"))) {
      List<String> scoped = new ArrayList<>(rule.fqName().subList(0, rule.fqName().size() - 1));
      scoped.add(bare);
      candidates.add(scoped);
    }
    candidates.add(List.of(bare));
    for (List<String> fq : candidates) {
      Optional<String> uuid = store.uuidOf("tag", fq);
      if (uuid.isPresent()) {
        return store.get(uuid.get()).orElseThrow();
      }
    }
    throw new ApiError(404, "No Tag object found for " + PyRepr.pformat(candidates.get(0)));
  }
}

package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions}) read from an
 * object's content. It can be matched against labels (all operators), and turned into the
 * equalities a firewall rule endpoint can carry as tags ({@code matchLabels} and single-value
 * {@code In}; other operators cannot be expressed by tags).
 */
public final class LabelSelector {
  private final Map<String, String> matchLabels;
  private final List<Map<?, ?>> expressions;

  private LabelSelector(Map<String, String> matchLabels, List<Map<?, ?>> expressions) {
    this.matchLabels = matchLabels;
    this.expressions = expressions;
  }

  /** The selector in {@code value} (a map), or empty when {@code value} is not a map. */
  public static Optional<LabelSelector> of(Object value) {
    if (!(value instanceof Map)) {
      return Optional.empty();
    }
    Map<?, ?> selector = (Map<?, ?>) value;
    Map<String, String> labels = new LinkedHashMap<>();
    if (selector.get("matchLabels") instanceof Map) {
      ((Map<?, ?>) selector.get("matchLabels")).forEach((k, v) -> labels.put(String.valueOf(k),
          String.valueOf(v)));
    }
    List<Map<?, ?>> expressions = new java.util.ArrayList<>();
    if (selector.get("matchExpressions") instanceof List) {
      for (Object e : (List<?>) selector.get("matchExpressions")) {
        if (e instanceof Map) {
          expressions.add((Map<?, ?>) e);
        }
      }
    }
    return Optional.of(new LabelSelector(labels, expressions));
  }

  /** True when the selector selects everything ({@code {}}). */
  public boolean empty() {
    return matchLabels.isEmpty() && expressions.isEmpty();
  }

  /** True when {@code labels} satisfy every requirement. */
  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Map<?, ?> e : expressions) {
      String key = String.valueOf(e.get("key"));
      List<String> values = values(e);
      boolean ok = switch (String.valueOf(e.get("operator"))) {
        case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
        case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
        case "Exists" -> labels.containsKey(key);
        case "DoesNotExist" -> !labels.containsKey(key);
        default -> throw unsupported(e);
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The selector as label equalities, which firewall endpoints express as tags.
   *
   * @throws ContrailClientException for requirements tags cannot express
   */
  public Map<String, String> equalities() {
    Map<String, String> result = new LinkedHashMap<>(matchLabels);
    for (Map<?, ?> e : expressions) {
      List<String> values = values(e);
      if (!"In".equals(String.valueOf(e.get("operator"))) || values.size() != 1) {
        throw unsupported(e);
      }
      result.put(String.valueOf(e.get("key")), values.get(0));
    }
    return result;
  }

  private static List<String> values(Map<?, ?> expression) {
    Object values = expression.get("values");
    return values instanceof List ? ((List<?>) values).stream().map(String::valueOf).toList()
        : List.of();
  }

  private static ContrailClientException unsupported(Map<?, ?> expression) {
    return new ContrailClientException("label selector: matchExpression " + expression
        + " cannot be expressed by tags (only matchLabels and In with one value)");
  }
}

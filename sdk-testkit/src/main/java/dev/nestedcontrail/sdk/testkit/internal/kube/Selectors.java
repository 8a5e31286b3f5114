package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label selectors ({@code a=b}, {@code a==b}, {@code a!=b}, {@code a}, {@code !a},
 * {@code a in (x,y)}, {@code a notin (x,y)}) and field selectors ({@code f=v}, {@code f==v},
 * {@code f!=v}) of LIST and WATCH requests, as predicates over objects.
 */
public final class Selectors {
  private static final Pattern SET = Pattern.compile("^\\s*([^\\s!=]+)\\s+(in|notin)\\s*\\(([^)]*)\\)\\s*$");
  private static final Pattern EQUALITY = Pattern.compile("^\\s*([^\\s!=]+)\\s*(==|=|!=)\\s*([^\\s]*)\\s*$");
  private static final Pattern EXISTS = Pattern.compile("^\\s*(!?)\\s*([^\\s!=()]+)\\s*$");
  private static final Set<String> COMMON_FIELDS = Set.of("metadata.name", "metadata.namespace");
  private static final Map<String, Set<String>> FIELDS = Map.of(
      "Pod", Set.of("spec.nodeName", "spec.schedulerName", "spec.serviceAccountName", "status.phase",
          "status.podIP", "spec.hostNetwork"),
      "Event", Set.of("involvedObject.kind", "involvedObject.name", "involvedObject.namespace",
          "involvedObject.uid", "reason", "type", "source"),
      "Secret", Set.of("type"),
      "Node", Set.of("spec.unschedulable"),
      "Namespace", Set.of("status.phase"));

  private Selectors() {}

  /** The predicate of a label selector over an object's {@code metadata.labels}. */
  public static Predicate<Map<String, Object>> labels(String selector) {
    Predicate<Map<String, String>> all = l -> true;
    for (String requirement : split(selector)) {
      all = all.and(requirement(requirement));
    }
    Predicate<Map<String, String>> matcher = all;
    return object -> matcher.test(Trees.strings(object, "metadata", "labels"));
  }

  /** The predicate of a field selector for objects of {@code resource}; 400 for an unsupported field. */
  public static Predicate<Map<String, Object>> fields(String selector, KubeResource resource) {
    Predicate<Map<String, Object>> all = o -> true;
    for (String requirement : split(selector)) {
      Matcher m = EQUALITY.matcher(requirement);
      if (!m.matches()) {
        throw KubeApiException.badRequest("invalid field selector: " + requirement);
      }
      String field = m.group(1);
      if (!COMMON_FIELDS.contains(field) && !FIELDS.getOrDefault(resource.kind(), Set.of()).contains(field)) {
        throw KubeApiException.badRequest("field label not supported: " + field);
      }
      String value = m.group(3);
      boolean negate = m.group(2).equals("!=");
      String[] path = field.split("\\.");
      all = all.and(o -> Trees.at(o, path).map(String::valueOf).orElse("").equals(value) != negate);
    }
    return all;
  }

  private static Predicate<Map<String, String>> requirement(String text) {
    Matcher set = SET.matcher(text);
    if (set.matches()) {
      String key = set.group(1);
      List<String> values = Arrays.stream(set.group(3).split(",")).map(String::trim).toList();
      boolean in = set.group(2).equals("in");
      return labels -> in ? values.contains(labels.get(key)) : !values.contains(labels.get(key));
    }
    Matcher eq = EQUALITY.matcher(text);
    if (eq.matches()) {
      String key = eq.group(1);
      String value = eq.group(3);
      return eq.group(2).equals("!=") ? labels -> !value.equals(labels.get(key)) : labels -> value.equals(labels.get(key));
    }
    Matcher exists = EXISTS.matcher(text);
    if (exists.matches()) {
      String key = exists.group(2);
      boolean negate = !exists.group(1).isEmpty();
      return labels -> labels.containsKey(key) != negate;
    }
    throw KubeApiException.badRequest("unable to parse requirement: " + text);
  }

  /** Splits at commas outside parentheses; blank parts are dropped. */
  private static List<String> split(String selector) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : selector.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts.stream().filter(p -> !p.isBlank()).toList();
  }
}

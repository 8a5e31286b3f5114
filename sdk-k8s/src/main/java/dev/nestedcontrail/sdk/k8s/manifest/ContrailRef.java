package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reference to a Contrail object in the Python-literal form kube-manager reads with
 * {@code literal_eval}: {@code {'domain': 'default-domain', 'project': 'admin', 'name': 'vn'}}.
 * Cluster networks use domain, project and name; a project uses domain and project; a floating-IP
 * pool adds network. {@code {}} (no keys) means "none". Keys render in the order domain, project,
 * network, name, which is upstream's order.
 */
@Value.Immutable
public abstract class ContrailRef {
  private static final Pattern ENTRY =
      Pattern.compile("\\s*(['\"])(\\w+)\\1\\s*:\\s*(['\"])([^'\"]*)\\3\\s*(,|$)");
  private static final Pattern NAME_PART = Pattern.compile("[^'\"\\\\\\s{}:,]+");

  public abstract Optional<String> domain();

  public abstract Optional<String> project();

  public abstract Optional<String> network();

  public abstract Optional<String> name();

  public static Builder builder() {
    return new Builder();
  }

  /** A network reference {@code {'domain': d, 'project': p, 'name': n}}. */
  public static ContrailRef network(String domain, String project, String name) {
    return builder().domain(domain).project(project).name(name).build();
  }

  /** Parses the Python-literal form; throws {@link ValidationException} naming {@code field}. */
  public static ContrailRef parse(String field, String text) {
    String trimmed = text.trim();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
      throw ValidationException.of("Contrail reference", field + ": " + text
          + " is not a Python dict such as {'domain': 'default-domain', 'project': 'admin', "
          + "'name': 'vn'}");
    }
    String body = trimmed.substring(1, trimmed.length() - 1).trim();
    Map<String, String> entries = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Matcher m = ENTRY.matcher(body);
    int position = 0;
    while (position < body.length()) {
      if (!m.find(position) || m.start() != position) {
        problems.add(field + ": cannot read " + text + " after position " + position);
        break;
      }
      if (entries.put(m.group(2), m.group(4)) != null) {
        problems.add(field + ": key '" + m.group(2) + "' appears twice in " + text);
      }
      position = m.end();
    }
    ValidationException.throwIfAny("Contrail reference", problems);
    Builder builder = builder();
    entries.forEach((key, value) -> {
      switch (key) {
        case "domain": builder.domain(value); break;
        case "project": builder.project(value); break;
        case "network": builder.network(value); break;
        case "name": builder.name(value); break;
        default: problems.add(field + ": unknown key '" + key
            + "' (expected domain, project, network, name)");
      }
    });
    ValidationException.throwIfAny("Contrail reference", problems);
    return builder.build();
  }

  /** The Python-literal form, for example {@code {'domain': 'd', 'project': 'p', 'name': 'n'}}. */
  public String pythonLiteral() {
    List<String> parts = new ArrayList<>();
    domain().ifPresent(v -> parts.add("'domain': '" + v + "'"));
    project().ifPresent(v -> parts.add("'project': '" + v + "'"));
    network().ifPresent(v -> parts.add("'network': '" + v + "'"));
    name().ifPresent(v -> parts.add("'name': '" + v + "'"));
    return "{" + String.join(", ", parts) + "}";
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    Map<String, Optional<String>> parts = new LinkedHashMap<>();
    parts.put("domain", domain());
    parts.put("project", project());
    parts.put("network", network());
    parts.put("name", name());
    parts.forEach((key, value) -> value.filter(v -> !NAME_PART.matcher(v).matches()).ifPresent(
        v -> problems.add(key + ": '" + v + "' must be non-empty, without quotes, backslashes, "
            + "blanks, braces, colons or commas")));
    ValidationException.throwIfAny("Contrail reference", problems);
  }

  @Override
  public String toString() {
    return pythonLiteral();
  }

  public static final class Builder extends ImmutableContrailRef.Builder {}
}

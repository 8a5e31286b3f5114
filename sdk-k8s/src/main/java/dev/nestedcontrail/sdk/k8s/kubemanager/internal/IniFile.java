package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ini file as Python's ConfigParser reads kube-manager's: {@code [SECTION]} headers,
 * {@code key=value} or {@code key: value} lines, {@code #}/{@code ;} comment lines, blank lines.
 * Keys are lower-cased; values are stripped.
 */
public final class IniFile {
  private final Map<String, Map<String, String>> sections;

  private IniFile(Map<String, Map<String, String>> sections) {
    this.sections = sections;
  }

  public static IniFile parse(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Map<String, String> current = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(),
            s -> new LinkedHashMap<>());
        continue;
      }
      int eq = separator(line);
      if (eq <= 0) {
        problems.add("line " + (i + 1) + ": '" + line + "' is neither [SECTION] nor key=value");
      } else if (current == null) {
        problems.add("line " + (i + 1) + ": '" + line + "' comes before any [SECTION]");
      } else {
        current.put(line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT),
            line.substring(eq + 1).strip());
      }
    }
    ValidationException.throwIfAny("ini file", problems);
    return new IniFile(sections);
  }

  private static int separator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }

  /** The keys of the named sections merged in order, later sections winning, as kube-manager does. */
  public Map<String, String> merged(List<String> sectionNames) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String name : sectionNames) {
      result.putAll(sections.getOrDefault(name, Map.of()));
    }
    return Collections.unmodifiableMap(result);
  }

  public Optional<String> value(String section, String key) {
    return Optional.ofNullable(sections.getOrDefault(section, Map.of()).get(key));
  }
}

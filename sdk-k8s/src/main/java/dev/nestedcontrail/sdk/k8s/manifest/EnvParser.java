package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the text of a common.env into a {@link CommonEnv}, line by line. */
final class EnvParser {
  private static final Pattern ASSIGNMENT =
      Pattern.compile("\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=");

  private final List<String> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  /** By the name as written, for references. */
  private final Map<String, String> written = new HashMap<>();
  private final Map<String, String> variables = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();
  private final Map<String, String> spelling = new HashMap<>();

  private EnvParser() {}

  static CommonEnv parse(String source, String text) {
    EnvParser parser = new EnvParser();
    String[] rows = text.split("\n", -1);
    for (int i = 0; i < rows.length; i++) {
      parser.line(i + 1, rows[i]);
    }
    ValidationException.throwIfAny(source, parser.problems);
    return CommonEnv.of(parser.variables, parser.lines, parser.warnings);
  }

  private void line(int number, String row) {
    if (row.endsWith("\r")) {
      problems.add("line " + number + ": carriage return (save the file with Unix line endings)");
      return;
    }
    String stripped = row.strip();
    if (stripped.isEmpty() || stripped.startsWith("#")) {
      return;
    }
    Matcher m = ASSIGNMENT.matcher(row);
    if (!m.lookingAt()) {
      problems.add("line " + number + ": expected KEY=value or export KEY=value, found '"
          + firstWord(stripped) + "...'");
      return;
    }
    String name = m.group(1);
    Optional<String> value =
        EnvValueScanner.scan(row, m.end(), number, name, written, problems);
    value.ifPresent(v -> assign(number, name, v));
  }

  private void assign(int number, String name, String value) {
    written.put(name, value);
    boolean correctSpelling = name.equals(EnvNames.VROUTER_VIP_CORRECT_SPELLING);
    String canonical = correctSpelling ? EnvNames.VROUTER_VIP : name;
    if (correctSpelling) {
      warnings.add("line " + number + ": " + name + " is read as upstream's spelling "
          + EnvNames.VROUTER_VIP + " (upstream itself would ignore it)");
    }
    String earlier = variables.get(canonical);
    if (earlier != null && !spelling.get(canonical).equals(name) && !earlier.equals(value)) {
      problems.add("line " + number + ": " + name + "=" + value + " contradicts "
          + spelling.get(canonical) + "=" + earlier + " on line " + lines.get(canonical));
    } else if (earlier != null) {
      warnings.add("line " + number + ": " + canonical + " is set again (line "
          + lines.get(canonical) + " is overridden)");
    }
    if (EnvNames.UNUSED.contains(canonical)) {
      warnings.add("line " + number + ": " + canonical
          + " is not used by the nested manifest; ignored");
    } else if (!EnvNames.isUsed(canonical)) {
      warnings.add("line " + number + ": unknown variable " + canonical + "; ignored");
    }
    variables.remove(canonical);
    variables.put(canonical, value);
    lines.put(canonical, number);
    spelling.put(canonical, name);
  }

  private static String firstWord(String text) {
    int end = 0;
    while (end < text.length() && end < 30 && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }
}

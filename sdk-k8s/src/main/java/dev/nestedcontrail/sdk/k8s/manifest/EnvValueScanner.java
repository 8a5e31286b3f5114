package dev.nestedcontrail.sdk.k8s.manifest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of one assignment the way bash would: quotes removed, {@code $VAR} and
 * {@code ${VAR}} replaced by earlier values, an unquoted {@code #} after a blank starting a comment.
 * Anything outside that subset is a problem naming the line.
 */
final class EnvValueScanner {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String FORBIDDEN = ";&|<>()";

  private final String text;
  private final int line;
  private final String key;
  private final Map<String, String> earlier;
  private final List<String> problems;
  private final StringBuilder value = new StringBuilder();
  private int pos;

  private EnvValueScanner(String text, int start, int line, String key, Map<String, String> earlier,
      List<String> problems) {
    this.text = text;
    this.pos = start;
    this.line = line;
    this.key = key;
    this.earlier = earlier;
    this.problems = problems;
  }

  /** The value starting at {@code start}, or empty after adding a problem. */
  static Optional<String> scan(String text, int start, int line, String key,
      Map<String, String> earlier, List<String> problems) {
    return new EnvValueScanner(text, start, line, key, earlier, problems).run();
  }

  private Optional<String> run() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        String rest = text.substring(pos).strip();
        return rest.isEmpty() || rest.startsWith("#") ? done()
            : fail("unquoted blank in the value of " + key + " (quote the whole value)");
      } else if (c == '\'') {
        int end = text.indexOf('\'', pos + 1);
        if (end < 0) {
          return fail("unterminated single quote in the value of " + key
              + " (values spanning lines are not supported)");
        }
        value.append(text, pos + 1, end);
        pos = end + 1;
      } else if (c == '"') {
        if (!doubleQuoted()) {
          return Optional.empty();
        }
      } else if (c == '$') {
        if (!expansion()) {
          return Optional.empty();
        }
      } else if (c == '\\') {
        if (pos + 1 >= text.length()) {
          return fail("line continuation with '\\' is not supported");
        }
        value.append(text.charAt(pos + 1));
        pos += 2;
      } else if (c == '`') {
        return fail("command substitution is not supported in the value of " + key);
      } else if (FORBIDDEN.indexOf(c) >= 0) {
        return fail("'" + c + "' is not supported (only KEY=value assignments; quote the value)");
      } else {
        value.append(c);
        pos++;
      }
    }
    return done();
  }

  private boolean doubleQuoted() {
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return true;
      } else if (c == '\\' && pos + 1 < text.length() && "$\"\\`".indexOf(text.charAt(pos + 1)) >= 0) {
        value.append(text.charAt(pos + 1));
        pos += 2;
      } else if (c == '$') {
        if (!expansion()) {
          return false;
        }
      } else if (c == '`') {
        fail("command substitution is not supported in the value of " + key);
        return false;
      } else {
        value.append(c);
        pos++;
      }
    }
    fail("unterminated double quote in the value of " + key
        + " (values spanning lines are not supported)");
    return false;
  }

  /** At a '$': appends the referenced value, or the '$' itself when bash would keep it. */
  private boolean expansion() {
    int next = pos + 1;
    if (next < text.length() && text.charAt(next) == '{') {
      int close = text.indexOf('}', next);
      String inner = close < 0 ? text.substring(next + 1) : text.substring(next + 1, close);
      if (close < 0 || !NAME.matcher(inner).matches()) {
        fail("${" + inner + (close < 0 ? "" : "}") + " is not supported (only ${NAME})");
        return false;
      }
      pos = close + 1;
      return reference(inner);
    }
    Matcher m = NAME.matcher(text).region(next, text.length());
    if (m.lookingAt()) {
      pos = m.end();
      return reference(m.group());
    }
    if (next < text.length() && "(0123456789?!#@*$-".indexOf(text.charAt(next)) >= 0) {
      fail("'$" + text.charAt(next) + "' is not supported (only $NAME and ${NAME})");
      return false;
    }
    value.append('$');
    pos++;
    return true;
  }

  private boolean reference(String name) {
    String referenced = earlier.get(name);
    if (referenced == null) {
      fail("$" + name + " is not set earlier in the file (the process environment is not read)");
      return false;
    }
    value.append(referenced);
    return true;
  }

  private Optional<String> done() {
    return Optional.of(value.toString());
  }

  private Optional<String> fail(String problem) {
    problems.add("line " + line + ": " + problem);
    return Optional.empty();
  }
}

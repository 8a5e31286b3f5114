package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the statements of {@code #IFMAP-SEMANTICS-IDL} comment bodies. */
final class IdlParser {
  private static final Pattern START =
      Pattern.compile("\\b(Link|Property|ListProperty|MapProperty|Type|Exclude)\\s*\\(");

  private IdlParser() {}

  static List<IdlStatement> parse(String body) {
    List<IdlStatement> out = new ArrayList<>();
    Matcher m = START.matcher(body);
    int from = 0;
    while (m.find(from)) {
      List<String> args = new ArrayList<>();
      from = arguments(body, m.end(), args);
      out.add(new IdlStatement(m.group(1), args));
    }
    return out;
  }

  /** Reads quoted and bracketed arguments up to the closing parenthesis; returns the index after it. */
  private static int arguments(String s, int start, List<String> args) {
    int i = start;
    List<String> list = null;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closingQuote(s, i);
        String text = s.substring(i + 1, end);
        if (list != null) {
          list.add(text);
        } else {
          args.add(text);
        }
        i = end + 1;
      } else if (c == '[') {
        list = new ArrayList<>();
        i++;
      } else if (c == ']') {
        args.add(String.join(",", list));
        list = null;
        i++;
      } else if (c == ')' && list == null) {
        return i + 1;
      } else {
        i++;
      }
    }
    throw new IllegalStateException("unterminated IDL statement: " + s.substring(start));
  }

  private static int closingQuote(String s, int open) {
    char quote = s.charAt(open);
    for (int i = open + 1; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == quote) {
        return i;
      }
    }
    throw new IllegalStateException("unterminated quote in IDL: " + s.substring(open));
  }
}

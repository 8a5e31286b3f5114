package dev.nestedcontrail.sdk.k8s.manifest;

import java.util.regex.Pattern;

/**
 * Which plain (unquoted) YAML scalars a YAML 1.1 or 1.2 reader such as PyYAML, go-yaml v2 or
 * kubectl turns into something other than a string: null, booleans, numbers and timestamps.
 */
final class YamlScalars {
  private static final Pattern NON_STRING = Pattern.compile(String.join("|",
      "~|null|Null|NULL",
      "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
      "[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?0o[0-7]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+",
      "[-+]?[0-9]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+",
      "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9]+([eE][-+]?[0-9]+)",
      "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?", "=", "<<"));

  private YamlScalars() {}

  /** True when {@code text}, written unquoted, would not be read back as this string. */
  static boolean isNonString(String text) {
    return text.isEmpty() || NON_STRING.matcher(text).matches();
  }
}

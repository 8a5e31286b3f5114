package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import java.util.Locale;
import java.util.regex.Pattern;

/** Kubernetes (DNS-1123) and host name rules shared by spec checks and manifest validation. */
final class Names {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern CONFIG_MAP_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private Names() {}

  /** A DNS-1123 label: at most 63 lower-case alphanumerics or '-', alphanumeric at both ends. */
  static boolean isDns1123Label(String name) {
    return name.length() <= 63 && LABEL.matcher(name).matches();
  }

  /** A DNS-1123 subdomain: dot-separated labels, at most 253 characters. */
  static boolean isDns1123Subdomain(String name) {
    if (name.isEmpty() || name.length() > 253) {
      return false;
    }
    for (String label : name.split("\\.", -1)) {
      if (!isDns1123Label(label)) {
        return false;
      }
    }
    return true;
  }

  /** A ConfigMap key: letters, digits, '-', '_' or '.'. */
  static boolean isConfigMapKey(String key) {
    return key.length() <= 253 && CONFIG_MAP_KEY.matcher(key).matches();
  }

  /** An IPv4 address or a DNS host name (any case). */
  static boolean isHost(String host) {
    return Ipv4Address.parse(host).isPresent() || isDns1123Subdomain(host.toLowerCase(Locale.ROOT));
  }

  static String dns1123Problem(String field, String value) {
    return field + ": '" + value + "' is not a DNS-1123 name (lower-case letters, digits, '-' "
        + "and '.', starting and ending with a letter or digit)";
  }
}

package dev.nestedcontrail.sdk.cni.internal;

/** Linux interface name rules, shared by the config, the spec layer and the data plane. */
public final class InterfaceNames {
  public static final String RULE = "is not an interface name (1-15 characters, no '/', ':' or spaces,"
      + " not '.' or '..')";

  private InterfaceNames() {}

  public static boolean isValid(String name) {
    if (name.isEmpty() || name.length() > 15 || name.equals(".") || name.equals("..")) {
      return false;
    }
    return name.chars().noneMatch(c -> c == '/' || c == ':' || Character.isWhitespace(c));
  }
}

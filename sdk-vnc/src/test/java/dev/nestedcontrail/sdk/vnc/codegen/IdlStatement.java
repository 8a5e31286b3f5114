package dev.nestedcontrail.sdk.vnc.codegen;

import java.util.List;

/**
 * One statement of an {@code #IFMAP-SEMANTICS-IDL} comment, e.g. {@code Link('a-b', 'a', 'b',
 * ['ref'], 'optional', 'CRUD', '...')}: its kind and its arguments, where a list argument is
 * its quoted items joined with commas.
 */
record IdlStatement(String kind, List<String> args) {
  String arg(int index) {
    return index < args.size() ? args.get(index) : "";
  }
}

package dev.nestedcontrail.sdk.cni;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CNI spec versions this plugin speaks, oldest first. 0.1.0 and 0.2.0 are kept because
 * Contrail 5.0's cni-init wrote {@code "cniVersion": "0.2.0"}, so those node configs keep working.
 */
public enum CniVersion {
  V0_1_0("0.1.0"),
  V0_2_0("0.2.0"),
  V0_3_0("0.3.0"),
  V0_3_1("0.3.1"),
  V0_4_0("0.4.0"),
  V1_0_0("1.0.0"),
  V1_1_0("1.1.0");

  private final String wire;

  CniVersion(String wire) {
    this.wire = wire;
  }

  /** The newest version, the one VERSION answers with. */
  public static CniVersion latest() {
    return V1_1_0;
  }

  /** The version with this wire spelling, such as {@code 0.3.1}; empty when unsupported. */
  public static Optional<CniVersion> fromWire(String wire) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
  }

  /** All supported versions in wire spelling, oldest first. */
  public static List<String> supportedWireVersions() {
    return Arrays.stream(values()).map(CniVersion::wire).collect(Collectors.toUnmodifiableList());
  }

  /** The version as it appears in JSON, such as {@code 1.0.0}. */
  public String wire() {
    return wire;
  }

  /** CHECK exists from 0.4.0 on. */
  public boolean supportsCheck() {
    return compareTo(V0_4_0) >= 0;
  }

  /** STATUS and GC exist from 1.1.0 on. */
  public boolean supportsStatusAndGc() {
    return compareTo(V1_1_0) >= 0;
  }

  /** Whether this version has the command: CHECK from 0.4.0, STATUS and GC from 1.1.0. */
  public boolean supports(CniCommand command) {
    switch (command) {
      case CHECK:
        return supportsCheck();
      case STATUS:
      case GC:
        return supportsStatusAndGc();
      default:
        return true;
    }
  }

  /** Before 0.3.0 a result is {@code ip4}/{@code ip6}/{@code dns}, without interfaces. */
  public boolean legacyResult() {
    return compareTo(V0_3_0) < 0;
  }

  /** Results before 1.0.0 carry {@code "version": "4"} on each IP. */
  public boolean ipsCarryVersion() {
    return compareTo(V1_0_0) < 0;
  }

  @Override
  public String toString() {
    return wire;
  }
}

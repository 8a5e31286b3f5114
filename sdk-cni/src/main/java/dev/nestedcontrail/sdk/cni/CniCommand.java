package dev.nestedcontrail.sdk.cni;

import java.util.Arrays;
import java.util.Optional;

/** The {@code CNI_COMMAND} values. STATUS and GC exist from spec 1.1.0 on, CHECK from 0.4.0. */
public enum CniCommand {
  ADD,
  DEL,
  CHECK,
  VERSION,
  STATUS,
  GC;

  public static Optional<CniCommand> fromWire(String value) {
    return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst();
  }
}

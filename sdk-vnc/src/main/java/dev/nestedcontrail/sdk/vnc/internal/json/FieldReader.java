package dev.nestedcontrail.sdk.vnc.internal.json;

import java.io.IOException;

/** Reads the value of one named object member; returns false when the name is not known. */
@FunctionalInterface
public interface FieldReader {
  boolean read(String name) throws IOException;
}

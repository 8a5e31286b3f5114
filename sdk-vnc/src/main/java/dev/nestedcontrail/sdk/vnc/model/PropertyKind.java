package dev.nestedcontrail.sdk.vnc.model;

/** How a property is stored and edited. */
public enum PropertyKind {
  /** A scalar: string, number, boolean or enumeration value. */
  SIMPLE,
  /** An object of an XSD complex type, replaced as a whole. */
  COMPLEX,
  /**
   * A {@code ListProperty}: a wrapper object holding one list; elements can be edited one by one
   * with {@code /prop-collection-update} ({@code propl}).
   */
  LIST,
  /**
   * A {@code MapProperty}: a wrapper object holding one list keyed by a member of its elements;
   * elements can be edited one by one with {@code /prop-collection-update} ({@code propm}).
   */
  MAP
}

package dev.nestedcontrail.sdk.vnc.configdb.internal;

/** One column of a config DB row: its name, its JSON text and its write time (microseconds). */
public record Column(String name, String value, long writeTime) {}

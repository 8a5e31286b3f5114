package dev.nestedcontrail.sdk.vnc.configdb.internal;

import java.util.List;

/** The {@code type} and {@code fq_name} columns of an object row. */
public record Identity(String type, List<String> fqName) {}

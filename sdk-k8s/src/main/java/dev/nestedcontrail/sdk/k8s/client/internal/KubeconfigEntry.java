package dev.nestedcontrail.sdk.k8s.client.internal;

import java.nio.file.Path;
import java.util.Map;

/**
 * One named cluster, user or context ({@code kind}) of a kubeconfig file, with the directory that relative paths
 * in it are resolved against.
 */
public record KubeconfigEntry(String kind, String name, Map<String, Object> body, Path baseDir) {}

/**
 * Seed step 2: the single YAML of a nested Contrail-Kubernetes cluster as typed code.
 *
 * <p>{@link dev.nestedcontrail.sdk.k8s.manifest.CommonEnv} reads a {@code common.env} file,
 * {@link dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec} holds the 30 values the upstream
 * template {@code contrail-nested-kubernetes.yaml} uses, and
 * {@link dev.nestedcontrail.sdk.k8s.manifest.NestedManifest} renders the eight Kubernetes objects
 * that upstream's {@code resolve-manifest.sh} prints, in the same order and with the same content,
 * except for the documented fixes listed by {@link dev.nestedcontrail.sdk.k8s.manifest.UpstreamFix}.
 * {@link dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec#fromPlan} is the seam with seed
 * step 1: it derives the addresses of a spec from a link-local
 * {@link dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan}. IPv4 values are sdk-core's
 * {@link dev.nestedcontrail.sdk.core.Ipv4Address} and {@link dev.nestedcontrail.sdk.core.Ipv4Cidr}.
 * Rendering is pure: no file, network or environment access.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

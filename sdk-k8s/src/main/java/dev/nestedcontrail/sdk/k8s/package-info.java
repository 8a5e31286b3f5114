/**
 * The module's entry point: {@link dev.nestedcontrail.sdk.k8s.NestedCluster}, one fluent builder
 * that turns an underlay topology into a running nested Contrail-Kubernetes cluster. Data flows
 * one way: {@code UnderlayTopology → ConnectivityPlan → NestedClusterSpec.fromPlan → manifest},
 * all held by a {@link dev.nestedcontrail.sdk.k8s.NestedPlan} value, which
 * {@link dev.nestedcontrail.sdk.k8s.NestedCluster#provision} applies.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.k8s;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

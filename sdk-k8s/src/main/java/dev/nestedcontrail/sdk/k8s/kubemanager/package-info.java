/**
 * kube-manager as a reusable component: it watches a nested Kubernetes cluster and creates the
 * Contrail objects its pods, namespaces and services need, with the names, annotations and refs
 * the Python contrail-kube-manager (R5.0) uses, so Contrail's agents and tools see what they
 * expect. {@link dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig} holds the options that
 * matter in nested mode and reads a real {@code contrail-kubernetes.conf}.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.k8s.kubemanager;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

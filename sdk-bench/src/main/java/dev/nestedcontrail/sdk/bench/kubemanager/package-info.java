/**
 * The kube-manager benchmark (issue 7): pods in namespaces on the testkit's fake Kubernetes and
 * config APIs, wired by a {@link dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager}; time to
 * converge, config API calls per pod by kind, peak heap.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.bench.kubemanager;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

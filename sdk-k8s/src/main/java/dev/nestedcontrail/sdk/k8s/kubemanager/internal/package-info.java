/** Internals of kube-manager: ini reading, naming, object-graph builders, VLANs, dispatch. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

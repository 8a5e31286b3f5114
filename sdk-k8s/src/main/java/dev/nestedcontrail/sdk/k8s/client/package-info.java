/**
 * A lean Kubernetes API client: kubeconfig loading, discovery, get/list/delete, server-side
 * apply, watches, informers and rollout waits. Built on OkHttp and Moshi, which stay internal.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.k8s.client;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

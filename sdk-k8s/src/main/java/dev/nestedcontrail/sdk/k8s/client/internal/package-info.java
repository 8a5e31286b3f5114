/** Internals of the Kubernetes client: no compatibility promise. */
@NullMarked
package dev.nestedcontrail.sdk.k8s.client.internal;

import org.jspecify.annotations.NullMarked;

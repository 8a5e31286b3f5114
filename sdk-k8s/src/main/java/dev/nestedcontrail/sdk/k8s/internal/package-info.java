/** The implementation of {@link dev.nestedcontrail.sdk.k8s.NestedCluster}; no compatibility promise. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.k8s.internal;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

/** The fake Kubernetes API server's store, request handling and controllers; no compatibility promise. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.testkit.internal.kube;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

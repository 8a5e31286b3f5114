/**
 * Implementation details of the CNI module, without a compatibility promise.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

/** JSON and URL helpers of the analytics client; no compatibility promise. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.analytics.internal;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

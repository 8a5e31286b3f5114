/**
 * The typed client of the Contrail config API: {@link dev.nestedcontrail.sdk.vnc.VncClient} is the
 * entry point; per-type operations hang off it as
 * {@link dev.nestedcontrail.sdk.vnc.ResourceOperations}.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

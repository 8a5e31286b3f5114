/** The generated per-type metadata behind {@code VncSchema}. No compatibility promise. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.internal.schema;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

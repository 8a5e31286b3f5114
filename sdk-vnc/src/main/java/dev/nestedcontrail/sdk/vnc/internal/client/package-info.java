/** Request building, JSON diffs and error classification of the config API client. No compatibility promise. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.internal.client;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

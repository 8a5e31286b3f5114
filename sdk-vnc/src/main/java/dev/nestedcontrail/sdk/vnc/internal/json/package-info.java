/**
 * The JSON codec of the config data model: generated, non-reflective readers and writers on
 * Moshi's streaming API, behind {@link dev.nestedcontrail.sdk.vnc.internal.json.VncJson}. No
 * compatibility promise.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.internal.json;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

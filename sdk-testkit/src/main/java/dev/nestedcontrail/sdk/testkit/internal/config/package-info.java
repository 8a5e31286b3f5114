/**
 * The fake config API's state and request handling: objects stored as generic JSON trees, driven
 * by the generated schema metadata of sdk-vnc; no compatibility promise.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

/** The embedded lab's underlay data, its loader into a config API and its JSON reads. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.testkit.internal.lab;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

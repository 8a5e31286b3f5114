/** Netty handlers, routing and JSON plumbing of the fakes; no compatibility promise. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

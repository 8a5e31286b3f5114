/**
 * The parts of {@link dev.nestedcontrail.sdk.testkit.FakeCollector}: what it received, and its
 * Netty handlers for the collector's side of a Sandesh session.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.testkit.collector;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

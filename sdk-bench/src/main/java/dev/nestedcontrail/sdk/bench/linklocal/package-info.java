/**
 * The link-local apply benchmark (issue 4): planning and applying a 1,000-node Option 2 topology
 * against a {@code FakeConfigApi}, counting REST writes, compared with {@code provision_linklocal.py}.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.bench.linklocal;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

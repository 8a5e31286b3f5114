/**
 * Implementation of the connectivity planning: topology file reading and writing, validation,
 * service IP allocation and the renderers. No compatibility promise.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

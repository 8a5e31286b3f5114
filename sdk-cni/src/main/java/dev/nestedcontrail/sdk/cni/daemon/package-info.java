/**
 * The CNI daemon: serves {@link dev.nestedcontrail.sdk.cni.CniPlugin} over HTTP on a Unix domain
 * socket, so an ADD does not pay JVM start-up; the plugin shim forwards each call with curl.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.cni.daemon;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

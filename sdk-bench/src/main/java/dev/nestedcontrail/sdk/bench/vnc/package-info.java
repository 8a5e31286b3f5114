/**
 * The {@code vnc-get} benchmark: GET-by-uuid throughput of the typed {@code VncClient} against a
 * raw OkHttp loop and an imitation of contrail-java-api's synchronized single connection.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.bench.vnc;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

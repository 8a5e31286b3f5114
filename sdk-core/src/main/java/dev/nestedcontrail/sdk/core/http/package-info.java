/**
 * The HTTP transport that every SDK client calls: {@link dev.nestedcontrail.sdk.core.http.HttpTransport}
 * with its request and response values.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.core.http;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

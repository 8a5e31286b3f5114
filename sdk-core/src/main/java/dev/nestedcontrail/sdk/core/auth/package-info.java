/**
 * Authentication: {@link dev.nestedcontrail.sdk.core.auth.AuthProvider} (none, static token,
 * Keystone) and the typed {@link dev.nestedcontrail.sdk.core.auth.KeystoneClient}.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.core.auth;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

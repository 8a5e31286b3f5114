/** The fake vrouter agent's own state (port table, VM subscriptions, gateways) and body checks. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.testkit.internal.agent;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

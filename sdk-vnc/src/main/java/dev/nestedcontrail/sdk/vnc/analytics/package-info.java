/**
 * Client of Contrail's analytics API (contrail-analytics-api, port 8081): UVE types and tables,
 * UVEs with their filters, generators, alarms and log/statistics queries. Entry point:
 * {@link dev.nestedcontrail.sdk.vnc.analytics.AnalyticsClient}.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.analytics;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

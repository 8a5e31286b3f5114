/**
 * The Contrail config data model, generated from the schema ({@code vnc_cfg.xsd} and its
 * includes): one immutable value per resource type and per XSD complex type, open enumerations,
 * and the metadata registry {@link dev.nestedcontrail.sdk.vnc.model.VncSchema}.
 *
 * <p>Every value keeps the JSON members it does not know in {@code unknownFields()} (member name to
 * the member's value as compact JSON text, number literals exactly as sent, in the order read)
 * and writes them back unchanged. A known member that is JSON null reads as absent, and a known
 * list that is empty is not written: code that must send an explicit empty ref list (to remove
 * every ref of a kind) builds that body from the metadata.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.model;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

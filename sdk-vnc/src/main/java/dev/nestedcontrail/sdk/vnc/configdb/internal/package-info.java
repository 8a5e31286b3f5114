/** Internals of the config DB reader: no compatibility promise. */
@NullMarked
package dev.nestedcontrail.sdk.vnc.configdb.internal;

import org.jspecify.annotations.NullMarked;

/** Internals of sdk-core: no compatibility promise. */
@NullMarked
package dev.nestedcontrail.sdk.core.internal;

import org.jspecify.annotations.NullMarked;

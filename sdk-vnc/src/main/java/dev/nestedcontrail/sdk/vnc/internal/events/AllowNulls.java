package dev.nestedcontrail.sdk.vnc.internal.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells Immutables that a map attribute may hold {@code null} values (JSON null in a generic JSON
 * map); Immutables recognises it by its simple name.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface AllowNulls {}

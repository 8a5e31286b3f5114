package dev.nestedcontrail.sdk.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK. Apply it in a package's {@code package-info.java}.
 *
 * <p>Generated implementations are package-private and hidden behind the abstract value type
 * ({@code overshadowImplementation}); a value type exposes {@code builder()} and, where handy,
 * {@code of(...)}. Accessors keep their plain names, collections are immutable copies whose builders
 * offer {@code addX}/{@code putX}, and {@code @Value.Redacted} attributes print as {@code ****}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = true))
public @interface SdkStyle {}

package dev.nestedcontrail.sdk.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or parameter that {@link FakeServersExtension} fills. On a {@link FakeServer} type
 * (such as {@code FakeKeystone}) it gets the running fake; on a {@code String} or {@code URI} it
 * gets the base URL of the fake named by {@link #value()}. Within one test class, every injection
 * of the same fake type shares one instance.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Fake {

  /** The fake whose URL to inject into a {@code String}/{@code URI}; unused on a fake-typed target. */
  Class<? extends FakeServer> value() default FakeServer.class;
}

/**
 * Fake servers for tests: a small Netty HTTP server base ({@link FakeHttpServer}) with routing,
 * JSON and streaming bodies and fault injection, {@link FakeKeystone}, the config API
 * {@link FakeConfigApi} (with {@link ConfigEventForwarder} to a real broker), the JUnit 5 extension
 * {@link FakeServersExtension}, and {@link RealServerEnvironment} for tests that need a real server.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

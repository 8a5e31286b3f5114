/**
 * Benchmarks that compare two ways of doing one thing in the same run and print a table of
 * latencies against the goals. {@link dev.nestedcontrail.sdk.bench.BenchMain} picks one
 * by name. Benchmarks run by hand, never during the build; the tests only smoke-run them.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.bench;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

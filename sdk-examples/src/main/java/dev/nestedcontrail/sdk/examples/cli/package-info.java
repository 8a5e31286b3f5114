/** The contrail-nested command line, built as {@code sdk-examples/target/contrail-nested.jar}. */
@NullMarked
package dev.nestedcontrail.sdk.examples.cli;

import org.jspecify.annotations.NullMarked;

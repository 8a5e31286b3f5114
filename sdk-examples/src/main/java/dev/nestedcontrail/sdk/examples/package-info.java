/**
 * Small, commented example programs: {@code PlanLinkLocal}, {@code RenderManifest} and {@code
 * ProvisionNestedCluster}; each has a {@code main} and is smoke-run by the build.
 */
@NullMarked
package dev.nestedcontrail.sdk.examples;

import org.jspecify.annotations.NullMarked;

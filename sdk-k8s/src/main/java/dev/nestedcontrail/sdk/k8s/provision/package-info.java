/**
 * Seed step 3, Kubernetes side: applying the rendered nested manifest to a cluster by server-side
 * apply, waiting for its DaemonSets, verifying the result and undoing it.
 *
 * <p>{@link dev.nestedcontrail.sdk.k8s.provision.ManifestApplier} applies objects one by one under
 * one field manager and records, per object, whether this run created it, changed it or left it
 * as it was ({@link dev.nestedcontrail.sdk.k8s.provision.ApplyReport}). An apply that changes
 * nothing is recognised by an unchanged {@code metadata.resourceVersion}, so a second run reports
 * zero writes. Rollback deletes what the run created and puts back what it changed.
 * {@link dev.nestedcontrail.sdk.k8s.provision.ProvisionStep} and
 * {@link dev.nestedcontrail.sdk.k8s.provision.ProvisionListener} name the steps of a whole
 * provisioning run, which {@link dev.nestedcontrail.sdk.k8s.NestedCluster} drives.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.k8s.provision;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

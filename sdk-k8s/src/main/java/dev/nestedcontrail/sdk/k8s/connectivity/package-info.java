/**
 * Seed step 1: plan the network connectivity from a nested Kubernetes cluster to the Contrail
 * config and data plane functions of the underlay OpenStack cloud.
 *
 * <p>An {@link dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology} (built in code, or loaded
 * from the YAML/JSON topology file) goes through the pure function
 * {@link dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner#plan} and becomes a
 * {@link dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan}: the link-local service entries
 * (Option 2 "link-local only", or Option 1 "Fabric SNAT + link-local", the seed's preferred one),
 * the network that needs Fabric SNAT, the address:port lists the overlay must use for each
 * underlay service and the vrouter VIP for the CNI. A
 * {@link dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalDiff} compares a plan with the entries
 * already configured, and {@link dev.nestedcontrail.sdk.k8s.connectivity.PlanFormat} renders a plan
 * as the seed's table, JSON or a Mermaid flowchart.
 *
 * <p>{@link dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityChange} is the pure merge of a
 * plan into the {@code global-vrouter-config} as read (link-local entries, port translation pools,
 * flow aging); {@link dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices} applies it to a
 * live config API through a {@code VncClient} in one write, with re-read verification, bounded
 * retries against concurrent writers, a dry run and a rollback, and
 * {@link dev.nestedcontrail.sdk.k8s.connectivity.FabricSnat} enables Fabric SNAT on the node
 * network. Those two and {@link dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology#load} are
 * the only I/O in this package, and nothing ever resolves a host name.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;

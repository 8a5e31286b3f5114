package dev.nestedcontrail.sdk.testkit.internal.lab;

/** One compute node of the lab: its hostname (the VMIs' {@code host_id}) and underlay IP. */
public record LabCompute(String name, String ip) {}

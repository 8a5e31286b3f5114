package dev.nestedcontrail.sdk.testkit.internal.lab;

/**
 * One Kubernetes VM of the lab: its Nova uuid and name, the uuid and MAC of its port (VMI), its
 * instance-ip on the node network and the compute it runs on.
 */
public record LabVm(String name, String uuid, String vmiUuid, String mac, String ip,
    String instanceIpUuid, LabCompute compute, boolean master) {}

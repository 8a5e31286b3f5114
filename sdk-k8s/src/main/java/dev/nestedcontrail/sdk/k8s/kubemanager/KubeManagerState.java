package dev.nestedcontrail.sdk.k8s.kubemanager;

/** The lifecycle of a {@link KubeManager}. */
public enum KubeManagerState {
  /** Built, not started. */
  NEW,
  /** Provisioning the cluster and running the initial sync. */
  STARTING,
  /** Watching and reconciling. */
  RUNNING,
  /** Another replica holds the lease; this one waits. */
  STANDBY,
  /** Closed. */
  STOPPED
}

package dev.nestedcontrail.sdk.vnc.sandesh.internal;

/** Numbers from Sandesh's {@code sandesh.sandesh}: message types, header hints and levels. */
public final class SandeshConstants {

  /** {@code SandeshType.SYSTEM}: system log messages. */
  public static final int TYPE_SYSTEM = 1;
  /** {@code SandeshType.REQUEST}: requests, including the control messages. */
  public static final int TYPE_REQUEST = 2;
  /** {@code SandeshType.UVE}. */
  public static final int TYPE_UVE = 6;

  /** {@code SANDESH_KEY_HINT}: the message has a key annotation (UVEs). */
  public static final int KEY_HINT = 0x1;
  /** {@code SANDESH_CONTROL_HINT}: a session control message. */
  public static final int CONTROL_HINT = 0x2;
  /** {@code SANDESH_SYNC_HINT}: a UVE re-sent during a resync. */
  public static final int SYNC_HINT = 0x4;

  /** {@code SandeshLevel.INVALID}, the level of messages that have none (UVEs, requests). */
  public static final int LEVEL_INVALID = 0x7fffffff;

  /** The category pysandesh gives system logs that name none. */
  public static final String DEFAULT_CATEGORY = "__default__";

  /** The control message a generator sends first. */
  public static final String CLIENT_TO_SERVER = "SandeshCtrlClientToServer";
  /** The collector's answer to it. */
  public static final String SERVER_TO_CLIENT = "SandeshCtrlServerToClient";
  /** The context of control messages. */
  public static final String CTRL_CONTEXT = "ctrl";

  private SandeshConstants() {}
}

package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import org.immutables.value.Value;

/** One message: its header and its body, whose struct name is the sandesh's name. */
@Value.Immutable
public abstract class SandeshMessage {

  @Value.Parameter
  public abstract SandeshHeader header();

  @Value.Parameter
  public abstract SandeshStruct body();

  public static SandeshMessage of(SandeshHeader header, SandeshStruct body) {
    return ImmutableSandeshMessage.of(header, body);
  }

  /** The sandesh's name, such as {@code NodeStatusUVE}. */
  public String name() {
    return body().name();
  }
}

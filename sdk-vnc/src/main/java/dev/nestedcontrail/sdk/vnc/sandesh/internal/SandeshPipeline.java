package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import io.netty.channel.ChannelPipeline;

/** Adds the codec handlers every Sandesh session (generator or collector) starts with. */
public final class SandeshPipeline {

  public static final String FRAME_DECODER = "sandesh-frame-decoder";
  public static final String FRAME_ENCODER = "sandesh-frame-encoder";
  public static final String XML_CODEC = "sandesh-xml";

  private SandeshPipeline() {}

  public static void addCodecs(ChannelPipeline pipeline, int maxFrameLength) {
    pipeline.addLast(FRAME_DECODER, new SandeshFrameDecoder(maxFrameLength));
    pipeline.addLast(FRAME_ENCODER, new SandeshFrameEncoder());
    pipeline.addLast(XML_CODEC, new SandeshXmlCodec());
  }
}

package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Opens AMQP 0-9-1 on the real RabbitMQ of .ci/rabbitmq-start.sh; skipped without it (failed on CI). */
class RealRabbitMqTest {

  @Test
  void protocolHeader_isAnsweredWithConnectionStart() throws IOException {
    URI url = URI.create(RealServerEnvironment.system().rabbitMqUrl());
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5000);
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(new byte[] {'A', 'M', 'Q', 'P', 0, 0, 9, 1});
      DataInputStream in = new DataInputStream(socket.getInputStream());

      int frameType = in.readUnsignedByte();
      int channel = in.readUnsignedShort();
      int size = in.readInt();
      byte[] payload = new byte[size];
      in.readFully(payload);
      int classId = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
      int methodId = ((payload[2] & 0xff) << 8) | (payload[3] & 0xff);

      assertThat(frameType).as("method frame").isEqualTo(1);
      assertThat(channel).isZero();
      assertThat(classId * 100 + methodId).as("connection.start").isEqualTo(10 * 100 + 10);
      assertThat(new String(payload, StandardCharsets.ISO_8859_1)).contains("RabbitMQ", "PLAIN");
      assertThat(in.readUnsignedByte()).as("frame end").isEqualTo(0xCE);
    }
  }
}

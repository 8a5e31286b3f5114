package dev.nestedcontrail.sdk.testkit.it.cni;

import dev.nestedcontrail.sdk.cni.CniOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What the shim does, in Java: {@code POST /cni} over the daemon's Unix socket with the network
 * config as body and each {@code CNI_XYZ} variable as header {@code CNI-XYZ}; the answer's body is
 * the plugin's stdout and header {@code CNI-Exit-Code} its exit code.
 */
final class DaemonSocketClient {
  private final Path socket;

  DaemonSocketClient(Path socket) {
    this.socket = socket;
  }

  CniOutcome call(String config, Map<String, String> env) {
    byte[] body = config.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("POST /cni HTTP/1.1\r\nHost: localhost\r\n")
        .append("Content-Type: application/json\r\nConnection: close\r\n")
        .append("Content-Length: ").append(body.length).append("\r\n");
    env.forEach((name, value) -> head.append("CNI-").append(name.substring(4)).append(": ")
        .append(value).append("\r\n"));
    head.append("\r\n");
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      write(channel, head.toString().getBytes(StandardCharsets.US_ASCII));
      write(channel, body);
      return parse(readAll(channel));
    } catch (IOException e) {
      throw new UncheckedIOException("CNI call on " + socket + " failed", e);
    }
  }

  private static void write(SocketChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static String readAll(SocketChannel channel) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    while (channel.read(buffer) >= 0) {
      out.write(buffer.array(), 0, buffer.position());
      buffer.clear();
      String sofar = out.toString(StandardCharsets.UTF_8);
      if (complete(sofar)) {
        break;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean complete(String response) {
    int end = response.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    return response.length() - end - 4 >= contentLength(response.substring(0, end));
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).trim());
      }
    }
    return Integer.MAX_VALUE;
  }

  private static CniOutcome parse(String response) {
    int end = response.indexOf("\r\n\r\n");
    String head = response.substring(0, end);
    int exitCode = -1;
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("cni-exit-code:")) {
        exitCode = Integer.parseInt(line.substring(14).trim());
      }
    }
    return CniOutcome.of(exitCode, response.substring(end + 4));
  }
}

package dev.nestedcontrail.sdk.bench.vnc;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The baseline, built the way contrail-java-api's {@code ApiConnectorImpl} is (vnc-api-facts §3.1):
 * one connector object holding one keep-alive socket, every public method {@code synchronized}
 * (so one request at a time whatever the thread count), HTTP/1.1 written and read by hand on that
 * socket, and the JSON body parsed reflectively (here with Moshi into a map, as Gson fills beans).
 */
final class SynchronizedConnector implements AutoCloseable {
  private final String host;
  private final int port;
  private final JsonAdapter<Map<String, Object>> json = new Moshi.Builder().build()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private @Nullable Socket socket;
  private InputStream in = InputStream.nullInputStream();
  private OutputStream out = OutputStream.nullOutputStream();

  SynchronizedConnector(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** {@code GET /<type>/<uuid>}, unwrapped from its {@code {"<type>": {...}}} envelope. */
  @SuppressWarnings("unchecked")
  synchronized Map<String, Object> read(String type, String uuid) {
    String path = "/" + type + "/" + uuid;
    try {
      connect();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
          + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      HttpReply reply = readReply();
      if (reply.status != 200) {
        throw new IllegalStateException("GET " + path + " -> " + reply.status + " " + reply.body);
      }
      Map<String, Object> wrapped = json.fromJson(reply.body);
      if (wrapped == null || !(wrapped.get(type) instanceof Map)) {
        throw new IllegalStateException("GET " + path + ": no " + type + " in " + reply.body);
      }
      return (Map<String, Object>) wrapped.get(type);
    } catch (IOException e) {
      disconnect();
      throw new UncheckedIOException("GET " + path + " failed", e);
    }
  }

  private void connect() throws IOException {
    if (socket == null) {
      socket = new Socket(host, port);
      socket.setTcpNoDelay(true);
      in = new BufferedInputStream(socket.getInputStream());
      out = socket.getOutputStream();
    }
  }

  private HttpReply readReply() throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2) {
      throw new IOException("bad status line: " + statusLine);
    }
    int length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Integer.parseInt(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> close = value.equals("close");
        default -> { }
      }
    }
    byte[] body = chunked ? chunkedBody() : exactly(Math.max(length, 0));
    if (close) {
      disconnect();
    }
    return new HttpReply(Integer.parseInt(parts[1]), new String(body, StandardCharsets.UTF_8));
  }

  private byte[] chunkedBody() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
      body.write(exactly(size));
      line();
    }
    for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
      // trailers carry nothing this connector needs
    }
    return body.toByteArray();
  }

  private byte[] exactly(int n) throws IOException {
    byte[] bytes = in.readNBytes(n);
    if (bytes.length != n) {
      throw new IOException("connection closed after " + bytes.length + " of " + n + " bytes");
    }
    return bytes;
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed mid-reply");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private void disconnect() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // the socket is dropped either way
      }
      socket = null;
    }
  }

  @Override
  public synchronized void close() {
    disconnect();
  }

  private record HttpReply(int status, String body) {}
}

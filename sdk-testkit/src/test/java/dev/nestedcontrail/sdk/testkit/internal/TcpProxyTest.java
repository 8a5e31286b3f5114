package dev.nestedcontrail.sdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TcpProxyTest {
  private final ServerSocket echo;
  private final ExecutorService echoThreads = Executors.newCachedThreadPool();
  private final TcpProxy proxy;

  TcpProxyTest() throws IOException {
    echo = new ServerSocket();
    echo.bind(new InetSocketAddress("127.0.0.1", 0));
    echoThreads.execute(this::serveEcho);
    proxy = TcpProxy.start("127.0.0.1", echo.getLocalPort());
  }

  private void serveEcho() {
    while (!echo.isClosed()) {
      try {
        Socket socket = echo.accept();
        echoThreads.execute(() -> {
          try (socket) {
            socket.getInputStream().transferTo(socket.getOutputStream());
          } catch (IOException closed) {
            // the proxy cut the connection
          }
        });
      } catch (IOException closed) {
        return;
      }
    }
  }

  @AfterEach
  void tearDown() throws Exception {
    proxy.close();
    echo.close();
    echoThreads.shutdownNow();
    echoThreads.awaitTermination(5, TimeUnit.SECONDS);
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", proxy.port()), 2000);
    socket.setSoTimeout(5000);
    return socket;
  }

  private static String roundTrip(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    return new String(socket.getInputStream().readNBytes(text.length()), StandardCharsets.UTF_8);
  }

  @Test
  void relaysBothWays() throws IOException {
    try (Socket socket = connect()) {
      assertThat(roundTrip(socket, "hello through the proxy")).isEqualTo("hello through the proxy");
    }
    assertThat(proxy.accepted()).isEqualTo(1);
  }

  @Test
  void cut_endsOpenConnections_reopen_listensOnTheSamePortAgain() throws IOException {
    int port = proxy.port();
    try (Socket socket = connect()) {
      roundTrip(socket, "before");

      proxy.cut();

      InputStream in = socket.getInputStream();
      assertThat(in.read()).as("end of stream").isEqualTo(-1);
    }

    proxy.reopen();

    assertThat(proxy.port()).isEqualTo(port);
    try (Socket socket = connect()) {
      assertThat(roundTrip(socket, "after")).isEqualTo("after");
    }
    assertThat(proxy.accepted()).isEqualTo(2);
  }
}

package dev.nestedcontrail.sdk.k8s.client.internal;

import java.io.IOException;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** A watch read from a chunked HTTP answer, one JSON event per line. */
final class HttpWatchStream implements WatchStream {
  private final Response response;

  HttpWatchStream(Response response) {
    this.response = response;
  }

  @Override
  public @Nullable String next() throws IOException {
    String line;
    do {
      line = response.body().source().readUtf8Line();
    } while (line != null && line.isBlank());
    return line;
  }

  @Override
  public void close() {
    response.close();
  }
}
